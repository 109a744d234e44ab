import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypedCharacter } from './search-shortcut';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('the search shortcut', () => {
  it('is a slash on its own', () => {
    expect(isSearchShortcut(press('/'))).toBe(true);
  });

  it('is Ctrl+K or ⌘+K, with either case of K', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('k', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', { ctrlKey: true }))).toBe(true);
  });

  it('is not a bare K, which a reader may be typing', () => {
    expect(isSearchShortcut(press('k'))).toBe(false);
  });

  it('is not a slash or K with other modifiers, which belong to the browser', () => {
    expect(isSearchShortcut(press('/', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, metaKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});

describe('a typed character', () => {
  it('is one character, with Shift or not', () => {
    expect(['K', 'k', '1', '+', ' ', 'é', '中'].every((key) => isTypedCharacter(press(key)))).toBe(true);
  });

  it('is not a named key or a shortcut', () => {
    expect(isTypedCharacter(press('Enter'))).toBe(false);
    expect(isTypedCharacter(press('ArrowDown'))).toBe(false);
    expect(isTypedCharacter(press('k', { ctrlKey: true }))).toBe(false);
  });
});

/** The parts of a key event that decide whether it asks for search. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** `/` alone, or Ctrl+K or ⌘+K: the keys that open search from anywhere on the page. */
export function isSearchShortcut({ key, ctrlKey, metaKey, altKey }: KeyPress): boolean {
  if (altKey) return false;
  if (key === '/') return !ctrlKey && !metaKey;
  return key.toLowerCase() === 'k' && ctrlKey !== metaKey;
}

/** Whether keys typed while this element has focus are text, which a shortcut must not steal. */
export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(type);
}

/** A key that types one character into a field: what a reader types while search is still opening. */
export function isTypedCharacter({ key, ctrlKey, metaKey, altKey }: KeyPress): boolean {
  return key.length === 1 && !ctrlKey && !metaKey && !altKey;
}

import { describe, expect, it } from 'vitest';
import { ComponentUiStylesheetError, scopeComponentUiTokens } from './component-ui-tokens';

describe('scoping the Component UI’s custom properties', () => {
  it('declares them on the Component UI’s own elements, with no specificity, rather than on :root', () => {
    const css = ':root {\n    --pf-text: #1a1a1a;\n}\n\npagefind-summary {\n    color: var(--pf-text);\n}\n';
    expect(scopeComponentUiTokens(css)).toBe(
      ':where(pagefind-modal, pagefind-modal-trigger) {\n    --pf-text: #1a1a1a;\n}\n\npagefind-summary {\n    color: var(--pf-text);\n}\n',
    );
  });

  it('leaves :root alone where it is not a rule of its own', () => {
    const css = ':root {\n  --pf-a: 1;\n}\n.x:root .y {\n  color: red;\n}\n/* :root { */\n';
    expect(scopeComponentUiTokens(css)).toContain('.x:root .y {');
  });

  it('stops the build with a hint when the stylesheet has no rule for :root', () => {
    expect(() => scopeComponentUiTokens('pagefind-modal { --pf-text: #000; }')).toThrow(
      new ComponentUiStylesheetError(
        'pagefind-component-ui.css: expected one rule for :root, found 0\n' +
          '  hint: a new Pagefind may declare its custom properties elsewhere; see src/integrations/component-ui-tokens.ts',
      ),
    );
  });

  it('stops the build when there is more than one, rather than guess which to move', () => {
    expect(() => scopeComponentUiTokens(':root {\n}\n:root {\n}\n')).toThrow(/found 2/);
  });
});

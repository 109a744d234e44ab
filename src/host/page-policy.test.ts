import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPolicyToPage } from './page-policy';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('narrowPolicyToPage', () => {
  const script = 'customElements.define(`a-b`,class extends HTMLElement{})';
  const style = '.x{color:red}';
  const elsewhere = hash('a script of another page');

  it('keeps the hashes of the inline scripts and styles on the page and drops the others', () => {
    const html = page(
      `default-src 'none'; script-src 'self' ${hash(script)} ${elsewhere}; style-src 'self' ${elsewhere} ${hash(style)};`,
      `<script type="module">${script}</script><style>${style}</style>`,
    );
    expect(policyOf(narrowPolicyToPage(html))).toBe(
      `default-src 'none'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`,
    );
  });

  it('drops every hash from a page with no inline script or style, keeping the other sources', () => {
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' ${elsewhere}; style-src 'self' ${elsewhere};`,
      '<p>Text</p>',
    );
    expect(policyOf(narrowPolicyToPage(html))).toBe(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self';`);
  });

  it('never counts an external script as inline, nor adds a hash the policy did not list', () => {
    const html = page(
      `script-src 'self' ${elsewhere};`,
      `<script type="module" src="/a.js"></script><script>${script}</script>`,
    );
    expect(policyOf(narrowPolicyToPage(html))).toBe(`script-src 'self';`);
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPolicyToPage('<p>No policy</p>')).toBe('<p>No policy</p>');
  });
});

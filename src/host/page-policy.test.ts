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

  it('counts only code the browser would run: not a script written in a comment or an attribute', () => {
    const commented = 'a script in a comment';
    const quoted = '.y{}';
    const html = page(
      `script-src 'self' ${hash(commented)} ${hash(script)}; style-src 'self' ${hash(quoted)};`,
      `<!-- <script>${commented}</script> --><p title="<style>${quoted}</style>">Text</p><script>${script}</script>`,
    );
    expect(policyOf(narrowPolicyToPage(html))).toBe(`script-src 'self' ${hash(script)}; style-src 'self';`);
  });

  it('finds the policy whatever the order and case of its attributes, and changes nothing else', () => {
    const head = `<meta charset="utf-8"><meta content="script-src 'self' ${elsewhere};" http-equiv="Content-Security-Policy">`;
    const body = '<p>Text</p>';
    expect(narrowPolicyToPage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta content="script-src 'self';" http-equiv="Content-Security-Policy"></head><body>${body}</body></html>`,
    );
  });

  it('leaves a page without a policy as it is', () => {
    expect(narrowPolicyToPage('<p>No policy</p>')).toBe('<p>No policy</p>');
  });
});

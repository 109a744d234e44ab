import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIST, SUB_DIST } from '../../scripts/test-builds.mjs';
import { builtPage, builtPagePaths, model, readingPagePath } from './site';

/** The page's Content Security Policy, as directive name → sources. */
function policyOf(document: Document): Map<string, string[]> {
  const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
  const policy = new Map<string, string[]>();
  for (const directive of (meta?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Script elements a browser would run: no `type`, or a JavaScript or module type. */
const RUNNABLE = 'script:not([type]), script[type="module"], script[type="text/javascript"]';

it.each(model.interviews.map(({ id }) => id))(
  'finds inline scripts to check: the reading page of %s has them',
  (id) => {
    const { document } = builtPage(readingPagePath(id));
    expect(
      [...document.querySelectorAll(RUNNABLE)].filter((script) => !script.hasAttribute('src')).length,
    ).toBeGreaterThan(0);
  },
);

const PAGES = [DIST, SUB_DIST].flatMap((dir) => builtPagePaths(dir).map((path) => ({ dir, path })));

describe.each(PAGES)('$dir/$path', ({ dir, path }) => {
  const { document } = builtPage(path, dir);
  const policy = policyOf(document);

  it('carries a policy that allows no inline script or plug-in, and no other base URL', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
  });

  it('allows compiling WebAssembly, which Pagefind needs, and nothing from another host', () => {
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    const hosts = [...policy.values()].flat().filter((source) => /^(https?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i.test(source));
    expect(hosts).toEqual([]);
  });

  it('sets the policy before any script or stylesheet, since a <meta> policy covers only what follows it', () => {
    const first = document.head.querySelector(
      'meta[http-equiv="content-security-policy"], script, style, link[rel="stylesheet"]',
    );
    expect(first?.getAttribute('http-equiv')).toBe('content-security-policy');
  });

  it('lists the hash of every inline script and style, so none is blocked or left unhashed', () => {
    const scripts = [...document.querySelectorAll(RUNNABLE)].filter((script) => !script.hasAttribute('src'));
    const styles = [...document.querySelectorAll('style')];
    for (const script of scripts) expect(policy.get('script-src')).toContain(sha256(script.textContent ?? ''));
    for (const style of styles) expect(policy.get('style-src')).toContain(sha256(style.textContent ?? ''));
  });

  it('has no inline event handler or style attribute, which the policy would block', () => {
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => /^on[a-z]+$/.test(name) || name === 'style'),
    );
    expect(handlers).toEqual([]);
  });
});

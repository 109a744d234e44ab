/**
 * The id a URL fragment names: `#gloss-war-an-actor` → `gloss-war-an-actor`, percent-escapes decoded. A
 * fragment that is not valid percent-encoding (`#%zz`), which anyone can type or link to, names the
 * id it spells as it stands, so it finds nothing rather than throwing.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The element a fragment (`location.hash`, a link's `hash`) points to, if there is one. */
export const fragmentTarget = (hash: string): HTMLElement | null =>
  hash ? document.getElementById(fragmentId(hash)) : null;

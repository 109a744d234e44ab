import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The stylesheet of Pagefind's Component UI, in its bundle folder. */
const COMPONENT_UI_STYLESHEET = 'pagefind-component-ui.css';

/** Where the edition puts Pagefind's Component UI: its elements that inherit from none of Pagefind's. */
const COMPONENT_UI_ROOTS = ':where(pagefind-modal, pagefind-modal-trigger)';

const ROOT_RULE = /^:root\s*\{/gm;

/** Pagefind's stylesheet was not as expected; the build stops on it. */
export class ComponentUiStylesheetError extends Error {
  override name = 'ComponentUiStylesheetError';
}

/**
 * Declares the custom properties of Pagefind's Component UI on its own elements rather than on
 * `:root`, with no specificity, so that the site's own values for them win.
 *
 * Why: the stylesheet is added when a reader opens search, and a rule for `:root` then restyles
 * every element of the page. In traces of opening search on the reading page at 4× CPU throttle,
 * that was 73–90 ms of style work for its 241 elements, before the dialog could open; declared
 * here, 11 ms for the 13 elements the rules match. Pagefind has no option for it (1.6.0), so the build rewrites the one
 * rule, and stops if there is not exactly one, as when a later Pagefind changes its stylesheet.
 */
export function scopeComponentUiTokens(css: string): string {
  const found = css.match(ROOT_RULE)?.length ?? 0;
  if (found !== 1) {
    throw new ComponentUiStylesheetError(
      `${COMPONENT_UI_STYLESHEET}: expected one rule for :root, found ${found}\n` +
        '  hint: a new Pagefind may declare its custom properties elsewhere; see src/integrations/component-ui-tokens.ts',
    );
  }
  return css.replace(ROOT_RULE, `${COMPONENT_UI_ROOTS} {`);
}

/** Rewrites the Component UI's stylesheet in the bundle folder `bundleDir` (see `scopeComponentUiTokens`). */
export async function scopeComponentUiStylesheet(bundleDir: string): Promise<void> {
  const path = join(bundleDir, COMPONENT_UI_STYLESHEET);
  await writeFile(path, scopeComponentUiTokens(await readFile(path, 'utf8')));
}

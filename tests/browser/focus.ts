import type { Page } from '@playwright/test';

/** How the focused element shows its focus, or why it does not. */
export interface FocusReport {
  /** A short description of the focused element, for messages. */
  element: string;
  /** Its focus indicator: an outline or a box shadow. */
  indicator: string | undefined;
  /** Whether the middle of it is on screen and not covered by anything else (WCAG 2.4.11). */
  unobscured: boolean;
}

/** Reports on the element that has focus, looking into shadow roots and open dialogs. */
export function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (!focused || focused === document.body) return { element: 'body', indicator: undefined, unobscured: false };
    const style = getComputedStyle(focused);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const indicator = outline
      ? `outline ${style.outlineWidth} ${style.outlineStyle}`
      : style.boxShadow !== 'none'
        ? `box-shadow ${style.boxShadow}`
        : undefined;
    const rect = focused.getClientRects()[0] ?? focused.getBoundingClientRect();
    const x = rect.left + Math.min(rect.width / 2, 4);
    const y = rect.top + rect.height / 2;
    const onScreen = y >= 0 && y < innerHeight && x >= 0 && x < innerWidth;
    const top = onScreen ? document.elementFromPoint(x, y) : null;
    const unobscured = !!top && (focused.contains(top) || top.contains(focused));
    const text = (focused.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const id = focused.id ? `#${focused.id}` : '';
    return { element: `<${focused.localName}${id}> ${text}`, indicator, unobscured };
  });
}

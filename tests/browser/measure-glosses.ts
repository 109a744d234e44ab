import type { Page } from '@playwright/test';

export interface GlossLayoutReport {
  total: number;
  visible: number;
  /** Pairs of glosses whose boxes intersect. */
  glossOverlaps: string[];
  /** Glosses that cover a line of the interview's text. */
  textOverlaps: string[];
  /** Glosses that cross the left or right edge of the viewport. */
  offscreen: string[];
  /** Glosses that start above their mention or more than one viewport height below it. */
  farFromMention: string[];
  horizontalScroll: boolean;
}

/**
 * Waits for gloss-layout.ts to have started the mode the width asks for (it fetches each mode's
 * code when wanted) and, in the margins, to have placed every gloss.
 */
export async function glossesReady(page: Page) {
  await page.locator('gloss-layout[data-mode]').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('gloss-layout')].every(
      (layout) => layout.dataset['mode'] === 'inline' || layout.dataset['laidOut'] !== undefined,
    ),
  );
}

/**
 * Brings every answer to the screen in turn, as a reader scrolling through would: an answer off
 * screen is not laid out (content-visibility), nor are its glosses placed, until the reader nears it.
 */
export async function readEveryAnswer(page: Page) {
  await glossesReady(page);
  const count = await page.locator('.answer').count();
  for (let index = 0; index < count; index += 1) {
    await page
      .locator('.answer')
      .nth(index)
      .evaluate((answer) => answer.scrollIntoView());
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens every gloss on a narrow screen, as a reader tapping each mention would. */
export async function openEveryGloss(page: Page) {
  await glossesReady(page);
  await page.evaluate(() => {
    for (const mention of document.querySelectorAll<HTMLElement>('.mention[aria-expanded="false"]')) mention.click();
  });
}

/** Measures every visible gloss against the others, the text lines, the viewport and its mention. */
export async function measureGlosses(page: Page): Promise<GlossLayoutReport> {
  await readEveryAnswer(page);
  await page.evaluate(() => document.fonts.ready);
  // Alignment runs in a ResizeObserver's callback, after a frame's layout and before its paint:
  // three frames leave time for a change made just before measuring to be noticed and followed.
  await page.evaluate(async () => {
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  return page.evaluate(() => {
    type Box = { top: number; bottom: number; left: number; right: number };
    const TOLERANCE = 0.5;
    const box = (rect: DOMRect): Box => ({
      top: rect.top + scrollY,
      bottom: rect.bottom + scrollY,
      left: rect.left,
      right: rect.right,
    });
    const intersect = (a: Box, b: Box) =>
      a.left < b.right - TOLERANCE &&
      b.left < a.right - TOLERANCE &&
      a.top < b.bottom - TOLERANCE &&
      b.top < a.bottom - TOLERANCE;

    const glosses = [...document.querySelectorAll<HTMLElement>('.gloss')];
    const visible = glosses.filter(
      (gloss) => gloss.getClientRects().length > 0 && getComputedStyle(gloss).visibility !== 'hidden',
    );
    const boxes = visible.map((gloss) => ({ id: gloss.id, box: box(gloss.getBoundingClientRect()) }));

    const lines: Box[] = [];
    for (const paragraph of document.querySelectorAll('.passage > p')) {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.gloss') || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) lines.push(box(rect));
      }
    }

    const glossOverlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => intersect(a.box, b.box) && glossOverlaps.push(`${a.id} × ${b.id}`)),
    );
    const textOverlaps = boxes.filter(({ box: g }) => lines.some((line) => intersect(g, line))).map(({ id }) => id);
    const offscreen = boxes
      .filter(({ box: g }) => g.left < 0 || g.right > document.documentElement.clientWidth)
      .map(({ id }) => id);

    const farFromMention: string[] = [];
    for (const { id, box: g } of boxes) {
      // A gloss's id names its mention's: gloss-war-nato explains mention-war-nato.
      const mention = document.getElementById(id.replace(/^gloss-/, 'mention-'));
      const line = mention?.getClientRects()[0];
      if (!line) {
        farFromMention.push(`${id}: no mention`);
        continue;
      }
      const distance = g.top - (line.top + scrollY);
      if (distance < -2 || distance > innerHeight) farFromMention.push(`${id}: ${Math.round(distance)} px`);
    }

    return {
      total: glosses.length,
      visible: visible.length,
      glossOverlaps,
      textOverlaps,
      offscreen,
      farFromMention,
      horizontalScroll: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

export interface MarginLayoutReport {
  /** Every gloss on the page, and those that sit wholly in a margin beside the text column. */
  total: number;
  inMargins: number;
  /** For each gloss in a margin: its top minus the top of its mention's line, in px. */
  drifts: number[];
  /**
   * For each pair of paragraphs of one answer that follow each other: the space between them beyond
   * the paragraph spacing, less any editors' note set between them, in px.
   */
  emptyStretches: number[];
}

/** Measures how the wide page sets its glosses beside the text, and what they leave of the text's rhythm. */
export async function measureMarginLayout(page: Page): Promise<MarginLayoutReport> {
  await readEveryAnswer(page);
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(async () => {
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  return page.evaluate(() => {
    const glosses = [...document.querySelectorAll<HTMLElement>('.gloss')];
    const drifts: number[] = [];
    let inMargins = 0;
    for (const gloss of glosses) {
      const box = gloss.getBoundingClientRect();
      const column = gloss.closest('.passage')?.querySelector(':scope > p')?.getBoundingClientRect();
      if (!column || box.height === 0 || getComputedStyle(gloss).visibility === 'hidden') continue;
      if (box.right > column.left + 0.5 && box.left < column.right - 0.5) continue;
      inMargins += 1;
      const mention = document.getElementById(gloss.id.replace(/^gloss-/, 'mention-'));
      const line = mention?.getClientRects()[0];
      if (line) drifts.push(Math.round(box.top - line.top));
    }
    const emptyStretches: number[] = [];
    for (const answer of document.querySelectorAll('.answer')) {
      const paragraphs = [...answer.querySelectorAll<HTMLElement>('.passage > p')];
      paragraphs.slice(1).forEach((paragraph, index) => {
        const before = paragraphs[index]!;
        const spacing = parseFloat(getComputedStyle(paragraph.parentElement!).marginBlockStart);
        // An editors' note set under a paragraph belongs to the text column: the stretch starts below it.
        const notes = [...(before.parentElement?.querySelectorAll<HTMLElement>(':scope > .editor-notes') ?? [])];
        const above = Math.max(
          before.getBoundingClientRect().bottom,
          ...notes.map((n) => n.getBoundingClientRect().bottom),
        );
        const space = paragraph.getBoundingClientRect().top - above;
        emptyStretches.push(Math.round(space - spacing));
      });
    }
    return { total: glosses.length, inMargins, drifts, emptyStretches };
  });
}

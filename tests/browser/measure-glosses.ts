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
  /** How far the first gloss of each margin column sits from its mention's line, in px. */
  firstInColumnOffsets: number[];
  horizontalScroll: boolean;
}

/** Opens every gloss on a narrow screen, as a reader tapping each mention would. */
export async function openEveryGloss(page: Page) {
  await page.evaluate(() => {
    for (const mention of document.querySelectorAll<HTMLElement>('.mention[aria-expanded="false"]')) mention.click();
  });
}

/** Measures every visible gloss against the others, the text lines, the viewport and its mention. */
export async function measureGlosses(page: Page): Promise<GlossLayoutReport> {
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
    const boxes = visible.map((gloss) => ({ id: gloss.id, box: box(gloss.getBoundingClientRect()), gloss }));

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
    const firstInColumnOffsets: number[] = [];
    for (const { id, box: g, gloss } of boxes) {
      // A gloss's back link points to its mention.
      const back = gloss.querySelector<HTMLAnchorElement>(':scope > .gloss-back');
      const mention = back && document.getElementById(decodeURIComponent(back.hash.slice(1)));
      const line = mention?.getClientRects()[0];
      if (!line) {
        farFromMention.push(`${id}: no mention`);
        continue;
      }
      const distance = g.top - (line.top + scrollY);
      if (distance < -2 || distance > innerHeight) farFromMention.push(`${id}: ${Math.round(distance)} px`);
      if (gloss.parentElement?.classList.contains('glosses') && gloss === gloss.parentElement.firstElementChild)
        firstInColumnOffsets.push(Math.abs(distance));
    }

    return {
      total: glosses.length,
      visible: visible.length,
      glossOverlaps,
      textOverlaps,
      offscreen,
      farFromMention,
      firstInColumnOffsets,
      horizontalScroll: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });
}

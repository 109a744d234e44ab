import { expect, MADE_UP, READING, test, TWO_MARGINS_FROM, WIDE_FROM } from './fixtures';
import { glossesReady, measureGlosses, measureMarginLayout, openEveryGloss } from './measure-glosses';

const WIDTHS = [320, 360, 768, 1024, 1100, 1280, 1440, 1920];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

for (const width of WIDTHS) {
  const wide = width >= WIDE_FROM;
  const how = wide ? 'in the margins' : 'opened inline';

  // One page load a width, measured once: every property below is a separate soft check, so a
  // failure names each one that broke.
  test(`at ${width} px, with every gloss ${how}, no gloss overlaps another or covers a line of the interview, each stays in the viewport, and each starts within one viewport height of its mention`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(READING);
    if (!wide) await openEveryGloss(page);
    const report = await measureGlosses(page);
    expect.soft(report.visible, 'every gloss is visible').toBe(report.total);
    expect.soft(report.glossOverlaps, 'no gloss overlaps another gloss').toEqual([]);
    expect.soft(report.textOverlaps, 'no gloss covers a line of the interview').toEqual([]);
    expect.soft(report.offscreen, 'every gloss stays inside the viewport').toEqual([]);
    expect.soft(report.horizontalScroll, 'the page never scrolls sideways').toBe(false);
    expect
      .soft(report.farFromMention, 'every gloss starts within one viewport height of its mention, never above it')
      .toEqual([]);
  });
}

for (const path of [READING, `/${MADE_UP}/`])
  for (const width of WIDTHS.filter((w) => w >= WIDE_FROM)) {
    const margins = width >= TWO_MARGINS_FROM ? 'both margins' : 'the right margin';
    const goals =
      width >= TWO_MARGINS_FROM
        ? ', leave no stretch of the text empty between two paragraphs of an answer, and start near their mentions’ lines: median within 40 px, none over 300 px below'
        : '';
    test(`at ${width} px on ${path}, the glosses sit in ${margins}${goals}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const report = await measureMarginLayout(page);
      expect.soft(report.inMargins, 'every gloss is in a margin').toBe(report.total);
      expect.soft(report.total).toBeGreaterThan(0);
      const sides = await page.evaluate(() => {
        const glosses = [...document.querySelectorAll<HTMLElement>('.gloss')];
        return { left: glosses.filter((g) => g.dataset['side'] === 'left').length, total: glosses.length };
      });
      if (width < TWO_MARGINS_FROM) {
        expect.soft(sides.left, 'below 1280 px only the right margin holds glosses').toBe(0);
        return;
      }
      if (path === READING) expect.soft(sides.left, 'both margins hold glosses').toBeGreaterThan(5);
      expect.soft(Math.max(...report.emptyStretches), 'no empty stretch between two paragraphs').toBeLessThanOrEqual(1);
      expect.soft(Math.min(...report.drifts), 'no gloss starts above its mention’s line').toBeGreaterThanOrEqual(-1);
      expect.soft(median(report.drifts), 'median drift from the mention’s line').toBeLessThanOrEqual(40);
      expect.soft(Math.max(...report.drifts), 'largest drift from the mention’s line').toBeLessThanOrEqual(300);
    });
  }

test('at 1440 px, every gloss is reachable by its link, and opens whole there', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await glossesReady(page);
  const ids = await page.locator('.gloss').evaluateAll((glosses) => glosses.map((gloss) => gloss.id));
  expect(ids.length).toBeGreaterThan(40);
  for (const id of ids) {
    await page.evaluate((hash) => (location.hash = hash), id);
    const gloss = page.locator(`#${id}`);
    await expect(gloss).toBeInViewport();
    // Linked to, a gloss set short in the margin shows all of itself.
    expect(await gloss.evaluate((element) => element.scrollHeight <= element.clientHeight + 1), id).toBe(true);
  }
});

test('when a reader enlarges the text, glosses line up with their mentions again', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto(READING);
  await glossesReady(page);
  await page.evaluate(() => (document.body.style.fontSize = '1.4rem'));
  const report = await measureGlosses(page);
  expect(report.glossOverlaps).toEqual([]);
  expect(report.textOverlaps).toEqual([]);
  const { drifts } = await measureMarginLayout(page);
  expect(Math.min(...drifts)).toBeGreaterThanOrEqual(-1);
  expect(median(drifts)).toBeLessThanOrEqual(40);
});

test('a gloss that repeats one earlier on the reading page is set on one line, and its answer’s own page sets it whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  await glossesReady(page);
  const lineHeight = (id: string) =>
    page.locator(`#${id}`).evaluate((gloss) => ({
      height: gloss.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(gloss).lineHeight),
      again: gloss.classList.contains('gloss--again'),
    }));
  const first = await lineHeight('gloss-history-china');
  const again = await lineHeight('gloss-war-china');
  expect(first.again).toBe(false);
  expect(again.again).toBe(true);
  expect(again.height).toBeLessThanOrEqual(again.line + 1);
  expect(first.height).toBeGreaterThan(2 * first.line);

  await page.goto(READING.replace(/\/$/, '/war/'));
  await glossesReady(page);
  expect((await lineHeight('gloss-war-china')).again).toBe(false);
});

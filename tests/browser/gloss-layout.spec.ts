import { expect, READING, test, WIDE_FROM } from './fixtures';
import { measureGlosses, openEveryGloss } from './measure-glosses';

const WIDTHS = [320, 360, 768, 1024, 1280, 1440, 1920];

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

test('on a wide screen, the first gloss of each margin column sits on the line of its mention', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  const { firstInColumnOffsets } = await measureGlosses(page);
  expect(firstInColumnOffsets.length).toBeGreaterThan(10);
  for (const offset of firstInColumnOffsets) expect(offset).toBeLessThanOrEqual(2);
});

test('on a wide screen, glosses share both margins', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(READING);
  const sides = await page.evaluate(() => {
    const text = document.querySelector('.passage > p')!.getBoundingClientRect();
    const glosses = [...document.querySelectorAll('.gloss')].map((gloss) => gloss.getBoundingClientRect());
    return {
      left: glosses.filter((g) => g.right <= text.left).length,
      right: glosses.filter((g) => g.left >= text.right).length,
      total: glosses.length,
    };
  });
  expect(sides.left).toBeGreaterThan(10);
  expect(sides.right).toBeGreaterThan(10);
  expect(sides.left + sides.right).toBe(sides.total);
});

test('when a reader enlarges the text, glosses line up with their mentions again', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto(READING);
  await page.evaluate(() => (document.body.style.fontSize = '1.4rem'));
  const report = await measureGlosses(page);
  expect(report.glossOverlaps).toEqual([]);
  expect(report.textOverlaps).toEqual([]);
  for (const offset of report.firstInColumnOffsets) expect(offset).toBeLessThanOrEqual(2);
});

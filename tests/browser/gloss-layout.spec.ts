import { expect, test, WIDE_FROM } from './fixtures';
import { measureGlosses, openEveryGloss } from './measure-glosses';

const WIDTHS = [320, 360, 768, 1024, 1280, 1440, 1920];

for (const width of WIDTHS) {
  const wide = width >= WIDE_FROM;
  const how = wide ? 'in the margins' : 'opened inline';

  test.describe(`at ${width} px, with every gloss ${how}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      if (!wide) await openEveryGloss(page);
    });

    test('no gloss overlaps another gloss', async ({ page }) => {
      const report = await measureGlosses(page);
      expect(report.visible).toBe(report.total);
      expect(report.glossOverlaps).toEqual([]);
    });

    test('no gloss covers a line of the interview', async ({ page }) => {
      expect((await measureGlosses(page)).textOverlaps).toEqual([]);
    });

    test('every gloss stays inside the viewport and the page never scrolls sideways', async ({ page }) => {
      const report = await measureGlosses(page);
      expect(report.offscreen).toEqual([]);
      expect(report.horizontalScroll).toBe(false);
    });

    test('every gloss starts within one viewport height of its mention, never above it', async ({ page }) => {
      expect((await measureGlosses(page)).farFromMention).toEqual([]);
    });
  });
}

test('on a wide screen, the first gloss of each margin column sits on the line of its mention', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const { firstInColumnOffsets } = await measureGlosses(page);
  expect(firstInColumnOffsets.length).toBeGreaterThan(10);
  for (const offset of firstInColumnOffsets) expect(offset).toBeLessThanOrEqual(2);
});

test('on a wide screen, glosses share both margins', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
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
  await page.goto('/');
  await page.evaluate(() => (document.body.style.fontSize = '1.4rem'));
  const report = await measureGlosses(page);
  expect(report.glossOverlaps).toEqual([]);
  expect(report.textOverlaps).toEqual([]);
  for (const offset of report.firstInColumnOffsets) expect(offset).toBeLessThanOrEqual(2);
});

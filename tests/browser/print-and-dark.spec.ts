import { expect, READING, test } from './fixtures';

test('in print, every gloss becomes a numbered note under its paragraph, numbered as its mention is', async ({
  page,
}) => {
  await page.goto(READING);
  await page.emulateMedia({ media: 'print' });
  const report = await page.evaluate(() => {
    const passages = [...document.querySelectorAll('.passage')].filter((passage) => passage.querySelector('.gloss'));
    return passages.map((passage) => {
      const paragraph = passage.querySelector('p')!.getBoundingClientRect();
      const glosses = [...passage.querySelectorAll<HTMLElement>('.gloss')].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      const mentions = [...passage.querySelectorAll<HTMLAnchorElement>('.mention:not(.mention--later)')];
      return {
        // Each gloss, top to bottom, with the number print gives it and the one its mention carries.
        labels: glosses.map((gloss) => getComputedStyle(gloss, '::before').content),
        markers: glosses.map((gloss) => {
          const mention = mentions.find((link) => link.hash === `#${gloss.id}`);
          return mention ? getComputedStyle(mention, '::after').content : 'no mention';
        }),
        below: glosses.every((gloss) => gloss.getBoundingClientRect().top >= paragraph.bottom - 1),
      };
    });
  });
  expect(report.length).toBeGreaterThan(5);
  const numbers = report.flatMap(({ labels }) => labels.map((label) => Number(/"(\d+)\. "/.exec(label)?.[1])));
  expect(numbers.every((n) => n >= 1)).toBe(true);
  for (const passage of report) {
    const ns = passage.labels.map((label) => Number(/"(\d+)\. "/.exec(label)?.[1]));
    expect(ns).toEqual([...ns].sort((a, b) => a - b));
    expect(passage.markers).toEqual(ns.map((n) => `"${n}"`));
    expect(passage.below).toBe(true);
  }
});

test('the page follows a dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(READING);
  const [background, text] = await page.evaluate(() => [
    getComputedStyle(document.body).backgroundColor,
    getComputedStyle(document.body).color,
  ]);
  expect(background).toBe('rgb(21, 20, 18)');
  expect(text).toBe('rgb(236, 232, 225)');
});

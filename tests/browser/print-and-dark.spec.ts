import { expect, READING, test } from './fixtures';

test('in print, every gloss becomes a numbered note in number order under its paragraph', async ({ page }) => {
  await page.goto(READING);
  await page.emulateMedia({ media: 'print' });
  const report = await page.evaluate(() => {
    const passages = [...document.querySelectorAll('.passage')].filter((passage) => passage.querySelector('.gloss'));
    return passages.map((passage) => {
      const paragraph = passage.querySelector('p')!.getBoundingClientRect();
      const glosses = [...passage.querySelectorAll<HTMLElement>('.gloss')].sort(
        (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
      );
      return {
        numbers: glosses.map((gloss) => Number(gloss.dataset['n'])),
        labels: glosses.map((gloss) => getComputedStyle(gloss, '::before').content),
        below: glosses.every((gloss) => gloss.getBoundingClientRect().top >= paragraph.bottom - 1),
        markers: [...passage.querySelectorAll<HTMLElement>('.mention[data-n]')].map(
          (mention) => getComputedStyle(mention, '::after').content,
        ),
      };
    });
  });
  expect(report.length).toBeGreaterThan(5);
  for (const passage of report) {
    expect(passage.numbers).toEqual([...passage.numbers].sort((a, b) => a - b));
    expect(passage.labels).toEqual(passage.numbers.map((n) => `"${n}. "`));
    expect(passage.markers).toEqual(passage.numbers.map((n) => `"${n}"`));
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

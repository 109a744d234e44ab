import { expect, READING, test } from './fixtures';

test('in print, every gloss becomes a note under its paragraph, numbered as its mention is', async ({ page }) => {
  await page.goto(READING);
  await page.emulateMedia({ media: 'print' });
  // A counter's number is not in any computed style, so the test checks what makes them agree: one
  // counter each for mentions and glosses, both reset by each answer, and each answer's glosses in
  // the order of its first mentions.
  const report = await page.evaluate(() =>
    [...document.querySelectorAll('.answer')].map((answer) => {
      const glosses = [...answer.querySelectorAll<HTMLElement>('.gloss')];
      const mentions = [...answer.querySelectorAll<HTMLAnchorElement>('.mention:not(.mention--later)')];
      return {
        reset: getComputedStyle(answer).counterReset,
        labels: [...new Set(glosses.map((gloss) => getComputedStyle(gloss, '::before').content))],
        markers: [...new Set(mentions.map((mention) => getComputedStyle(mention, '::after').content))],
        order: mentions.map((mention) => mention.hash.slice(1)).join() === glosses.map((gloss) => gloss.id).join(),
        below: glosses.every((gloss) => {
          const paragraph = gloss.closest('.passage')!.querySelector('p')!.getBoundingClientRect();
          return gloss.getBoundingClientRect().top >= paragraph.bottom - 1;
        }),
        count: glosses.length,
      };
    }),
  );
  expect(report.length).toBeGreaterThan(3);
  for (const answer of report) {
    expect(answer.count).toBeGreaterThan(0);
    expect(answer.reset).toBe('mention 0 gloss 0');
    expect(answer.labels).toEqual(['counter(gloss) ". "']);
    expect(answer.markers).toEqual(['counter(mention)']);
    expect(answer.order).toBe(true);
    expect(answer.below).toBe(true);
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

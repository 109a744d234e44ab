/**
 * Words set in double quotation marks inside a citation that itself quotes them: `“a” b` within
 * quotation marks becomes `‘a’ b`, as Chicago and APA set a quotation within a quotation.
 */
export const quoteWithinQuote = (text: string) => text.replaceAll('“', '‘').replaceAll('”', '’');

/**
 * Ends a quoted title with a full stop inside the quotation marks, as Chicago does, unless it ends
 * with its own punctuation: `alone’` → `alone.’`, `other?` stays.
 */
export function withFullStop(text: string): string {
  const closing = /[’"']+$/.exec(text)?.[0] ?? '';
  const words = text.slice(0, text.length - closing.length);
  return /[.?!]$/.test(words) ? text : `${words}.${closing}`;
}

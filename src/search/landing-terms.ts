/**
 * What to highlight on the answer a search result leads to. Pagefind passes the query to the page
 * split at spaces, one URL parameter per word, so "16 + 1" arrives as `16`, `+` and `1`. Marked
 * one by one, those would light up every "1" on the page. So the page tries, in order: the whole
 * query as the text has it; then the mentions of actors the query names ("SCO" finds the mention
 * "Shanghai Cooperation Organization"); then the query's words of two characters or more.
 */

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Hyphens, dashes, slashes and brackets: they join words a reader may type apart ("China–CEEC"). */
export const JOINERS = /[\u002D\u2010-\u2015\u2212/()[\]]+/g;

export interface LandingTerms {
  /** The whole query, unless it is too short or has no letter or digit to look for. */
  phrase: string | undefined;
  /** Its words that are worth marking on their own. */
  words: string[];
  /** The query folded for comparing with actor names. */
  folded: string;
}

/** Case, accents and joining punctuation set aside: "China–CEEC" and "china ceec" fold alike. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(JOINERS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The terms to look for on the landing page, from the highlight parameters of its URL. */
export function landingTerms(params: readonly string[]): LandingTerms {
  const parts = params.map((param) => param.trim()).filter(Boolean);
  const query = parts.join(' ');
  const words = [...new Set(parts.filter((part) => part.length >= 2 && HAS_WORD_CHARACTER.test(part)))];
  return {
    phrase: query.length >= 2 && HAS_WORD_CHARACTER.test(query) ? query : undefined,
    words,
    folded: foldForSearch(query),
  };
}

/**
 * The actors, of those given with their names, that a folded query names: the query's words
 * appear in order in one of the actor's names, the last one perhaps cut short, as a reader types.
 */
export function actorsNamed(folded: string, namesByActor: Readonly<Record<string, readonly string[]>>): string[] {
  const query = folded.split(' ').filter(Boolean);
  if (query.length === 0 || !HAS_WORD_CHARACTER.test(folded)) return [];
  return Object.entries(namesByActor)
    .filter(([, names]) => names.some((name) => containsWords(foldForSearch(name).split(' '), query)))
    .map(([id]) => id);
}

function containsWords(name: readonly string[], query: readonly string[]): boolean {
  for (let start = 0; start + query.length <= name.length; start += 1) {
    const matches = query.every((word, offset) => {
      const candidate = name[start + offset]!;
      return offset === query.length - 1 ? candidate.startsWith(word) : candidate === word;
    });
    if (matches) return true;
  }
  return false;
}

import { dateParts, type AnswerCitation } from './answer-citation';

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters TeX treats as commands, so a title is printed as written. */
const escapeTex = (text: string) =>
  text.replace(/[\\{}%&$#_^~]/g, (character) =>
    character === '\\'
      ? '\\textbackslash{}'
      : character === '^' || character === '~'
        ? `\\${character}{}`
        : `\\${character}`,
  );

/**
 * A BibTeX `@misc` entry, which BibTeX and biblatex both read. The title is braced twice so styles
 * keep its capitals as the source has them; `date` is biblatex's, `year` and `month` BibTeX's.
 */
export function bibtexCitation(citation: AnswerCitation): string {
  const { year, month } = dateParts(citation.date);
  const fields: [string, string][] = [
    ['title', `{{${escapeTex(citation.interviewTitle)}}}`],
    ['note', `{${escapeTex(`${citation.credit}. Answer to “${citation.question}”`)}}`],
    ['publisher', `{${escapeTex(citation.publisher)}}`],
    ['howpublished', `{${escapeTex(citation.publisher)}}`],
    ['date', `{${citation.date}}`],
    ['year', `{${year}}`],
    ...(month ? [['month', BIBTEX_MONTHS[month - 1] ?? ''] as [string, string]] : []),
    ['url', `{${citation.url}}`],
  ];
  return `@misc{${citation.key},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}\n`;
}

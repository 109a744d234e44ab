import { dateParts, type AnswerCitation } from './answer-citation';

/**
 * A RIS record, which Zotero, EndNote and Mendeley import: a web page (`ELEC`) whose title is the
 * interview's, with the credit line and the question as its note. RIS lines end with CR LF.
 */
export function risCitation(citation: AnswerCitation): string {
  const { year, month, day } = dateParts(citation.date);
  const two = (value: number | undefined) => (value ? String(value).padStart(2, '0') : '');
  const lines = [
    ['TY', 'ELEC'],
    ['TI', citation.interviewTitle],
    ['N1', `${citation.credit}. Answer to “${citation.question}”`],
    ['PB', citation.publisher],
    ['PY', year],
    ['DA', `${year}/${two(month)}/${two(day)}/`],
    ['UR', citation.url],
    ['LA', 'en'],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${(value ?? '').replace(/\s+/g, ' ')}\r\n`).join('');
}

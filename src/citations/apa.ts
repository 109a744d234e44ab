import { dateParts, type AnswerCitation } from './answer-citation';
import { MONTHS } from '../site/format-date';

/** `2022-03` → `(2022, March)`; `2022-03-01` → `(2022, March 1)`, as APA writes dates. */
function apaDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (!month) return `(${year})`;
  return `(${year}, ${MONTHS[month - 1]}${day ? ` ${day}` : ''})`;
}

/**
 * A reference in APA style (7th edition) for an interview published online with no named author:
 * the title takes the author's place, a bracketed description gives the credit line and the
 * question, then the date, the publisher and the URL.
 */
export function apaCitation(citation: AnswerCitation): string {
  const description = `[${citation.credit}; answer to “${citation.question}”]`;
  return `${citation.interviewTitle} ${description}. ${apaDate(citation.date)}. ${citation.publisher}. ${citation.url}`;
}

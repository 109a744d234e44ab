import { dateParts, type AnswerCitation } from './answer-citation';
import { MONTHS } from '../site/format-date';
import { quoteWithinQuote, withFullStop } from './quote-within-quote';

/** `2022-03` → `March 2022`; `2022-03-01` → `March 1, 2022`, as Chicago writes dates. */
function chicagoDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (!month) return year;
  const monthName = MONTHS[month - 1];
  return day ? `${monthName} ${day}, ${year}` : `${monthName} ${year}`;
}

/**
 * A bibliography entry in the Chicago Manual of Style (17th edition), notes and bibliography, for a
 * published interview with no named author: the title in quotation marks, the credit line as given,
 * the date, the answer's question, the publisher and the URL.
 */
export function chicagoCitation(citation: AnswerCitation): string {
  const title = withFullStop(quoteWithinQuote(citation.interviewTitle));
  const question = withFullStop(quoteWithinQuote(citation.question));
  return `“${title}” ${citation.credit}, ${chicagoDate(citation.date)}. Answer to “${question}” ${citation.publisher}. ${citation.url}.`;
}

/**
 * What a citation of one answer says: the interview's title, credit line and date as its
 * `interview.yaml` gives them, the answer's question, where it is published and its URL. The
 * interviewee is not named, since the sources do not always name them: the credit line is quoted
 * as given. The date the reader accessed it is left to the reader.
 */
export interface AnswerCitation {
  /** A key for reference managers: `<interview>-<slug>`. */
  key: string;
  interviewTitle: string;
  credit: string;
  /** A partial date: `2022`, `2022-03` or `2022-03-01`. */
  date: string;
  question: string;
  /** The edition's name. */
  publisher: string;
  /** The answer's page: absolute when the site's URL is known, else its path. */
  url: string;
}

/** `2022-03-01` → `{ year: '2022', month: 3, day: 1 }`. */
export function dateParts(date: string): { year: string; month?: number; day?: number } {
  const [year = '', month, day] = date.split('-');
  return { year, ...(month && { month: Number(month) }), ...(day && { day: Number(day) }) };
}

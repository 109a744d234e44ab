import { describe, expect, it } from 'vitest';
import { risCitation } from './ris';
import { MADE_UP_ANSWER } from './test-citation';

describe('risCitation', () => {
  it('writes one tagged line a field, ending with CR LF and an end-of-record line', () => {
    expect(risCitation(MADE_UP_ANSWER)).toBe(
      [
        'TY  - ELEC',
        'TI  - Two capitals: “The risk is to stand alone”',
        'N1  - Interview with A. Reporter. Answer to “How dependent are the two on each other?”',
        'PB  - The Annotated Interview',
        'PY  - 2022',
        'DA  - 2022/03//',
        'UR  - https://example.org/an-interview/dependence/',
        'LA  - en',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps each field on one line', () => {
    const record = risCitation({ ...MADE_UP_ANSWER, interviewTitle: 'Two\nlines', date: '2022-03-01' });
    expect(record).toContain('TI  - Two lines\r\n');
    expect(record).toContain('DA  - 2022/03/01/\r\n');
  });
});

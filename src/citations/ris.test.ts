import { describe, expect, it } from 'vitest';
import { risCitation } from './ris';
import { SEED_ANSWER } from './test-citation';

describe('risCitation', () => {
  it('writes one tagged line a field, ending with CR LF and an end-of-record line', () => {
    expect(risCitation(SEED_ANSWER)).toBe(
      [
        'TY  - ELEC',
        'TI  - China-Russia relations: “The danger is to see the West alone”',
        'N1  - Interview with Ophelie Barbier. Answer to “How dependent are Russia and China on each other?”',
        'PB  - The Annotated Interview',
        'PY  - 2022',
        'DA  - 2022/03//',
        'UR  - https://example.org/china-russia-relations/dependence/',
        'LA  - en',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps each field on one line', () => {
    const record = risCitation({ ...SEED_ANSWER, interviewTitle: 'Two\nlines', date: '2022-03-01' });
    expect(record).toContain('TI  - Two lines\r\n');
    expect(record).toContain('DA  - 2022/03/01/\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header row and a row a record, in the columns given, with CR LF', () => {
    expect(toCsv(['id', 'from'], [{ id: 'sco', from: 2001, extra: 'left out' }])).toBe('id,from\r\nsco,2001\r\n');
  });

  it('quotes a cell with a comma, a quotation mark or a line break, and doubles its quotation marks', () => {
    const csv = toCsv(['text'], [{ text: 'a, b' }, { text: 'say "no"' }, { text: 'two\nlines' }, { text: '“curly”' }]);
    expect(csv).toBe('text\r\n"a, b"\r\n"say ""no"""\r\n"two\nlines"\r\n“curly”\r\n');
  });

  it('leaves a missing value empty and writes flags as words', () => {
    expect(toCsv(['to', 'convener'], [{ to: undefined, convener: true }])).toBe('to,convener\r\n,true\r\n');
  });
});

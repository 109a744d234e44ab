import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { answerMarkupProblems } from './answer-markup';

const parser = createProcessor({ remarkPlugins: [remarkGfm] });
const problems = (body: string) =>
  answerMarkupProblems(parser.parse(body) as Root).map(({ line, column, message }) => `${line}:${column} ${message}`);

describe('what an answer may hold', () => {
  it('passes words: paragraphs, emphasis, strong, line breaks, actor marks and https and site links', () => {
    expect(
      problems(
        'The [SCO](actor:sco) — “16 + 1” — *grew*, **fast**.\\\nA [source](https://example.org/a?b=c#d) and [an entry](/actors/sco/).\n\nA second paragraph.',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "export const x = (await import('node:fs')).writeFileSync('evil.js', '')",
      '1:1 an import or export statement is not allowed in an answer',
    ],
    ["import fs from 'node:fs'", '1:1 an import or export statement is not allowed in an answer'],
    ['It was {JSON.stringify(process.env)}.', '1:8 an {expression} is not allowed in an answer'],
    [
      '<meta http-equiv="refresh" content="0;url=https://example.org" />',
      '1:1 a <meta> tag is not allowed in an answer',
    ],
    ['<script>alert(1)</script>', '1:1 a <script> tag is not allowed in an answer'],
    ['<iframe src="https://example.org" />', '1:1 a <iframe> tag is not allowed in an answer'],
    ['A picture <img src="x" onerror="alert(1)" /> here.', '1:11 a <img> tag is not allowed in an answer'],
    ['<Widget />', '1:1 a <Widget> tag is not allowed in an answer'],
    ['<>words</>', '1:1 a <> fragment is not allowed in an answer'],
    ['[x](javascript:alert(1))', "1:1 a link to 'javascript:alert(1)' is not allowed in an answer"],
    ['[x](data:text/html,hi)', "1:1 a link to 'data:text/html,hi' is not allowed in an answer"],
    ['[x](//example.org/)', "1:1 a link to '//example.org/' is not allowed in an answer"],
    ['[x](http://example.org/)', "1:1 a link to 'http://example.org/' is not allowed in an answer"],
    ['See [China](actor:%zz).', "1:5 malformed actor mark 'actor:%zz'"],
    ['See ![a map](https://example.org/map.png).', '1:5 an image is not allowed in an answer'],
    ['# A heading', '1:1 a heading is not allowed in an answer'],
    ['- a list', '1:1 a list is not allowed in an answer'],
    ['> a quotation', '1:1 a block quote is not allowed in an answer'],
    ['Some `code`.', '1:6 code is not allowed in an answer'],
    ['~~struck~~', '1:1 struck-through text is not allowed in an answer'],
    ['[x][ref]\n\n[ref]: https://example.org/', '1:1 a reference-style link is not allowed in an answer'],
  ])('refuses %j once, where it starts', (body, expected) => {
    expect(problems(body)).toEqual([expected]);
  });

  it('reports a tag once, not again for what it holds', () => {
    expect(problems('<span>[x](javascript:alert(1)) {danger}</span>')).toEqual([
      '1:1 a <span> tag is not allowed in an answer',
    ]);
  });

  it('counts lines from where the body starts in its file', () => {
    expect(answerMarkupProblems(parser.parse('Words.\n\n<Widget />') as Root, 5)[0]).toMatchObject({
      line: 8,
      column: 1,
    });
  });
});

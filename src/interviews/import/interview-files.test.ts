import { describe, expect, it } from 'vitest';
import type { ActorRegistry } from '../../actors/read-actors';
import { codeCharacters, interviewFiles, folderNameFor } from './interview-files';

const registry: ActorRegistry = { actors: new Map(), byAlias: new Map() };
const imported = (questions: string[]) =>
  interviewFiles(
    {
      title: 'Trade talks: “Nobody wins”',
      credit: 'Interview with Someone',
      answers: questions.map((question) => ({ question, paragraphs: ['An answer. It goes on.'] })),
      leftOut: [{ line: 9, text: 'Share this' }],
    },
    'the source',
    registry,
    { date: '2024-05', sourceName: 'talks.txt', importedOn: '2026-12-03' },
  );

describe('the files of an imported interview', () => {
  it('names the folder for the title before its colon, and never for a section of the site', () => {
    expect(folderNameFor('Trade talks: “Nobody wins”')).toBe('trade-talks');
    expect(folderNameFor('Écoles et État')).toBe('ecoles-et-etat');
    expect(folderNameFor('Timeline: a talk')).toBe('timeline-interview');
    expect(folderNameFor('“…”')).toBe('interview');
  });

  it('writes one MDX file per question, in order, slugged by its telling words, each slug once', () => {
    const { files } = imported(['What is the future of trade?', 'And the future of trade?', 'Why?']);
    expect(Object.keys(files)).toEqual([
      'interview.yaml',
      '01-future-trade.mdx',
      '02-future-trade-b.mdx',
      '03-question.mdx',
      'source.txt',
    ]);
    expect(files['01-future-trade.mdx']).toBe(
      '---\nquestion: "What is the future of trade?"\norder: 1\nslug: future-trade\n---\n\nAn answer. It goes on.\n',
    );
  });

  it('keeps the title and credit exactly, starts the description from the first answer, and says what was left out', () => {
    const yaml = imported(['Why?']).files['interview.yaml']!;
    expect(yaml).toContain('title: "Trade talks: “Nobody wins”"\n');
    expect(yaml).toContain('credit: "Interview with Someone"\n');
    expect(yaml).toContain('description: "An answer."\n');
    expect(yaml).toContain('date: "2024-05"\n');
    expect(yaml).toContain('Left out after the credit line: “Share this”.');
  });

  it('finds what MDX would read as code, at its line and column', () => {
    expect(codeCharacters('fine\nnot <b>fine</b>').map(({ line, message }) => `${line}: ${message}`)).toEqual([
      "2: '<' at column 5, which an answer cannot hold: MDX reads it as code",
      "2: '<' at column 12, which an answer cannot hold: MDX reads it as code",
    ]);
  });
});

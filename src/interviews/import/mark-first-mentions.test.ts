import { describe, expect, it } from 'vitest';
import type { ActorRegistry } from '../../actors/read-actors';
import { makeActor } from '../../test-support/actor';
import { asMarkdownText, markFirstMentions } from './mark-first-mentions';

const actors = [
  makeActor('russia', { name: 'Russia', aliases: ['Moscow', 'Russian Federation'] }),
  makeActor('sco', { name: 'Shanghai Cooperation Organisation', kind: 'organisation', aliases: ['SCO'] }),
];
const registry: ActorRegistry = {
  actors: new Map(actors.map((actor) => [actor.id, actor])),
  byAlias: new Map(
    actors.flatMap((actor) => [actor.name, ...actor.aliases].map((name) => [name.toLowerCase(), actor.id])),
  ),
};

describe('marking the first mention of each actor in an answer', () => {
  it('marks each actor once, at its first name or alias, across the paragraphs of the answer', () => {
    expect(
      markFirstMentions(
        ['Moscow and the SCO met; Russia said so.', 'The Russian Federation and the SCO again.'],
        registry,
      ),
    ).toEqual({
      paragraphs: [
        '[Moscow](actor:russia) and the [SCO](actor:sco) met; Russia said so.',
        'The Russian Federation and the SCO again.',
      ],
      marked: ['russia', 'sco'],
    });
  });

  it('leaves a paragraph that names no actor as it is', () => {
    expect(markFirstMentions(['Nobody here — “at all”.'], registry).paragraphs).toEqual(['Nobody here — “at all”.']);
  });
});

describe('the interview’s words as Markdown text', () => {
  it('escapes what Markdown would read as emphasis, code or a link', () => {
    expect(asMarkdownText('a *b* _c_ `d` [e] \\f')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\\\f');
  });

  it('escapes what would start a heading, a quote or a list, only at the start of a paragraph', () => {
    expect(asMarkdownText('1. First', true)).toBe('1\\. First');
    expect(asMarkdownText('# One', true)).toBe('\\# One');
    expect(asMarkdownText('- two', true)).toBe('\\- two');
    expect(asMarkdownText('16+1 and 2022.', true)).toBe('16+1 and 2022.');
    expect(asMarkdownText('- two')).toBe('- two');
  });
});

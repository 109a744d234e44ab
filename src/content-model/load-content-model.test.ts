import { describe, expect, it } from 'vitest';
import { actorYaml, answerMdx, contentFixture, interviewYaml } from '../test-support/content-fixture';
import { ContentError } from './content-error';
import { loadContentModel } from './load-content-model';

const project = (files: Record<string, string>) =>
  contentFixture({
    'content/interviews/talk/interview.yaml': interviewYaml,
    'content/interviews/talk/01-war.mdx': answerMdx('question: "War?"\norder: 1\nslug: war'),
    ...files,
  });

describe('loading all content', () => {
  it('stops the build when a membership points to an actor that is not defined, naming the file and a hint', () => {
    const root = project({
      'content/actors/sco.yaml': actorYaml(),
      'content/actors/india.yaml': actorYaml({
        name: '"India"',
        kind: 'country',
        aliases: '[]',
        memberships: '\n  - { of: brics, from: 2009 }',
      }),
    });
    expect(() => loadContentModel(root)).toThrow(ContentError);
    expect(() => loadContentModel(root)).toThrow(
      "content/actors/india.yaml:11:11 membership of unknown actor 'brics'\n  hint: add content/actors/brics.yaml or fix the id",
    );
  });

  it('stops at an actor mark of an unknown actor where it stands, before any answer compiles', () => {
    const root = project({
      'content/actors/sco.yaml': actorYaml(),
      'content/interviews/talk/01-war.mdx': answerMdx(
        'question: "War?"\norder: 1\nslug: war',
        'The [SCO](actor:sko) and [SCO](actor:SCO).',
      ),
    });
    expect(() => loadContentModel(root)).toThrow(
      'Bad content (2 problems):\n' +
        "content/interviews/talk/01-war.mdx:7:5 unknown actor 'sko'\n  hint: did you mean 'sco'?\n" +
        "content/interviews/talk/01-war.mdx:7:26 unknown actor 'SCO'\n  hint: 'SCO' is a name of actor 'sco': write actor:sco",
    );
  });

  it('loads an edition without editors’ notes', () => {
    const root = project({ 'content/actors/sco.yaml': actorYaml() });
    expect(loadContentModel(root).notes).toEqual([]);
  });
});

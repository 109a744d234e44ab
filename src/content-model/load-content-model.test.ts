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

  it('stops at an organisation of the table or the timeline that is no actor, or no organisation, where it stands', () => {
    const root = project({
      'content/actors/sco.yaml': actorYaml(),
      'content/actors/india.yaml': actorYaml({ name: '"India"', kind: 'country', aliases: '[]' }),
      'content/interviews/talk/interview.yaml': `${interviewYaml}memberships: [sco, india]\ntimeline:\n  - sko\n`,
    });
    expect(() => loadContentModel(root)).toThrow(
      'Bad content (2 problems):\n' +
        "content/interviews/talk/interview.yaml:6:20 'india' is a country, not an organisation\n" +
        '  hint: the table and the timeline have organisations as columns; its countries come from the answers\n' +
        "content/interviews/talk/interview.yaml:8:5 unknown actor 'sko'\n  hint: did you mean 'sco'?",
    );
  });

  it('stops at a note for a column the table does not have', () => {
    const root = project({
      'content/actors/sco.yaml': actorYaml(),
      'content/interviews/talk/interview.yaml': `${interviewYaml}membershipNotes:\n  sco: "founders only"\n`,
    });
    expect(() => loadContentModel(root)).toThrow(
      "content/interviews/talk/interview.yaml:7:3 a note for 'sco', which is not a column of the table\n  hint: add sco to memberships, or remove its note",
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

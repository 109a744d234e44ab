import { describe, expect, it } from 'vitest';
import { actorYaml, answerMdx, contentFixture, interviewYaml } from '../test-support/content-fixture';
import { formatContentIssue } from '../content-model/content-error';
import { generatedIdIssues } from './generated-ids';
import { readActors } from '../actors/read-actors';
import { readInterviews } from './read-interviews';

const actor = (name: string) => actorYaml({ name: `"${name}"`, kind: 'country', aliases: '[]' });
const issuesOf = (answers: Record<string, string>) => {
  const root = contentFixture({
    'content/actors/africa.yaml': actor('Africa'),
    'content/actors/south-africa.yaml': actor('South Africa'),
    'content/interviews/talk/interview.yaml': interviewYaml,
    ...Object.fromEntries(Object.entries(answers).map(([name, text]) => [`content/interviews/talk/${name}`, text])),
  });
  const { interviews, issues } = readInterviews(root, 'content/interviews');
  expect(issues).toEqual([]);
  return generatedIdIssues(interviews, readActors(root, 'content/actors').registry).map(formatContentIssue);
};

describe('ids generated from content', () => {
  it('refuses two glosses that would share an id, naming the file and line of each', () => {
    expect(
      issuesOf({
        '01-war.mdx': answerMdx(
          'question: "War?"\norder: 1\nslug: war',
          'Trade with [South Africa](actor:south-africa).',
        ),
        '02-war-south.mdx': answerMdx(
          'question: "South?"\norder: 2\nslug: war-south',
          'And [Africa](actor:africa), twice: [Africa](actor:africa).',
        ),
      }),
    ).toEqual([
      "content/interviews/talk/02-war-south.mdx:7:5 id 'gloss-war-south-africa' of the gloss of 'africa' in 'war-south' is already the id of the gloss of 'south-africa' in 'war' (content/interviews/talk/01-war.mdx:7:12)\n" +
        "  hint: ids join the answer's slug and the actor's id with hyphens: rename the slug 'war-south'",
    ]);
  });

  it('passes the same actor glossed in two answers, and two actors in one', () => {
    expect(
      issuesOf({
        '01-war.mdx': answerMdx(
          'question: "War?"\norder: 1\nslug: war',
          '[Africa](actor:africa) and [South Africa](actor:south-africa).',
        ),
        '02-peace.mdx': answerMdx('question: "Peace?"\norder: 2\nslug: peace', '[Africa](actor:africa).\n\nMore.'),
      }),
    ).toEqual([]);
  });
});

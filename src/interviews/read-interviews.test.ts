import { describe, expect, it } from 'vitest';
import { answerMdx, contentFixture, interviewYaml } from '../test-support/content-fixture';
import { formatContentIssue } from '../content-model/content-error';
import { readInterviews } from './read-interviews';

const DIR = 'content/interviews';
const FOLDER = `${DIR}/talk`;
const read = (files: Record<string, string>) =>
  readInterviews(contentFixture({ [`${FOLDER}/interview.yaml`]: interviewYaml, ...prefixed(files) }), DIR);
const prefixed = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [`${FOLDER}/${name}`, text]));
const messages = (files: Record<string, string>) => read(files).issues.map(formatContentIssue);

const frontmatter = (slug: string, order: number, question = 'Why?') =>
  `question: "${question}"\norder: ${order}\nslug: ${slug}`;

describe('reading interviews', () => {
  it('reads the metadata and the answers in order', () => {
    const { interviews, issues } = read({
      '02-b.mdx': answerMdx(frontmatter('later', 2)),
      '01-a.mdx': answerMdx(frontmatter('first', 1)),
    });
    expect(issues).toEqual([]);
    expect(interviews).toHaveLength(1);
    expect(interviews[0]?.id).toBe('talk');
    expect(interviews[0]?.answers.map((answer) => answer.frontmatter.slug)).toEqual(['first', 'later']);
  });

  it('keeps each answer’s file as read, and its body, so that nothing reads it again to render it', () => {
    const file = answerMdx(frontmatter('first', 1));
    const [answer] = read({ '01-a.mdx': file }).interviews[0]?.answers ?? [];
    expect(answer?.text).toBe(file);
    expect(answer?.body).toBe('\nAn answer.\n');
  });

  it('finds the source text kept beside the interview as source.txt, and has none without it', () => {
    expect(read({ '01-a.mdx': answerMdx(frontmatter('first', 1)) }).interviews[0]?.sourceFile).toBeUndefined();
    const { interviews, issues } = read({
      '01-a.mdx': answerMdx(frontmatter('first', 1)),
      'source.txt': 'Why?\n\nBecause.\n',
    });
    expect(issues).toEqual([]);
    expect(interviews[0]?.sourceFile).toBe(`${FOLDER}/source.txt`);
  });

  it('reports a missing folder of interviews at its path, and a file in its place as not a folder', () => {
    expect(readInterviews(contentFixture({}), DIR).issues.map(formatContentIssue)).toEqual([
      'content/interviews:1:1 missing folder\n  hint: content/interviews/ holds one folder per interview: interview.yaml and one .mdx file a question',
    ]);
    expect(readInterviews(contentFixture({ [DIR]: 'stray' }), DIR).issues[0]?.message).toBe('not a folder');
  });

  it('reports a missing question at the frontmatter', () => {
    expect(messages({ '01-a.mdx': answerMdx('order: 1\nslug: first') })).toEqual([
      "content/interviews/talk/01-a.mdx:2:1 missing field 'question'\n  hint: add 'question: …'",
    ]);
  });

  it('reports a value of the wrong type on its line', () => {
    const [message] = messages({ '01-a.mdx': answerMdx('question: "Why?"\norder: first\nslug: first') });
    expect(message).toMatch(/^content\/interviews\/talk\/01-a\.mdx:3:8 'order': .*\n {2}hint: expected number$/);
  });

  it('reports a file without frontmatter', () => {
    expect(messages({ '01-a.mdx': 'Just words.\n' })).toEqual([
      "content/interviews/talk/01-a.mdx:1:1 missing frontmatter\n  hint: start the file with '---', then question, order and slug, then '---'",
    ]);
  });

  it('reports frontmatter that is never closed', () => {
    const [message] = messages({ '01-a.mdx': '---\nquestion: "Why?"\n' });
    expect(message).toContain('frontmatter is not closed');
  });

  it('reports an unclosed quote in the frontmatter where the quote opens, at its line in the file', () => {
    const [message] = messages({ '01-a.mdx': answerMdx('question: "Why?\norder: 1\nslug: first') });
    expect(message).toMatch(/^content\/interviews\/talk\/01-a\.mdx:2:11 invalid YAML: Missing closing "quote/);
  });

  it('refuses a duplicate slug, naming the file that has it first', () => {
    const [message] = messages({
      '01-a.mdx': answerMdx(frontmatter('same', 1)),
      '02-b.mdx': answerMdx(frontmatter('same', 2)),
    });
    expect(message).toBe(
      "content/interviews/talk/02-b.mdx:4:7 duplicate slug 'same', already used by content/interviews/talk/01-a.mdx\n  hint: each answer in an interview needs its own slug",
    );
  });

  it('refuses a duplicate order', () => {
    const [message] = messages({
      '01-a.mdx': answerMdx(frontmatter('one', 1)),
      '02-b.mdx': answerMdx(frontmatter('two', 1)),
    });
    expect(message).toContain("02-b.mdx:3:8 duplicate order '1'");
  });

  it('refuses a slug that would collide with a paragraph anchor', () => {
    const [message] = messages({ '01-a.mdx': answerMdx(frontmatter('history-2', 1)) });
    expect(message).toContain("01-a.mdx:4:7 'slug': a slug is lower-case words joined by hyphens, with no digits");
  });

  it('refuses a slug that is the address of one of the interview’s own pages', () => {
    expect(messages({ '01-a.mdx': answerMdx(frontmatter('timeline', 1)) })).toEqual([
      "content/interviews/talk/01-a.mdx:4:7 slug 'timeline' is the address of the interview's timeline page\n  hint: choose another slug; an answer's page is /<interview>/<slug>/, and /<interview>/memberships/ and /<interview>/timeline/ are taken",
    ]);
  });

  it('refuses a slug the page frame already uses', () => {
    const [message] = messages({ '01-a.mdx': answerMdx(frontmatter('actors', 1)) });
    expect(message).toContain("slug 'actors' is an anchor the page already uses");
  });

  it('refuses a slug with the prefix of generated anchors', () => {
    const [message] = messages({ '01-a.mdx': answerMdx(frontmatter('gloss-notes', 1)) });
    expect(message).toContain("slug 'gloss-notes' starts with 'gloss-'");
  });

  it('refuses an empty answer at the line after the frontmatter', () => {
    expect(messages({ '01-a.mdx': answerMdx(frontmatter('first', 1), '') })).toEqual([
      'content/interviews/talk/01-a.mdx:6:1 empty answer\n  hint: write the answer below the frontmatter, one paragraph a block',
    ]);
  });

  it('refuses an interview folder without its metadata', () => {
    const root = contentFixture({ [`${DIR}/bare/01-a.mdx`]: answerMdx(frontmatter('first', 1)) });
    expect(readInterviews(root, DIR).issues.map(formatContentIssue)).toEqual([
      'content/interviews/bare:1:1 no interview.yaml\n  hint: add the title, credit, description, date and sourceNote of the interview',
    ]);
  });

  it('refuses a file it would otherwise ignore, such as an answer saved as .md', () => {
    const [message] = messages({
      '01-a.mdx': answerMdx(frontmatter('first', 1)),
      '02-b.md': answerMdx(frontmatter('second', 2)),
    });
    expect(message).toBe(
      'content/interviews/talk/02-b.md:1:1 not part of an interview\n  hint: an interview folder holds interview.yaml, one .mdx file a question and, if you have it, the source text as source.txt; rename it or move it out',
    );
  });

  it('refuses an answer left outside any interview folder', () => {
    const root = contentFixture({
      [`${FOLDER}/interview.yaml`]: interviewYaml,
      [`${FOLDER}/01-a.mdx`]: answerMdx(frontmatter('first', 1)),
      [`${DIR}/02-b.mdx`]: answerMdx(frontmatter('second', 2)),
    });
    expect(readInterviews(root, DIR).issues.map(formatContentIssue)).toEqual([
      'content/interviews/02-b.mdx:1:1 not in an interview folder\n  hint: each interview is a folder of its own: content/interviews/<interview>/interview.yaml and its .mdx files',
    ]);
  });

  it('refuses a folder name that cannot be part of a URL', () => {
    const root = contentFixture({
      [`${DIR}/My Talk/interview.yaml`]: interviewYaml,
      [`${DIR}/My Talk/01-a.mdx`]: answerMdx(frontmatter('first', 1)),
    });
    expect(readInterviews(root, DIR).issues.map(formatContentIssue)).toEqual([
      "content/interviews/My Talk:1:1 'My Talk' is not a valid interview folder name\n  hint: name it in lower-case words joined by hyphens: it becomes part of every URL of the interview",
    ]);
  });

  it('refuses a folder name the site already uses for a section', () => {
    const root = contentFixture({
      [`${DIR}/actors/interview.yaml`]: interviewYaml,
      [`${DIR}/actors/01-a.mdx`]: answerMdx(frontmatter('first', 1)),
    });
    expect(readInterviews(root, DIR).issues.map(formatContentIssue)).toEqual([
      "content/interviews/actors:1:1 'actors' is a section of the site, so it cannot name an interview\n  hint: rename the folder: its name is the first segment of the interview's URLs, and /actors/ is taken",
    ]);
  });

  it('refuses an interview with no answers', () => {
    expect(messages({})).toEqual([
      'content/interviews/talk:1:1 an interview with no answers\n  hint: add one MDX file per question, such as 01-history.mdx',
    ]);
  });
});

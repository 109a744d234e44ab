import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { answerSchema, type AnswerFrontmatter } from './answer-schema';
import type { ContentIssue } from '../content-model/content-error';
import { readContentFolder } from '../content-model/content-folder';
import { splitFrontmatter } from '../content-model/frontmatter';
import { interviewSchema, type Interview } from './interview-schema';
import { readAnswerBody, type ActorMark } from './answer-body';
import { schemaIssues } from '../content-model/schema-issues';
import { parseYamlSource, type YamlSource } from '../content-model/yaml-source';
import { INTERVIEW_SECTIONS, RESERVED_FIRST_SEGMENTS } from '../site/urls';

/** Ids the page frame uses; an answer slug may not take one. */
export const RESERVED_ANCHORS = ['main', 'contents', 'contents-title', 'actors', 'top', 'search', 'about'] as const;
/** Prefixes of generated ids (`actor-sco`, `gloss-history-sco`); an answer slug may not start with one. */
export const RESERVED_PREFIXES = [
  'actor-',
  'gloss-',
  'mention-',
  'kind-',
  'question-',
  'noted-',
  'editor-note-',
] as const;

export interface AnswerFile {
  file: string;
  /** The whole file as read, frontmatter and all: what the answer is rendered from. */
  text: string;
  /** Its Markdown below the frontmatter. */
  body: string;
  frontmatter: AnswerFrontmatter;
  /** Where the slug stands in the file. */
  slugAt: { line: number; column: number };
  /** The number of paragraphs of the answer. */
  paragraphs: number;
  /** Its actor marks, in reading order. */
  marks: ActorMark[];
}

/** An actor id the interview's metadata names, and where it stands. */
export interface MetaActorRef {
  actor: string;
  file: string;
  line: number;
  column: number;
}

export interface InterviewFolder {
  id: string;
  meta: Interview;
  answers: AnswerFile[];
  /** The organisations `interview.yaml` names for the table and the timeline, where each stands. */
  organisationRefs: MetaActorRef[];
  /**
   * The plain-text source the words were taken from, `source.txt` in the interview's folder,
   * relative to the project root, if the editors have it. The build tests check every paragraph
   * on the page against it, character for character.
   */
  sourceFile?: string;
}

const INTERVIEW_FILE = 'interview.yaml';
const SOURCE_FILE = 'source.txt';
/** An interview's folder name is the first segment of its URLs. */
const INTERVIEW_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const fileIssue = (file: string, message: string, hint: string): ContentIssue => ({
  file,
  line: 1,
  column: 1,
  message,
  hint,
});

/** Reads every interview folder under `dir`: its `interview.yaml` and one MDX file per question. */
export function readInterviews(root: string, dir: string): { interviews: InterviewFolder[]; issues: ContentIssue[] } {
  const folder = readContentFolder(
    root,
    dir,
    `one folder per interview: ${INTERVIEW_FILE} and one .mdx file a question`,
  );
  if (folder.issue) return { interviews: [], issues: [folder.issue] };
  const { entries } = folder;
  const issues = entries
    .filter((entry) => !entry.isDirectory())
    .map((stray) =>
      fileIssue(
        relative(root, join(root, dir, stray.name)),
        'not in an interview folder',
        `each interview is a folder of its own: ${dir}/<interview>/${INTERVIEW_FILE} and its .mdx files`,
      ),
    );
  const interviews: InterviewFolder[] = [];
  for (const folder of entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    const result = readInterviewFolder(root, join(dir, folder));
    issues.push(...result.issues);
    if (result.interview) interviews.push(result.interview);
  }
  return { interviews, issues };
}

/** Reads one interview folder: its metadata, its answers, and checks the answers against each other. */
function readInterviewFolder(root: string, dir: string): { interview?: InterviewFolder; issues: ContentIssue[] } {
  const id = basename(dir);
  const issues: ContentIssue[] = [];
  if (!INTERVIEW_ID_PATTERN.test(id)) {
    issues.push(
      fileIssue(
        dir,
        `'${id}' is not a valid interview folder name`,
        'name it in lower-case words joined by hyphens: it becomes part of every URL of the interview',
      ),
    );
  } else if ((RESERVED_FIRST_SEGMENTS as readonly string[]).includes(id)) {
    issues.push(
      fileIssue(
        dir,
        `'${id}' is a section of the site, so it cannot name an interview`,
        `rename the folder: its name is the first segment of the interview's URLs, and /${id}/ is taken`,
      ),
    );
  }

  const files = readdirSync(join(root, dir)).filter((entry) => !entry.startsWith('.'));
  for (const stray of files.filter(
    (entry) => entry !== INTERVIEW_FILE && entry !== SOURCE_FILE && !entry.endsWith('.mdx'),
  )) {
    issues.push(
      fileIssue(
        join(dir, stray),
        'not part of an interview',
        `an interview folder holds ${INTERVIEW_FILE}, one .mdx file a question and, if you have it, the source text as ${SOURCE_FILE}; rename it or move it out`,
      ),
    );
  }

  const meta = readMeta(root, join(dir, INTERVIEW_FILE));
  issues.push(...meta.issues);

  const answerFiles = files.filter((entry) => entry.endsWith('.mdx')).sort();
  if (answerFiles.length === 0)
    issues.push(
      fileIssue(dir, 'an interview with no answers', 'add one MDX file per question, such as 01-history.mdx'),
    );
  const answers: { answer: AnswerFile; source: YamlSource }[] = [];
  for (const name of answerFiles) {
    const file = join(dir, name);
    const result = parseAnswerFile(readFileSync(join(root, file), 'utf8'), file);
    issues.push(...result.issues);
    if (result.answer && result.source) answers.push({ answer: result.answer, source: result.source });
  }
  issues.push(...duplicates(answers, 'slug'), ...duplicates(answers, 'order'));

  if (!meta.data) return { issues };
  const organisationRefs = meta.organisationRefs ?? [];
  const ordered = answers.map(({ answer }) => answer).sort((a, b) => a.frontmatter.order - b.frontmatter.order);
  const sourceFile = files.includes(SOURCE_FILE) ? join(dir, SOURCE_FILE) : undefined;
  return {
    interview: { id, meta: meta.data, answers: ordered, organisationRefs, ...(sourceFile && { sourceFile }) },
    issues,
  };
}

/** Reads and validates an interview's metadata file. */
function readMeta(
  root: string,
  file: string,
): { data?: Interview; organisationRefs?: MetaActorRef[]; issues: ContentIssue[] } {
  if (!existsSync(join(root, file))) {
    return {
      issues: [
        fileIssue(
          dirname(file),
          `no ${INTERVIEW_FILE}`,
          'add the title, credit, description, date and sourceNote of the interview',
        ),
      ],
    };
  }
  const { source, issues } = parseYamlSource(readFileSync(join(root, file), 'utf8'), file);
  if (!source) return { issues };
  const result = interviewSchema.safeParse(source.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, source, file, interviewSchema.shape) };
  const { memberships, membershipNotes, timeline } = result.data;
  const organisationRefs = [
    ...memberships.map((actor, index) => ({ actor, file, ...source.locate(['memberships', index]) })),
    ...Object.keys(membershipNotes).map((actor) => ({ actor, file, ...source.locateKey(['membershipNotes', actor]) })),
    ...timeline.map((actor, index) => ({ actor, file, ...source.locate(['timeline', index]) })),
  ];
  const stray = Object.keys(membershipNotes).filter((actor) => !memberships.includes(actor));
  const strayIssues = stray.map((actor) => ({
    file,
    ...source.locateKey(['membershipNotes', actor]),
    message: `a note for '${actor}', which is not a column of the table`,
    hint: `add ${actor} to memberships, or remove its note`,
  }));
  return { data: result.data, organisationRefs, issues: strayIssues };
}

/** Parses and validates one answer file on its own. */
function parseAnswerFile(
  text: string,
  file: string,
): { answer?: AnswerFile; source?: YamlSource; issues: ContentIssue[] } {
  const split = splitFrontmatter(text);
  if ('problem' in split) {
    return {
      issues: [
        {
          file,
          line: split.line,
          column: 1,
          message: split.problem,
          hint: "start the file with '---', then question, order and slug, then '---'",
        },
      ],
    };
  }
  const { source, issues } = parseYamlSource(split.yaml, file, split.yamlFirstLine);
  if (!source) return { issues };
  const result = answerSchema.safeParse(source.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, source, file, answerSchema.shape) };

  const frontmatter = result.data;
  const problems: ContentIssue[] = [];
  if ((RESERVED_ANCHORS as readonly string[]).includes(frontmatter.slug)) {
    problems.push({
      file,
      ...source.locate(['slug']),
      message: `slug '${frontmatter.slug}' is an anchor the page already uses`,
      hint: `choose another slug; reserved: ${RESERVED_ANCHORS.join(', ')}`,
    });
  }
  if ((INTERVIEW_SECTIONS as readonly string[]).includes(frontmatter.slug)) {
    problems.push({
      file,
      ...source.locate(['slug']),
      message: `slug '${frontmatter.slug}' is the address of the interview's ${frontmatter.slug} page`,
      hint: `choose another slug; an answer's page is /<interview>/<slug>/, and ${INTERVIEW_SECTIONS.map((section) => `/<interview>/${section}/`).join(' and ')} are taken`,
    });
  }
  const prefix = RESERVED_PREFIXES.find((reserved) => frontmatter.slug.startsWith(reserved));
  if (prefix) {
    problems.push({
      file,
      ...source.locate(['slug']),
      message: `slug '${frontmatter.slug}' starts with '${prefix}', which generated anchors use`,
      hint: `choose a slug that does not start with ${RESERVED_PREFIXES.join(', ')}`,
    });
  }
  const body = split.body.trim() === '' ? undefined : readAnswerBody(split.body, file, split.bodyFirstLine);
  if (!body) {
    problems.push({
      file,
      line: split.bodyFirstLine,
      column: 1,
      message: 'empty answer',
      hint: 'write the answer below the frontmatter, one paragraph a block',
    });
  }
  problems.push(...(body?.issues ?? []));
  const answer = {
    file,
    text,
    body: split.body,
    frontmatter,
    slugAt: source.locate(['slug']),
    paragraphs: body?.paragraphs ?? 0,
    marks: body?.marks ?? [],
  };
  return { answer, source, issues: problems };
}

function duplicates(
  answers: readonly { answer: AnswerFile; source: YamlSource }[],
  key: 'slug' | 'order',
): ContentIssue[] {
  const seen = new Map<string | number, string>();
  const issues: ContentIssue[] = [];
  for (const { answer, source } of answers) {
    const value = answer.frontmatter[key];
    const first = seen.get(value);
    if (first) {
      issues.push({
        file: answer.file,
        ...source.locate([key]),
        message: `duplicate ${key} '${value}', already used by ${first}`,
        hint: `each answer in an interview needs its own ${key}`,
      });
    } else {
      seen.set(value, answer.file);
    }
  }
  return issues;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { answerSchema, type AnswerFrontmatter } from './answer-schema';
import type { ContentIssue } from './content-error';
import { splitFrontmatter } from './frontmatter';
import { interviewSchema, type Interview } from './interview-schema';
import { schemaIssues } from './schema-issues';
import { parseYamlSource, type YamlSource } from './yaml-source';

/** Ids the page frame uses; an answer slug may not take one. */
export const RESERVED_ANCHORS = ['main', 'contents', 'actors', 'top', 'search', 'about'] as const;
/** Prefixes of generated ids (`actor-sco`, `gloss-history-sco`); an answer slug may not start with one. */
export const RESERVED_PREFIXES = ['actor-', 'gloss-', 'mention-', 'kind-', 'question-'] as const;

export interface AnswerFile {
  file: string;
  frontmatter: AnswerFrontmatter;
}

export interface InterviewFolder {
  id: string;
  meta: Interview;
  answers: AnswerFile[];
}

const INTERVIEW_FILE = 'interview.yaml';

/** Reads every interview folder under `dir`: its `interview.yaml` and one MDX file per question. */
export function readInterviews(root: string, dir: string): { interviews: InterviewFolder[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const interviews: InterviewFolder[] = [];
  const entries = readdirSync(join(root, dir), { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  const folders = entries.filter((entry) => entry.isDirectory());
  for (const stray of entries.filter((entry) => !entry.isDirectory())) {
    issues.push({
      file: relative(root, join(root, dir, stray.name)),
      line: 1,
      column: 1,
      message: 'not in an interview folder',
      hint: `each interview is a folder of its own: ${dir}/<interview>/${INTERVIEW_FILE} and its .mdx files`,
    });
  }

  for (const folder of folders.map((entry) => entry.name).sort()) {
    const folderPath = join(root, dir, folder);
    const metaPath = join(folderPath, INTERVIEW_FILE);
    const metaFile = relative(root, metaPath);
    if (!existsSync(metaPath)) {
      issues.push({ file: relative(root, folderPath), line: 1, column: 1, message: `no ${INTERVIEW_FILE}`, hint: 'add the title, credit, description, date and sourceNote of the interview' });
      continue;
    }
    const meta = parseYamlSource(readFileSync(metaPath, 'utf8'), metaFile);
    issues.push(...meta.issues);
    const metaResult = meta.source ? interviewSchema.safeParse(meta.source.data ?? {}) : undefined;
    if (meta.source && metaResult && !metaResult.success) {
      issues.push(...schemaIssues(metaResult.error, meta.source, metaFile, interviewSchema.shape));
    }

    const answers: { answer: AnswerFile; source: YamlSource }[] = [];
    const files = readdirSync(folderPath).filter((entry) => !entry.startsWith('.'));
    const answerFiles = files.filter((entry) => entry.endsWith('.mdx')).sort();
    for (const stray of files.filter((entry) => entry !== INTERVIEW_FILE && !entry.endsWith('.mdx'))) {
      issues.push({
        file: relative(root, join(folderPath, stray)),
        line: 1,
        column: 1,
        message: 'not part of an interview',
        hint: `an interview folder holds ${INTERVIEW_FILE} and one .mdx file a question; rename it or move it out`,
      });
    }
    for (const name of answerFiles) {
      const file = relative(root, join(folderPath, name));
      const result = parseAnswerFile(readFileSync(join(folderPath, name), 'utf8'), file);
      issues.push(...result.issues);
      if (result.answer && result.source) answers.push({ answer: result.answer, source: result.source });
    }
    if (answerFiles.length === 0) {
      issues.push({ file: relative(root, folderPath), line: 1, column: 1, message: 'an interview with no answers', hint: 'add one MDX file per question, such as 01-history.mdx' });
    }
    issues.push(...duplicates(answers, 'slug'), ...duplicates(answers, 'order'));

    if (metaResult?.success) interviews.push({ id: folder, meta: metaResult.data, answers: answers.map(({ answer }) => answer).sort((a, b) => a.frontmatter.order - b.frontmatter.order) });
  }
  return { interviews, issues };
}

/** Parses and validates one answer file on its own. */
export function parseAnswerFile(text: string, file: string): { answer?: AnswerFile; source?: YamlSource; issues: ContentIssue[] } {
  const split = splitFrontmatter(text);
  if ('problem' in split) {
    return { issues: [{ file, line: split.line, column: 1, message: split.problem, hint: "start the file with '---', then question, order and slug, then '---'" }] };
  }
  const { source, issues } = parseYamlSource(split.yaml, file, split.yamlFirstLine);
  if (!source) return { issues };
  const result = answerSchema.safeParse(source.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, source, file, answerSchema.shape) };

  const frontmatter = result.data;
  const problems: ContentIssue[] = [];
  if ((RESERVED_ANCHORS as readonly string[]).includes(frontmatter.slug)) {
    problems.push({ file, ...source.locate(['slug']), message: `slug '${frontmatter.slug}' is an anchor the page already uses`, hint: `choose another slug; reserved: ${RESERVED_ANCHORS.join(', ')}` });
  }
  const prefix = RESERVED_PREFIXES.find((reserved) => frontmatter.slug.startsWith(reserved));
  if (prefix) {
    problems.push({ file, ...source.locate(['slug']), message: `slug '${frontmatter.slug}' starts with '${prefix}', which generated anchors use`, hint: `choose a slug that does not start with ${RESERVED_PREFIXES.join(', ')}` });
  }
  if (split.body.trim() === '') {
    problems.push({ file, line: split.bodyFirstLine, column: 1, message: 'empty answer', hint: 'write the answer below the frontmatter, one paragraph a block' });
  }
  return { answer: { file, frontmatter }, source, issues: problems };
}

function duplicates(answers: readonly { answer: AnswerFile; source: YamlSource }[], key: 'slug' | 'order'): ContentIssue[] {
  const seen = new Map<string | number, string>();
  const issues: ContentIssue[] = [];
  for (const { answer, source } of answers) {
    const value = answer.frontmatter[key];
    const first = seen.get(value);
    if (first) {
      issues.push({ file: answer.file, ...source.locate([key]), message: `duplicate ${key} '${value}', already used by ${first}`, hint: `each answer in an interview needs its own ${key}` });
    } else {
      seen.set(value, answer.file);
    }
  }
  return issues;
}

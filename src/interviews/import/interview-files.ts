import { stringify } from 'yaml';
import type { ActorRegistry } from '../../actors/read-actors';
import { INTERVIEW_SECTIONS, RESERVED_FIRST_SEGMENTS } from '../../site/urls';
import { RESERVED_ANCHORS, RESERVED_PREFIXES } from '../read-interviews';
import { markFirstMentions } from './mark-first-mentions';
import type { PlainTextInterview, SplitProblem } from './split-plain-text';

/** Words a slug made from a question leaves out. */
const STOP_WORDS = new Set(
  'a an and are as at be besides but by can do does for from has have how in is it its of on or so that the their there this to was were what when where which who why will with would you your'.split(
    ' ',
  ),
);

/** Lower-case ASCII words of a text, accents dropped: `Sino-Russian friendship` → `sino`, `russian`, `friendship`. */
const wordsOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The interview's folder name: the words of its title before any colon, `Trade talks: “…”` → `trade-talks`. */
export function folderNameFor(title: string): string {
  const id = wordsOf(title.split(':')[0]!).slice(0, 6).join('-') || 'interview';
  return (RESERVED_FIRST_SEGMENTS as readonly string[]).includes(id) ? `${id}-interview` : id;
}

const isReservedSlug = (slug: string) =>
  (RESERVED_ANCHORS as readonly string[]).includes(slug) ||
  (INTERVIEW_SECTIONS as readonly string[]).includes(slug) ||
  RESERVED_PREFIXES.some((prefix) => slug.startsWith(prefix));

/** An answer's slug from its question: up to three of its telling words, unique in the interview. */
function slugsOf(questions: readonly string[]): string[] {
  const taken = new Set<string>();
  return questions.map((question, index) => {
    const words = wordsOf(question).filter((word) => !STOP_WORDS.has(word) && !/\d/.test(word));
    let slug = words.slice(0, 3).join('-') || 'question';
    if (isReservedSlug(slug)) slug = `${slug}-answer`;
    while (taken.has(slug)) slug = `${slug}-${'abcdefghijklmnopqrstuvwxyz'[index % 26]}`;
    taken.add(slug);
    return slug;
  });
}

/** Characters an MDX answer would read as code: refused, with where they stand, since no answer may hold them. */
export function codeCharacters(text: string): SplitProblem[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, index) =>
      [...line.matchAll(/[<{}]/g)].map((match) => ({
        line: index + 1,
        message: `'${match[0]}' at column ${match.index + 1}, which an answer cannot hold: MDX reads it as code`,
        hint: 'rewrite the passage by hand in the MDX file once it is imported, or ask for the character to be supported',
      })),
    );
}

/** The first sentence of the answers, cut to fit a link preview: a starting point for the editors' description. */
function descriptionOf(interview: PlainTextInterview): string {
  const first = interview.answers[0]?.paragraphs[0] ?? interview.title;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return sentence.length <= 200 ? sentence : `${sentence.slice(0, 199).replace(/\s+\S*$/, '')}…`;
}

export interface ImportedInterview {
  id: string;
  /** File name → text, for `content/interviews/<id>/`. */
  files: Record<string, string>;
  /** The actors marked in each answer, for the editor to review. */
  marked: { file: string; actors: string[] }[];
}

/**
 * The content files of an interview read from plain text: `interview.yaml`, one MDX file per
 * question with the first mention of each known actor marked, and the source kept as `source.txt`.
 */
export function interviewFiles(
  interview: PlainTextInterview,
  source: string,
  registry: ActorRegistry,
  options: { id?: string | undefined; date: string; sourceName: string; importedOn: string },
): ImportedInterview {
  const id = options.id ?? folderNameFor(interview.title);
  const slugs = slugsOf(interview.answers.map((answer) => answer.question));
  const files: Record<string, string> = {};
  const marked: ImportedInterview['marked'] = [];
  const leftOut = interview.leftOut.map(({ text }) => `“${text}”`).join(', ');
  files['interview.yaml'] = stringify(
    {
      title: interview.title,
      credit: interview.credit,
      description: descriptionOf(interview),
      date: options.date,
      sourceNote:
        `Imported from ${options.sourceName} on ${options.importedOn}; the words are as the file gives them.` +
        (leftOut ? ` Left out after the credit line: ${leftOut}.` : '') +
        ' The editors have yet to review the description, the date and the actor marks.',
    },
    { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 },
  );
  interview.answers.forEach((answer, index) => {
    const file = `${String(index + 1).padStart(2, '0')}-${slugs[index]}.mdx`;
    const { paragraphs, marked: actors } = markFirstMentions(answer.paragraphs, registry);
    marked.push({ file, actors });
    files[file] =
      `---\nquestion: ${JSON.stringify(answer.question)}\norder: ${index + 1}\nslug: ${slugs[index]}\n---\n\n` +
      `${paragraphs.join('\n\n')}\n`;
  });
  files['source.txt'] = source;
  return { id, files, marked };
}

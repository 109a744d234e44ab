import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentIssue } from './content-error';
import { schemaIssues } from './schema-issues';
import { parseYamlSource, type YamlSource } from './yaml-source';

/** One file of a folder of YAML entries, valid by its schema. */
export interface YamlEntry<T> {
  /** The file's name without `.yaml`. */
  id: string;
  /** The file, relative to the project root, for error messages. */
  file: string;
  data: T;
  /** The parsed text, to say where a value stands. */
  source: YamlSource;
}

interface FolderRules<T> {
  schema: z.ZodType<T> & { shape: Record<string, unknown> };
  /** What the ids must look like. */
  idPattern: RegExp;
  /** What one file is, for "not a … file": `note`. */
  what: string;
  /** A file name to give as an example in hints: `states-of-the-states.yaml`. */
  example: string;
}

/**
 * Reads `<dir>/*.yaml`, one entry a file named for its id, each checked against its schema. A folder
 * that does not exist has no entries. Every problem is an issue with its file and line; a file with
 * one is left out of the entries.
 */
export function readYamlFolder<T>(
  root: string,
  dir: string,
  { schema, idPattern, what, example }: FolderRules<T>,
): { entries: YamlEntry<T>[]; issues: ContentIssue[] } {
  if (!existsSync(join(root, dir))) return { entries: [], issues: [] };
  const entries: YamlEntry<T>[] = [];
  const issues: ContentIssue[] = [];
  for (const name of readdirSync(join(root, dir))
    .filter((entry) => !entry.startsWith('.'))
    .sort()) {
    const file = relative(root, join(root, dir, name));
    const id = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !idPattern.test(id)) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: `not a ${what} file`,
        hint: `a ${what} is <id>.yaml, its id lower-case words joined by hyphens, such as ${example}`,
      });
      continue;
    }
    const { source, issues: yamlIssues } = parseYamlSource(readFileSync(join(root, dir, name), 'utf8'), file);
    issues.push(...yamlIssues);
    if (!source) continue;
    const result = schema.safeParse(source.data ?? {});
    if (!result.success) {
      issues.push(...schemaIssues(result.error, source, file, schema.shape));
      continue;
    }
    entries.push({ id, file, data: result.data, source });
  }
  return { entries, issues };
}

import type { z } from 'astro/zod';
import type { ContentIssue } from './content-error';
import { didYouMean } from './did-you-mean';
import type { YamlSource } from './yaml-source';

type Shape = Record<string, unknown>;

/** The field names an object schema accepts at `path`, for "did you mean" hints. */
function keysAt(shape: Shape, path: readonly PropertyKey[]): string[] {
  let current: unknown = { shape };
  for (const segment of path) {
    if (typeof segment === 'number') {
      current = (current as { element?: unknown }).element ?? unwrap(current).element;
      continue;
    }
    current = unwrap(current).shape?.[segment as string];
  }
  return Object.keys(unwrap(current).shape ?? {});
}

interface SchemaLike {
  shape?: Shape;
  element?: unknown;
  def?: { innerType?: unknown; out?: unknown };
}
/** Zod wraps optional, defaulted and preprocessed schemas; this reaches the object or array inside. */
function unwrap(schema: unknown): SchemaLike {
  let current = schema as SchemaLike | undefined;
  for (let i = 0; i < 5 && current?.def && !current.shape && !current.element; i++) {
    current = (current.def.innerType ?? current.def.out) as SchemaLike | undefined;
  }
  return current ?? {};
}

/** The value at `path` in parsed data, or undefined where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const describePath = (path: readonly PropertyKey[]) =>
  path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('')
    .replace(/^\./, '');

/**
 * Turns a zod validation error into issues that point at the line of the offending value,
 * each with a hint an author can act on.
 */
export function schemaIssues(error: z.ZodError, source: YamlSource, file: string, shape: Shape): ContentIssue[] {
  return error.issues.flatMap((issue): ContentIssue[] => {
    const path = issue.path;
    const field = describePath(path);

    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(shape, path);
      return issue.keys.map((key) => ({
        file,
        ...source.locateKey([...path, key]),
        message: `unknown field '${describePath([...path, key])}'`,
        hint: didYouMean(key, allowed, `remove it; allowed here: ${allowed.join(', ')}`),
      }));
    }

    const missing = issue.code === 'invalid_type' && valueAt(source.data, path) === undefined;
    if (missing) {
      return [
        { file, ...source.locate(path), message: `missing field '${field}'`, hint: `add '${String(path.at(-1))}: …'` },
      ];
    }

    const value = valueAt(source.data, path);
    const hint =
      issue.code === 'invalid_value'
        ? `use one of: ${issue.values.map(String).join(', ')}`
        : issue.code === 'invalid_type'
          ? `expected ${issue.expected}`
          : issue.code === 'too_big' && typeof value === 'string'
            ? `it has ${value.length} characters: cut ${value.length - Number(issue.maximum)}`
            : 'see the comment on this field in its schema (src/*/*-schema.ts)';
    return [{ file, ...source.locate(path), message: `'${field}': ${issue.message}`, hint }];
  });
}

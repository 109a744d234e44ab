import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACTOR_ID_PATTERN, actorSchema, type Actor } from './actor-schema';
import type { ContentIssue } from '../content-model/content-error';
import { readContentFolder } from '../content-model/content-folder';
import { didYouMean } from '../content-model/did-you-mean';
import { schemaIssues } from '../content-model/schema-issues';
import { parseYamlSource, type YamlSource } from '../content-model/yaml-source';

/** Every actor by id, and every name or alias (folded to lower case) to the actor it names. */
export interface ActorRegistry {
  actors: ReadonlyMap<string, Actor>;
  byAlias: ReadonlyMap<string, string>;
}

interface ParsedActor {
  actor: Actor;
  file: string;
  source: YamlSource;
}

/** Names are matched without regard to case or to the kind of dash. */
export const foldName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .trim();

/** Reads `<dir>/*.yaml`, one actor a file named for its id, and checks them against each other. */
export function readActors(root: string, dir: string): { registry: ActorRegistry; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const parsed: ParsedActor[] = [];
  /** Actors whose file exists but was refused, with the last issue reported for it. */
  const refused = new Map<string, ContentIssue>();

  const folder = readContentFolder(
    root,
    dir,
    `one YAML file per actor, named for its id, such as ${ACTOR_FILE_EXAMPLE}`,
  );
  if (folder.issue) return { registry: { actors: new Map(), byAlias: new Map() }, issues: [folder.issue] };
  for (const name of folder.entries.map((entry) => entry.name).sort()) {
    const file = relative(root, join(root, dir, name));
    const id = name.slice(0, -'.yaml'.length);
    if (!name.endsWith('.yaml')) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: 'not an actor file',
        hint: `actor files end in .yaml, such as ${ACTOR_FILE_EXAMPLE}`,
      });
    } else if (!ACTOR_ID_PATTERN.test(id)) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: `'${id}' is not a valid actor id`,
        hint: `name the file in lower-case words joined by hyphens, such as ${ACTOR_FILE_EXAMPLE}`,
      });
    } else if (/^\d+$/.test(id)) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: `'${id}' is a number, and /actors/${id}/ is a page of the who's who`,
        hint: `name the file in words, such as ${ACTOR_FILE_EXAMPLE}`,
      });
    } else {
      const result = parseActorFile(readFileSync(join(root, dir, name), 'utf8'), file, id);
      issues.push(...result.issues);
      if (result.parsed) parsed.push(result.parsed);
      else if (result.issues.length > 0) refused.set(id, result.issues.at(-1)!);
    }
  }

  const actors = new Map(parsed.map(({ actor }) => [actor.id, actor]));
  const names = indexNames(parsed);
  const memberships = checkMemberships(parsed, actors, refused);
  issues.push(...names.issues, ...memberships.issues, ...checkOtherMembers(parsed, names.byAlias));
  // What depends on a refused actor is not checked against it, and its own message says so.
  for (const [id, count] of memberships.unchecked) {
    const last = refused.get(id)!;
    const dependents = count === 1 ? '1 membership of it' : `${count} memberships of it`;
    last.hint = `${last.hint ?? 'fix it'}; until then, the ${dependents} in other actors' files are not checked`;
  }
  return { registry: { actors, byAlias: names.byAlias }, issues };
}

const ACTOR_FILE_EXAMPLE = 'an-organisation.yaml';

/** Parses and validates one actor file on its own. */
function parseActorFile(text: string, file: string, id: string): { parsed?: ParsedActor; issues: ContentIssue[] } {
  const { source, issues } = parseYamlSource(text, file);
  if (!source) return { issues };
  const result = actorSchema.safeParse(source.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, source, file, actorSchema.shape) };
  return { parsed: { actor: { ...result.data, id }, file, source }, issues: [] };
}

/** Every name and alias to its actor; a name claimed by a second actor is reported where it is claimed. */
function indexNames(parsed: readonly ParsedActor[]): { byAlias: Map<string, string>; issues: ContentIssue[] } {
  const byAlias = new Map<string, string>();
  const fileOf = new Map(parsed.map(({ actor, file }) => [actor.id, file]));
  const issues: ContentIssue[] = [];
  for (const { actor, file, source } of parsed) {
    [actor.name, ...actor.aliases].forEach((name, index) => {
      const folded = foldName(name);
      const owner = byAlias.get(folded);
      if (!owner) {
        byAlias.set(folded, actor.id);
      } else if (owner !== actor.id) {
        issues.push({
          file,
          ...source.locate(index === 0 ? ['name'] : ['aliases', index - 1]),
          message: `alias '${name}' is already claimed by actor '${owner}' (${fileOf.get(owner)})`,
          hint: 'a name may point to one actor only: remove it here or there',
        });
      }
    });
  }
  return { byAlias, issues };
}

/**
 * Every membership points to an organisation that exists. A membership of an actor whose own file
 * was refused is not checked, but counted, so that the refusal can say what waits on it.
 */
function checkMemberships(
  parsed: readonly ParsedActor[],
  actors: ReadonlyMap<string, Actor>,
  refused: ReadonlyMap<string, unknown>,
): { issues: ContentIssue[]; unchecked: Map<string, number> } {
  const unchecked = new Map<string, number>();
  const issues = parsed.flatMap(({ actor, file, source }) =>
    actor.memberships.flatMap((membership, index): ContentIssue[] => {
      const target = actors.get(membership.of);
      const at = source.locate(['memberships', index, 'of']);
      if (!target && refused.has(membership.of)) {
        unchecked.set(membership.of, (unchecked.get(membership.of) ?? 0) + 1);
        return [];
      }
      if (!target) {
        return [
          {
            file,
            ...at,
            message: `membership of unknown actor '${membership.of}'`,
            hint: didYouMean(membership.of, actors.keys(), `add content/actors/${membership.of}.yaml or fix the id`),
          },
        ];
      }
      if (membership.to !== undefined && membership.to < membership.from) {
        return [{ file, ...source.locate(['memberships', index, 'to']), ...ENDS_BEFORE_IT_BEGINS }];
      }
      if (target.kind !== 'organisation') {
        return [
          {
            file,
            ...at,
            message: `membership of '${membership.of}', which is a ${target.kind}, not an organisation`,
            hint: 'memberships point to organisation actors',
          },
        ];
      }
      const continued = membership.continues && actors.get(membership.continues);
      if (
        membership.continues &&
        !(
          continued &&
          continued.memberships.some((earlier) => earlier.of === membership.of && earlier.to === membership.from)
        )
      ) {
        return [
          {
            file,
            ...source.locate(['memberships', index, 'continues']),
            message: `'${membership.continues}' has no membership of '${membership.of}' that ends in ${membership.from}`,
            hint: `name the actor whose membership of '${membership.of}' this one continues, with 'to: ${membership.from}' in its own file`,
          },
        ];
      }
      return [];
    }),
  );
  return { issues, unchecked };
}

const ENDS_BEFORE_IT_BEGINS = {
  message: 'a membership that ends before it begins',
  hint: "'to' is the year the member left; it cannot be before 'from'",
};

/** Other members belong to organisations, are not actors themselves, and end after they begin. */
function checkOtherMembers(parsed: readonly ParsedActor[], byAlias: ReadonlyMap<string, string>): ContentIssue[] {
  return parsed.flatMap(({ actor, file, source }): ContentIssue[] => {
    if (actor.otherMembers.length > 0 && actor.kind !== 'organisation') {
      return [
        {
          file,
          ...source.locate(['otherMembers']),
          message: `a ${actor.kind} with other members`,
          hint: "only organisations list 'otherMembers'; a member records its own 'memberships'",
        },
      ];
    }
    return actor.otherMembers.flatMap((member, index): ContentIssue[] => {
      const memberActor = byAlias.get(foldName(member.name));
      if (memberActor) {
        return [
          {
            file,
            ...source.locate(['otherMembers', index, 'name']),
            message: `'${member.name}' is actor '${memberActor}', not another member`,
            hint: `record the membership in content/actors/${memberActor}.yaml under 'memberships', with 'of: ${actor.id}'`,
          },
        ];
      }
      if (member.to !== undefined && member.to < member.from) {
        return [{ file, ...source.locate(['otherMembers', index, 'to']), ...ENDS_BEFORE_IT_BEGINS }];
      }
      return [];
    });
  });
}

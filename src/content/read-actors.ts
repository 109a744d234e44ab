import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACTOR_ID_PATTERN, actorSchema, type Actor } from './actor-schema';
import type { ContentIssue } from './content-error';
import { didYouMean } from './did-you-mean';
import { schemaIssues } from './schema-issues';
import { parseYamlSource, type YamlSource } from './yaml-source';

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
export const foldName = (name: string) => name.toLowerCase().replace(/[\u2010-\u2015]/g, '-').trim();

/** Reads `<dir>/*.yaml`, one actor a file named for its id, and checks them against each other. */
export function readActors(root: string, dir: string): { registry: ActorRegistry; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const parsed: ParsedActor[] = [];

  for (const name of readdirSync(join(root, dir)).filter((entry) => entry.endsWith('.yaml')).sort()) {
    const file = relative(root, join(root, dir, name));
    const id = name.slice(0, -'.yaml'.length);
    if (!ACTOR_ID_PATTERN.test(id)) {
      issues.push({ file, line: 1, column: 1, message: `'${id}' is not a valid actor id`, hint: 'name the file in lower-case words joined by hyphens, such as un-security-council.yaml' });
      continue;
    }
    const result = parseActorFile(readFileSync(join(root, dir, name), 'utf8'), file, id);
    issues.push(...result.issues);
    if (result.parsed) parsed.push(result.parsed);
  }

  const actors = new Map(parsed.map(({ actor }) => [actor.id, actor]));
  issues.push(...crossCheck(parsed, actors));
  const byAlias = new Map<string, string>();
  for (const { actor } of parsed) for (const name of [actor.name, ...actor.aliases]) byAlias.set(foldName(name), actor.id);
  return { registry: { actors, byAlias }, issues };
}

/** Parses and validates one actor file on its own. */
export function parseActorFile(text: string, file: string, id: string): { parsed?: ParsedActor; issues: ContentIssue[] } {
  const { source, issues } = parseYamlSource(text, file);
  if (!source) return { issues };
  const result = actorSchema.safeParse(source.data ?? {});
  if (!result.success) return { issues: schemaIssues(result.error, source, file, actorSchema.shape) };
  return { parsed: { actor: { ...result.data, id }, file, source }, issues: [] };
}

/** Checks that need every actor: no name claimed twice, no membership of an unknown organisation. */
function crossCheck(parsed: readonly ParsedActor[], actors: ReadonlyMap<string, Actor>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const claimedBy = new Map<string, { id: string; file: string }>();

  for (const { actor, file, source } of parsed) {
    const names = [actor.name, ...actor.aliases];
    names.forEach((name, index) => {
      const folded = foldName(name);
      const owner = claimedBy.get(folded);
      const path = index === 0 ? ['name'] : ['aliases', index - 1];
      if (owner && owner.id !== actor.id) {
        issues.push({
          file,
          ...source.locate(path),
          message: `alias '${name}' is already claimed by actor '${owner.id}' (${owner.file})`,
          hint: 'a name may point to one actor only: remove it here or there',
        });
      } else if (!owner) {
        claimedBy.set(folded, { id: actor.id, file });
      }
    });

    actor.memberships.forEach((membership, index) => {
      const target = actors.get(membership.of);
      const path = ['memberships', index, 'of'];
      if (!target) {
        issues.push({
          file,
          ...source.locate(path),
          message: `membership of unknown actor '${membership.of}'`,
          hint: didYouMean(membership.of, actors.keys(), `add content/actors/${membership.of}.yaml or fix the id`),
        });
      } else if (target.kind !== 'organisation') {
        issues.push({
          file,
          ...source.locate(path),
          message: `membership of '${membership.of}', which is a ${target.kind}, not an organisation`,
          hint: 'memberships point to organisation actors',
        });
      }
    });
  }
  return issues;
}

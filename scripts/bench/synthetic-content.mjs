// Synthetic content for the scale benchmark: N interviews of ten answers each, with the same schema
// and the same shape as the real interview (about 330 words an answer in three or four paragraphs,
// about fifteen marked mentions), drawing actors from a larger synthetic set, the often-named more
// often than the rest (a Zipf-like draw), as real interviews do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ANSWERS_PER_INTERVIEW = 10;
const SLUGS = [
  'origins',
  'trade',
  'security',
  'energy',
  'diplomacy',
  'alliances',
  'sanctions',
  'technology',
  'outlook',
  'summary',
];
const KINDS = ['country', 'country', 'country', 'organisation', 'person', 'event', 'place'];
// Syllables that make no English word, so that no actor's name turns up in the filler text.
const SYLLABLES = [
  'zor',
  'vak',
  'quel',
  'dran',
  'yth',
  'mok',
  'trev',
  'ulm',
  'ksi',
  'bazh',
  'oru',
  'fenn',
  'grav',
  'ixa',
  'lut',
  'phae',
];
const WORDS = (
  'the relationship between both sides has changed since the end of the last decade and trade security energy ' +
  'policy remains central to what each government wants while partners watch closely how influence grows in the ' +
  'region and beyond as diplomats negotiate new agreements that neither side fully trusts yet both still need'
).split(' ');

/** A small seeded generator (mulberry32), so that every run writes the same content. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capitalise = (word) => word[0].toUpperCase() + word.slice(1);
/** A distinct made-up name for actor `index`: its syllables spell the index in base 16. */
function nameOf(index) {
  let name = '';
  let rest = index + 16;
  while (rest > 0) {
    name += SYLLABLES[rest % 16];
    rest = Math.floor(rest / 16);
  }
  return capitalise(name);
}

/** The synthetic actors: id, name, kind and one alias each. */
export function syntheticActors(count) {
  return Array.from({ length: count }, (_, index) => ({
    id: `synthetic-${index + 1}`,
    name: nameOf(index),
    alias: `${nameOf(index).toUpperCase().slice(0, 3)}${index + 1}`,
    kind: KINDS[index % KINDS.length],
  }));
}

const yamlString = (text) => JSON.stringify(text);

function actorYaml({ name, alias, kind }) {
  const gloss = `A ${kind} invented for the scale benchmark, named ${name}. Its gloss is about as long as a real one, so that pages weigh what they would.`;
  return [
    `name: ${yamlString(name)}`,
    `kind: ${kind}`,
    `aliases: [${yamlString(alias)}]`,
    `gloss: ${yamlString(gloss)}`,
    `note: ${yamlString(`${name} exists only in the synthetic content of the scale benchmark. ${gloss}`)}`,
    `asOf: "2026-11-29"`,
    'sources:',
    `  - title: ${yamlString(name)}`,
    '    url: https://example.org/synthetic',
    '',
  ].join('\n');
}

/** A Zipf-like draw: actor k is picked in proportion to 1 / (k + 1). */
function zipfPicker(actors, next) {
  const weights = actors.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return () => {
    let target = next() * total;
    for (let k = 0; k < actors.length; k += 1) {
      target -= weights[k];
      if (target <= 0) return actors[k];
    }
    return actors[actors.length - 1];
  };
}

function sentence(next, words) {
  const length = 12 + Math.floor(next() * 14);
  const chosen = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  chosen[0] = capitalise(chosen[0]);
  words.count += length;
  return chosen;
}

/** One answer's body: about 330 words in three or four paragraphs, about fifteen marked mentions. */
function answerBody(next, pickActor) {
  const paragraphs = [];
  const words = { count: 0 };
  const paragraphCount = 3 + Math.floor(next() * 2);
  for (let p = 0; p < paragraphCount; p += 1) {
    const sentences = [];
    while (words.count < ((p + 1) * 330) / paragraphCount) {
      const chosen = sentence(next, words);
      // About one sentence in two names an actor, and some name two.
      for (let mention = 0; mention < 2 && next() < 0.6; mention += 1) {
        const actor = pickActor();
        const at = 1 + Math.floor(next() * (chosen.length - 1));
        chosen.splice(at, 0, `[${next() < 0.2 ? actor.alias : actor.name}](actor:${actor.id})`);
      }
      sentences.push(`${chosen.join(' ')}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

/**
 * Writes `interviews` synthetic interviews and `actorCount` actors into `contentDir`
 * (`actors/`, `interviews/`, `notes/`), replacing nothing else. Returns how many answers it wrote.
 */
export function writeSyntheticContent(contentDir, { interviews, actorCount = 400, seed = 1 }) {
  const next = random(seed);
  const actors = syntheticActors(actorCount);
  const pickActor = zipfPicker(actors, next);
  mkdirSync(join(contentDir, 'actors'), { recursive: true });
  mkdirSync(join(contentDir, 'notes'), { recursive: true });
  for (const actor of actors) writeFileSync(join(contentDir, 'actors', `${actor.id}.yaml`), actorYaml(actor));
  for (let i = 1; i <= interviews; i += 1) {
    const dir = join(contentDir, 'interviews', `interview-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'interview.yaml'),
      [
        `title: ${yamlString(`Synthetic interview ${i}`)}`,
        `credit: ${yamlString('Interview with a synthetic guest')}`,
        `description: ${yamlString(`Synthetic interview ${i} of ${interviews}, for the scale benchmark.`)}`,
        `date: "2022-03"`,
        `sourceNote: ${yamlString('Synthetic text, generated for the scale benchmark.')}`,
        '',
      ].join('\n'),
    );
    SLUGS.forEach((slug, index) => {
      const frontmatter = `---\nquestion: ${yamlString(`What about ${slug}, in interview ${i}?`)}\norder: ${index + 1}\nslug: ${slug}\n---\n\n`;
      writeFileSync(
        join(dir, `${String(index + 1).padStart(2, '0')}-${slug}.mdx`),
        `${frontmatter}${answerBody(next, pickActor)}\n`,
      );
    });
  }
  return interviews * ANSWERS_PER_INTERVIEW;
}

import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/actors/members';
import { foldName } from '../../src/actors/read-actors';
import { markedActors, model } from '../build/site';

const mentioned = new Set(
  model.interviews.flatMap((interview) => interview.answers.flatMap((answer) => markedActors(answer.file))),
);

describe('the actors', () => {
  it('cover every organisation, country, person and event the issue names', () => {
    const required = [
      'cold-war',
      'us-china-normalisation',
      'kosovo-war',
      'belgrade-embassy-bombing',
      'sco',
      'uzbekistan',
      'kazakhstan',
      'kyrgyzstan',
      'tajikistan',
      'india',
      'pakistan',
      'iran',
      'un-security-council',
      'un-general-assembly',
      'unga-resolution-es-11-1',
      'iraq-war',
      'russian-invasion-of-ukraine',
      'china-ceec',
      'brics',
      'brazil',
      'south-africa',
      'asean',
      'joint-statement-2022',
      'beijing-2022-olympics',
      'state-of-the-union-2022',
      'nato',
      'russia',
      'china',
      'united-states',
      'boris-yeltsin',
      'vladimir-putin',
      'xi-jinping',
      'joe-biden',
    ];
    for (const id of required) {
      expect(model.registry.actors.has(id), id).toBe(true);
      expect(mentioned.has(id), `${id} is never mentioned`).toBe(true);
    }
  });

  it('are each mentioned somewhere in the interview', () => {
    expect([...model.registry.actors.keys()].filter((id) => !mentioned.has(id))).toEqual([]);
  });

  it('name in each organisation’s gloss every later year in which it gained or lost a member', () => {
    // A rule of the data, not a wording: a reader of an interview learns from the gloss what changed
    // since. Changes within the interview's own year may be before or after it, and are left out.
    let checked = 0;
    for (const { id: interviewId, meta, answers } of model.interviews) {
      const year = Number(meta.date.slice(0, 4));
      for (const id of new Set(answers.flatMap((answer) => markedActors(answer.file)))) {
        const actor = model.registry.actors.get(id)!;
        if (actor.kind !== 'organisation') continue;
        const later = membersOf(id, model.registry.actors)
          .flatMap(({ from, to }) => [from, to])
          .filter((changed): changed is number => changed !== undefined && changed > year);
        for (const changed of new Set(later)) {
          expect(actor.gloss, `${id}, named in ${interviewId}`).toContain(String(changed));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('find the 16+1 format by every name it has gone by', () => {
    for (const alias of ['16+1', '16 + 1', '17+1', '14+1', 'China–CEEC'])
      expect(model.registry.byAlias.get(foldName(alias)), alias).toBe('china-ceec');
  });

  it('give organisations the year each named country joined', () => {
    expect(model.registry.actors.get('india')?.memberships).toEqual(
      expect.arrayContaining([expect.objectContaining({ of: 'sco', from: 2017 })]),
    );
    expect(model.registry.actors.get('south-africa')?.memberships).toEqual([
      expect.objectContaining({ of: 'brics', from: 2011 }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/actors/read-actors';
import { markedActors, model } from './site';

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

  it('say where membership changed after the interview', () => {
    const changed = {
      sco: /Iran joined in July 2023 and Belarus in July 2024/,
      brics: /joined in January 2024 and Indonesia in January 2025/,
      'china-ceec': /Estonia and Latvia left in August 2022, leaving 14\+1/,
      nato: /Finland joined on 4 April 2023 and Sweden on 7 March 2024/,
    };
    for (const [id, pattern] of Object.entries(changed)) expect(model.registry.actors.get(id)?.gloss).toMatch(pattern);
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

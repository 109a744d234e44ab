import { describe, expect, it } from 'vitest';
import { actorSchema, GLOSS_MAX_LENGTH } from './actor-schema';

const valid = {
  name: 'NATO',
  kind: 'organisation',
  gloss: 'A military alliance.',
  note: 'Longer.',
  asOf: '2026-11-29',
  sources: [{ title: 'NATO', url: 'https://en.wikipedia.org/wiki/NATO' }],
};

describe('the actor schema', () => {
  it('accepts a minimal actor and fills in empty lists', () => {
    expect(actorSchema.parse(valid)).toMatchObject({ aliases: [], memberships: [], offices: [] });
  });

  it('accepts a gloss of exactly the limit and refuses one character more', () => {
    expect(actorSchema.safeParse({ ...valid, gloss: 'x'.repeat(GLOSS_MAX_LENGTH) }).success).toBe(true);
    expect(actorSchema.safeParse({ ...valid, gloss: 'x'.repeat(GLOSS_MAX_LENGTH + 1) }).success).toBe(false);
  });

  it('requires at least one https source', () => {
    expect(actorSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
    expect(actorSchema.safeParse({ ...valid, sources: [{ title: 'x', url: 'http://example.org/' }] }).success).toBe(
      false,
    );
  });

  it('holds source links to the rule of answers: no javascript:, data: or protocol-relative address', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//example.org/', '/actors/sco/'])
      expect(actorSchema.safeParse({ ...valid, sources: [{ title: 'x', url }] }).success, url).toBe(false);
  });

  it('takes dates as precise as the sources allow, and nothing vaguer', () => {
    for (const date of ['1947', '1999-03', '1999-03-24'])
      expect(actorSchema.safeParse({ ...valid, start: date }).success, date).toBe(true);
    for (const date of ['March 1999', '99', '1999-3-24'])
      expect(actorSchema.safeParse({ ...valid, start: date }).success, date).toBe(false);
  });

  it('turns a YAML date into ISO text', () => {
    expect(actorSchema.parse({ ...valid, founded: new Date('1949-04-04T00:00:00Z') }).founded).toBe('1949-04-04');
  });

  it('refuses fields it does not know', () => {
    expect(actorSchema.safeParse({ ...valid, glos: 'typo' }).success).toBe(false);
  });

  it('records memberships with the year joined and, where it ended, the year left', () => {
    const actor = actorSchema.parse({
      ...valid,
      kind: 'country',
      memberships: [{ of: 'china-ceec', from: 2012, to: 2021 }],
    });
    expect(actor.memberships).toEqual([{ of: 'china-ceec', from: 2012, to: 2021 }]);
    expect(actorSchema.safeParse({ ...valid, memberships: [{ of: 'sco', from: '2001' }] }).success).toBe(false);
  });
});

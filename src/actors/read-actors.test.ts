import { describe, expect, it } from 'vitest';
import { actorYaml, contentFixture } from '../test-support/content-fixture';
import { formatContentIssue } from '../content-model/content-error';
import { readActors } from './read-actors';

const DIR = 'content/actors';
const read = (files: Record<string, string>) =>
  readActors(
    contentFixture(Object.fromEntries(Object.entries(files).map(([name, text]) => [`${DIR}/${name}`, text]))),
    DIR,
  );
const messages = (files: Record<string, string>) => read(files).issues.map(formatContentIssue);

describe('reading actors', () => {
  it('reads a valid actor, with its id from the file name and defaults filled in', () => {
    const { registry, issues } = read({ 'sco.yaml': actorYaml() });
    expect(issues).toEqual([]);
    expect(registry.actors.get('sco')).toMatchObject({ id: 'sco', kind: 'organisation', memberships: [], offices: [] });
  });

  it('reports a missing folder of actors at its path, saying what it holds, instead of a bare ENOENT', () => {
    expect(readActors(contentFixture({}), DIR).issues.map(formatContentIssue)).toEqual([
      'content/actors:1:1 missing folder\n  hint: content/actors/ holds one YAML file per actor, named for its id, such as an-organisation.yaml',
    ]);
  });

  it('finds an actor by its name or any alias, whatever the case or dash', () => {
    const { registry } = read({ 'china-ceec.yaml': actorYaml({ name: '"16+1"', aliases: '["China–CEEC"]' }) });
    expect(registry.byAlias.get('china-ceec')).toBe('china-ceec');
    expect(registry.byAlias.get('16+1')).toBe('china-ceec');
  });

  it('points an unknown field to its line and suggests the field meant', () => {
    expect(messages({ 'sco.yaml': actorYaml({ glos: '"typo"' }) })).toEqual([
      "content/actors/sco.yaml:10:1 unknown field 'glos'\n  hint: did you mean 'gloss'?",
    ]);
  });

  it('reports a missing field with what to add', () => {
    expect(messages({ 'sco.yaml': actorYaml({ note: '' }) })).toEqual([
      "content/actors/sco.yaml:1:1 missing field 'note'\n  hint: add 'note: …'",
    ]);
  });

  it('rejects a gloss over the length limit at the gloss line', () => {
    const [message] = messages({ 'sco.yaml': actorYaml({ gloss: `"${'x'.repeat(301)}"` }) });
    expect(message).toBe(
      "content/actors/sco.yaml:4:8 'gloss': a gloss has at most 300 characters; move detail into 'note'\n  hint: it has 301 characters: cut 1",
    );
  });

  it('lists the allowed kinds when the kind is wrong', () => {
    const [message] = messages({ 'sco.yaml': actorYaml({ kind: 'club' }) });
    expect(message).toContain('content/actors/sco.yaml:2:7');
    expect(message).toContain('hint: use one of: organisation, country, person, event, place');
  });

  it('reports an unclosed quote where it opens, not where the parser gave up, with a hint about quoting', () => {
    const [message] = messages({ 'sco.yaml': 'name: "SCO\nkind: organisation\n' });
    expect(message).toMatch(/^content\/actors\/sco\.yaml:1:7 invalid YAML: Missing closing "quote/);
    expect(message).toContain('hint: check the indentation');
  });

  it('refuses a file name that cannot be an id', () => {
    expect(messages({ 'Bad_Name.yaml': actorYaml() })).toEqual([
      "content/actors/Bad_Name.yaml:1:1 'Bad_Name' is not a valid actor id\n  hint: name the file in lower-case words joined by hyphens, such as an-organisation.yaml",
    ]);
  });

  it("refuses a number as an id, since /actors/2/ is the who's who's second page", () => {
    expect(messages({ '2.yaml': actorYaml() })).toEqual([
      "content/actors/2.yaml:1:1 '2' is a number, and /actors/2/ is a page of the who's who\n  hint: name the file in words, such as an-organisation.yaml",
    ]);
  });

  it('refuses a file that is not YAML rather than ignoring it', () => {
    expect(messages({ 'sco.yml': actorYaml() })).toEqual([
      'content/actors/sco.yml:1:1 not an actor file\n  hint: actor files end in .yaml, such as an-organisation.yaml',
    ]);
  });

  it('refuses an alias claimed by two actors, naming the first owner', () => {
    const [message] = messages({
      'a-sco.yaml': actorYaml(),
      'b-other.yaml': actorYaml({ name: '"Other"', aliases: '["Other body", "sco"]' }),
    });
    expect(message).toBe(
      "content/actors/b-other.yaml:3:25 alias 'sco' is already claimed by actor 'a-sco' (content/actors/a-sco.yaml)\n  hint: a name may point to one actor only: remove it here or there",
    );
  });

  it('refuses a membership that continues one which did not end the year it began', () => {
    const country = (name: string, memberships: string) =>
      actorYaml({ name: `"${name}"`, kind: 'country', aliases: '[]', memberships });
    const files = (ending: number) => ({
      'sco.yaml': actorYaml(),
      'ussr.yaml': country('Soviet Union', `\n  - { of: sco, from: 1945, to: ${ending} }`),
      'russia.yaml': country('Russia', '\n  - { of: sco, from: 1991, continues: ussr }'),
    });
    expect(messages(files(1991))).toEqual([]);
    expect(messages(files(1990))).toEqual([
      "content/actors/russia.yaml:11:39 'ussr' has no membership of 'sco' that ends in 1991\n" +
        "  hint: name the actor whose membership of 'sco' this one continues, with 'to: 1991' in its own file",
    ]);
  });

  it('refuses a membership of an actor that does not exist, suggesting the id meant', () => {
    const [message] = messages({
      'sco.yaml': actorYaml(),
      'india.yaml': actorYaml({
        name: '"India"',
        kind: 'country',
        aliases: '[]',
        memberships: '\n  - { of: sko, from: 2017 }',
      }),
    });
    expect(message).toBe(
      "content/actors/india.yaml:11:11 membership of unknown actor 'sko'\n  hint: did you mean 'sco'?",
    );
  });

  it('reports a refused actor once, saying its members were not checked, rather than once a membership', () => {
    const member = (name: string) =>
      actorYaml({ name: `"${name}"`, kind: 'country', aliases: '[]', memberships: '\n  - { of: sco, from: 2017 }' });
    expect(
      messages({ 'sco.yaml': actorYaml({ kind: 'club' }), 'india.yaml': member('India'), 'iran.yaml': member('Iran') }),
    ).toEqual([
      expect.stringMatching(
        /^content\/actors\/sco\.yaml:\d+:\d+ 'kind': .*\n {2}hint: .*; until then, the 2 memberships of it in other actors' files are not checked$/,
      ),
    ]);
  });

  it('refuses a membership of an actor that is not an organisation', () => {
    const [message] = messages({
      'india.yaml': actorYaml({ name: '"India"', kind: 'country', aliases: '[]' }),
      'nepal.yaml': actorYaml({
        name: '"Nepal"',
        kind: 'country',
        aliases: '[]',
        memberships: '\n  - { of: india, from: 2017 }',
      }),
    });
    expect(message).toContain("membership of 'india', which is a country, not an organisation");
  });

  it('refuses a membership that ends before it begins', () => {
    const [message] = messages({
      'sco.yaml': actorYaml(),
      'india.yaml': actorYaml({
        name: '"India"',
        kind: 'country',
        aliases: '[]',
        memberships: '\n  - { of: sco, from: 2017, to: 2001 }',
      }),
    });
    expect(message).toBe(
      "content/actors/india.yaml:11:32 a membership that ends before it begins\n  hint: 'to' is the year the member left; it cannot be before 'from'",
    );
  });

  it('reads the other members of an organisation, which are not actors', () => {
    const { registry, issues } = read({
      'sco.yaml': actorYaml({ otherMembers: '\n  - { name: Belarus, from: 2024 }' }),
    });
    expect(issues).toEqual([]);
    expect(registry.actors.get('sco')?.otherMembers).toEqual([{ name: 'Belarus', from: 2024 }]);
  });

  it('refuses another member that is an actor, pointing to where its membership belongs', () => {
    const [message] = messages({
      'india.yaml': actorYaml({ name: '"India"', kind: 'country', aliases: '["Republic of India"]' }),
      'sco.yaml': actorYaml({ otherMembers: '\n  - { name: Republic of India, from: 2017 }' }),
    });
    expect(message).toBe(
      "content/actors/sco.yaml:11:13 'Republic of India' is actor 'india', not another member\n  hint: record the membership in content/actors/india.yaml under 'memberships', with 'of: sco'",
    );
  });

  it('refuses other members on an actor that is not an organisation', () => {
    const [message] = messages({
      'india.yaml': actorYaml({
        name: '"India"',
        kind: 'country',
        aliases: '[]',
        otherMembers: '\n  - { name: Goa, from: 1961 }',
      }),
    });
    expect(message).toContain(
      "india.yaml:11:3 a country with other members\n  hint: only organisations list 'otherMembers'",
    );
  });

  it('accepts an unquoted YAML date and keeps it as text', () => {
    const { registry, issues } = read({ 'sco.yaml': actorYaml({ founded: '2001-06-15' }) });
    expect(issues).toEqual([]);
    expect(registry.actors.get('sco')?.founded).toBe('2001-06-15');
  });
});

/** One column of a published table: its name, its type and what it holds. */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'list' | 'url';
  description: string;
}

/** A table the edition publishes as JSON and CSV, and documents on `/data/` and in the README. */
export interface Dataset {
  title: string;
  description: string;
  /** Whether there is one file for the edition, or one for each interview. */
  scope: 'edition' | 'interview';
  fields: readonly Field[];
}

const DATE = 'a date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD';

/**
 * The edition's data, by file name. The columns of each CSV, and the keys of each JSON record, are
 * these fields, in this order. Lists are JSON arrays, and in CSV one cell joined with "; ".
 */
export const DATASETS = {
  actors: {
    title: 'Actors',
    description: 'Every organisation, country, person, event and place the interviews name, with its gloss.',
    scope: 'edition',
    fields: [
      { name: 'id', type: 'string', description: 'the actor’s id, as in its page’s URL and in actor marks' },
      { name: 'name', type: 'string', description: 'its name' },
      { name: 'kind', type: 'string', description: 'organisation, country, person, event or place' },
      { name: 'aliases', type: 'list', description: 'other names the interviews or readers use' },
      { name: 'gloss', type: 'string', description: 'the margin gloss, in the editors’ words' },
      { name: 'founded', type: 'date', description: `when an organisation was founded: ${DATE}` },
      { name: 'dissolved', type: 'date', description: `when an organisation or state ceased to exist: ${DATE}` },
      { name: 'start', type: 'date', description: `when an event began: ${DATE}` },
      { name: 'end', type: 'date', description: `when an event ended: ${DATE}` },
      { name: 'wikidata', type: 'string', description: 'its Wikidata item, Q…, where the editors have checked it' },
      { name: 'asOf', type: 'date', description: 'the day the facts were last checked against the sources' },
      { name: 'sources', type: 'list', description: 'the URLs of the sources' },
      { name: 'url', type: 'url', description: 'its page in the edition' },
    ],
  },
  memberships: {
    title: 'Memberships',
    description: 'Who belongs, or belonged, to each organisation, with the years.',
    scope: 'edition',
    fields: [
      { name: 'organisation', type: 'string', description: 'the organisation’s actor id' },
      { name: 'member', type: 'string', description: 'the member’s name' },
      { name: 'memberId', type: 'string', description: 'the member’s actor id, when the edition has one' },
      { name: 'from', type: 'integer', description: 'the year the membership began' },
      { name: 'to', type: 'integer', description: 'the year it ended, if it has' },
      { name: 'role', type: 'string', description: 'how it is held, where that matters' },
      {
        name: 'convener',
        type: 'boolean',
        description: 'true for the state that convenes a format, not counted as a member',
      },
      { name: 'continues', type: 'string', description: 'the member whose membership this one continues' },
      { name: 'continuedBy', type: 'string', description: 'the member that continued this membership: no departure' },
    ],
  },
  timeline: {
    title: 'Timeline',
    description: 'The dated events an interview names, and the changes of the organisations it follows.',
    scope: 'interview',
    fields: [
      { name: 'date', type: 'date', description: DATE },
      { name: 'end', type: 'date', description: `when it ended, for an event: ${DATE}` },
      { name: 'kind', type: 'string', description: 'event, founded, dissolved, joined or left' },
      { name: 'text', type: 'string', description: 'what happened' },
      { name: 'actor', type: 'string', description: 'the actor id whose page tells more' },
      { name: 'afterInterview', type: 'boolean', description: 'whether it came after the interview' },
    ],
  },
  mentions: {
    title: 'Mentions',
    description: 'Every mention of an actor in an interview, in reading order, with its sentence.',
    scope: 'interview',
    fields: [
      { name: 'answer', type: 'string', description: 'the answer’s slug' },
      { name: 'paragraph', type: 'integer', description: 'the paragraph of the answer, counted from 1' },
      { name: 'actor', type: 'string', description: 'the actor id' },
      { name: 'words', type: 'string', description: 'the interviewee’s words that name it' },
      { name: 'sentence', type: 'string', description: 'the sentence they stand in' },
      {
        name: 'marked',
        type: 'boolean',
        description: 'whether the editors marked the words, or they were found by name',
      },
      { name: 'url', type: 'url', description: 'the paragraph on the answer’s page' },
    ],
  },
} as const satisfies Record<string, Dataset>;

export type DatasetName = keyof typeof DATASETS;

/** The formats each table is published in. */
export const DATA_FORMATS = ['json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

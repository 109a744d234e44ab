import { describe, expect, it } from 'vitest';
import { datasetFile } from './dataset-file';
import { DATASETS } from './datasets';

const records = [
  { date: '2001-06-15', kind: 'founded', text: 'SCO founded', actor: 'sco', afterInterview: false },
  { date: '2023-07', kind: 'joined', text: 'SCO: Iran joins, “at last”', actor: 'sco', afterInterview: true },
];

describe('datasetFile', () => {
  it('writes JSON with the dataset’s title, description and fields beside its records, in field order', async () => {
    const response = datasetFile('timeline', 'json', records);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const json = await response.json();
    expect(json).toMatchObject({ title: 'Timeline', fields: DATASETS.timeline.fields });
    expect(Object.keys(json.records[0])).toEqual(['date', 'kind', 'text', 'actor', 'afterInterview']);
  });

  it('writes CSV with a column per field, lists joined and missing values empty', async () => {
    const response = datasetFile('actors', 'csv', [
      { id: 'sco', name: 'SCO', kind: 'organisation', aliases: ['Shanghai Five', 'SCO'], gloss: 'A, b', asOf: '2026' },
    ]);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const [header, row] = (await response.text()).split('\r\n');
    expect(header).toBe(DATASETS.actors.fields.map((field) => field.name).join(','));
    expect(row).toBe('sco,SCO,organisation,Shanghai Five; SCO,"A, b",,,,,,2026,,');
  });
});

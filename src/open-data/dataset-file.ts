import { toCsv, type Cell } from './csv';
import { DATASETS, type DataFormat, type DatasetName } from './datasets';

type Value = Cell | readonly string[];

/**
 * A table as a file to publish. JSON holds the dataset's description and fields beside its records,
 * so that the file documents itself; CSV holds the records, with lists joined by "; ".
 */
export function datasetFile(
  name: DatasetName,
  format: DataFormat,
  records: readonly Record<string, Value>[],
): Response {
  const { title, description, fields } = DATASETS[name];
  const columns = fields.map((field) => field.name);
  if (format === 'csv') {
    const rows = records.map((record) =>
      Object.fromEntries(columns.map((column) => [column, flatten(record[column])])),
    );
    return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const ordered = records.map((record) =>
    Object.fromEntries(
      columns.filter((column) => record[column] !== undefined).map((column) => [column, record[column]]),
    ),
  );
  // Compact, a record a line: readable in a text editor, and a thousand mentions cost no indentation.
  const head = JSON.stringify({ title, description, fields }).slice(0, -1);
  const body = `${head},"records":[\n${ordered.map((record) => JSON.stringify(record)).join(',\n')}\n]}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

const flatten = (value: Value): Cell => (Array.isArray(value) ? value.join('; ') : (value as Cell));

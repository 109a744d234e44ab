/** A cell of a published table: text, a number, a flag, or nothing. */
export type Cell = string | number | boolean | undefined;

/** One cell as RFC 4180 writes it: quoted when it holds a comma, a quotation mark or a line break. */
function csvCell(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180): a header row of the column names, then one row a record, each line
 * ending with CR LF. Lists are joined with "; " before they get here.
 */
export function toCsv<Row extends Record<string, Cell>>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

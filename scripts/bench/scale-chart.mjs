// Draws the scale benchmark's chart as SVG from its rows: build time and first-search bytes against
// the number of interviews, on a logarithmic axis of N. Written from the data every run; nothing is
// drawn by hand.

const WIDTH = 640;
const HEIGHT = 260;
const PANEL = { top: 40, bottom: 200, left: 70, width: 220 };
const GAP = 90;

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One panel: a line through the points, each labelled with its value. */
function panel(rows, { x0, title, value, format, limit }) {
  const ns = rows.map((row) => row.interviews);
  const logMin = Math.log10(Math.min(...ns));
  const logMax = Math.log10(Math.max(...ns));
  const values = rows.map(value);
  const top = Math.max(...values, limit?.value ?? 0) * 1.15 || 1;
  const x = (n) =>
    x0 + (logMax === logMin ? PANEL.width / 2 : ((Math.log10(n) - logMin) / (logMax - logMin)) * PANEL.width);
  const y = (v) => PANEL.bottom - (v / top) * (PANEL.bottom - PANEL.top);
  const points = rows.map((row) => `${x(row.interviews).toFixed(1)},${y(value(row)).toFixed(1)}`).join(' ');
  const parts = [
    `<text x="${x0}" y="24" font-weight="bold">${escape(title)}</text>`,
    `<line x1="${x0}" y1="${PANEL.bottom}" x2="${x0 + PANEL.width}" y2="${PANEL.bottom}" stroke="currentColor"/>`,
    `<line x1="${x0}" y1="${PANEL.top}" x2="${x0}" y2="${PANEL.bottom}" stroke="currentColor"/>`,
    ...ns.map((n) => `<text x="${x(n).toFixed(1)}" y="${PANEL.bottom + 18}" text-anchor="middle">${n}</text>`),
    `<text x="${x0 + PANEL.width / 2}" y="${PANEL.bottom + 40}" text-anchor="middle">interviews (log scale)</text>`,
  ];
  if (limit) {
    parts.push(
      `<line x1="${x0}" y1="${y(limit.value).toFixed(1)}" x2="${x0 + PANEL.width}" y2="${y(limit.value).toFixed(1)}" stroke="currentColor" stroke-dasharray="4 4"/>`,
      `<text x="${x0 + PANEL.width}" y="${(y(limit.value) - 6).toFixed(1)}" text-anchor="end">${escape(limit.label)}</text>`,
    );
  }
  parts.push(`<polyline points="${points}" fill="none" stroke="currentColor" stroke-width="2"/>`);
  for (const row of rows) {
    const [px, py] = [x(row.interviews), y(value(row))];
    parts.push(
      `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" fill="currentColor"/>`,
      `<text x="${(px - 6).toFixed(1)}" y="${(py - 8).toFixed(1)}" text-anchor="end">${escape(format(value(row)))}</text>`,
    );
  }
  return parts.join('\n  ');
}

/** The chart, as an SVG document, from rows of `{ interviews, buildSeconds, firstSearch: { bytes } }`. */
export function scaleChartSvg(rows) {
  const sorted = [...rows].sort((a, b) => a.interviews - b.interviews);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="title">
  <title id="title">Build time and bytes of a first search against the number of interviews (${sorted.map((row) => row.interviews).join(', ')})</title>
  ${panel(sorted, { x0: PANEL.left, title: 'Build time (s)', value: (row) => row.buildSeconds, format: (v) => v.toFixed(0) })}
  ${panel(sorted, {
    x0: PANEL.left + PANEL.width + GAP,
    title: 'First search (KB, brotli 11)',
    value: (row) => row.firstSearch.bytesBrotli / 1024,
    format: (v) => v.toFixed(0),
    limit: { value: 300, label: '300 KB' },
  })}
</svg>
`;
}

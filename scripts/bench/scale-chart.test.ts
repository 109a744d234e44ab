import { describe, expect, it } from 'vitest';
import { scaleChartSvg } from './scale-chart.mjs';

const rows = [
  { interviews: 10, buildSeconds: 12, firstSearch: { bytesBrotli: 120 * 1024 } },
  { interviews: 1, buildSeconds: 6, firstSearch: { bytesBrotli: 100 * 1024 } },
  { interviews: 100, buildSeconds: 60, firstSearch: { bytesBrotli: 180 * 1024 } },
];

describe('scaleChartSvg', () => {
  const svg = scaleChartSvg(rows);

  it('draws one point a size in each panel, in order of N, with its value', () => {
    expect(svg.match(/<circle /g)).toHaveLength(6);
    expect(svg).toContain('>6</text>');
    expect(svg).toContain('>180</text>');
    const xs = [...svg.matchAll(/<circle cx="([\d.]+)"/g)].slice(0, 3).map(([, cx]) => Number(cx));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('marks the 300 KB limit of a first search, and names what it shows for screen readers', () => {
    expect(svg).toContain('300 KB');
    expect(svg).toMatch(
      /<title id="title">Build time and bytes of a first search against the number of interviews \(1, 10, 100\)<\/title>/,
    );
  });
});

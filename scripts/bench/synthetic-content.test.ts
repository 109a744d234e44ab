import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentModel } from '../../src/content-model/load-content-model';
import { syntheticActors, writeSyntheticContent } from './synthetic-content.mjs';

describe('writeSyntheticContent', () => {
  const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const answers = writeSyntheticContent(join(root, 'content'), { interviews: 3, actorCount: 50 });

  it('writes content that the real content checks accept: ten answers an interview', () => {
    const model = loadContentModel(root);
    expect(answers).toBe(30);
    expect(model.interviews.map(({ answers: list }) => list.length)).toEqual([10, 10, 10]);
    expect(model.registry.actors.size).toBe(50);
  });

  it('writes answers of a real answer’s length, with about as many marked mentions', () => {
    const dir = join(root, 'content', 'interviews', 'interview-2');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
      const body = readFileSync(join(dir, file), 'utf8').split('---\n')[2]!;
      const words = body
        .replace(/\[[^\]]*\]\(actor:[a-z0-9-]+\)/g, 'name')
        .split(/\s+/)
        .filter(Boolean).length;
      expect(words).toBeGreaterThan(280);
      expect(words).toBeLessThan(450);
      expect(body.match(/\(actor:/g)!.length).toBeGreaterThan(5);
    }
  });

  it('writes the same content every time, and gives each actor a distinct name', () => {
    const again = mkdtempSync(join(tmpdir(), 'synthetic-'));
    writeSyntheticContent(join(again, 'content'), { interviews: 3, actorCount: 50 });
    const file = join('content', 'interviews', 'interview-3', '07-sanctions.mdx');
    expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(root, file), 'utf8'));
    rmSync(again, { recursive: true, force: true });
    const names = syntheticActors(1000).map(({ name }) => name);
    expect(new Set(names).size).toBe(1000);
  });
});

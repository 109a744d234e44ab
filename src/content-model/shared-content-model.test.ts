import { describe, expect, it } from 'vitest';
import type { ContentModel } from './load-content-model';
import { shareContentModel, sharedContentModel } from './shared-content-model';

const model: ContentModel = {
  registry: { actors: new Map(), byAlias: new Map() },
  interviews: [],
  notes: [],
  corrections: [],
};

describe('the content model shared with the collections', () => {
  it('is the guard’s own, live: what the guard reads again, the loaders see', () => {
    shareContentModel(() => model);
    expect(sharedContentModel()).toBe(model);
  });

  it('throws the guard’s problem while content is broken', () => {
    const problem = new Error('content/actors/sco.yaml:3:1 unknown field');
    shareContentModel(() => {
      throw problem;
    });
    expect(() => sharedContentModel()).toThrow(problem);
  });
});

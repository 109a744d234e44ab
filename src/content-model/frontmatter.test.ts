import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  it('gives the YAML and the body, each with the line of the file it starts on', () => {
    expect(splitFrontmatter('---\nquestion: Why?\norder: 1\n---\n\nThe answer.\n')).toEqual({
      yaml: 'question: Why?\norder: 1',
      yamlFirstLine: 2,
      body: '\nThe answer.\n',
      bodyFirstLine: 5,
    });
  });

  it('reads the fences as Astro does: blank lines before the opening one are allowed', () => {
    const split = splitFrontmatter('\n\n---\nslug: war\n---\nText');
    expect(split).toEqual({ yaml: 'slug: war', yamlFirstLine: 4, body: 'Text', bodyFirstLine: 6 });
  });

  it('says where the frontmatter is missing or left open', () => {
    expect(splitFrontmatter('The answer.\n')).toEqual({ problem: 'missing frontmatter', line: 1 });
    expect(splitFrontmatter('---\nquestion: Why?\n\nThe answer.\n')).toEqual({
      problem: 'frontmatter is not closed',
      line: 5,
    });
  });
});

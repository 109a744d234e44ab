import { describe, expect, it } from 'vitest';
import { ContentError } from '../content-model/content-error';
import { contentErrorPage } from './content-error-page';

describe('the page the dev server serves while content is broken', () => {
  const error = new ContentError([
    { file: 'content/actors/sco.yaml', line: 2, column: 7, message: 'invalid YAML: <b>"x"</b>', hint: 'quote it' },
  ]);

  it('gives each problem with its file, line, column and hint, escaped', () => {
    const page = contentErrorPage(error, '/');
    expect(page).toContain('<h1>Bad content: 1 problem</h1>');
    expect(page).toContain(
      '<pre>content/actors/sco.yaml:2:7 invalid YAML: &#60;b&#62;&#34;x&#34;&#60;/b&#62;\n  hint: quote it</pre>',
    );
    expect(page).not.toContain('<b>');
  });

  it('loads Vite’s client under the base, so it reloads once the content is fixed', () => {
    expect(contentErrorPage(error, '/sub/')).toContain('<script type="module" src="/sub/@vite/client"></script>');
  });

  it('gives the message of an error that is not a content error', () => {
    expect(contentErrorPage(new Error('ENOENT: no such file'), '/')).toContain('<pre>ENOENT: no such file</pre>');
  });
});

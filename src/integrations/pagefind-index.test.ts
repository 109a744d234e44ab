import { beforeEach, describe, expect, it, vi } from 'vitest';

const index = { addDirectory: vi.fn(), writeFiles: vi.fn() };
const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn() }));
vi.mock('pagefind', () => pagefind);
const tokens = vi.hoisted(() => ({ scopeComponentUiStylesheet: vi.fn() }));
vi.mock('./component-ui-tokens', () => tokens);

const { pagefindIndex, SearchIndexError, writeSearchIndex } = await import('./pagefind-index');

beforeEach(() => {
  vi.resetAllMocks();
  pagefind.createIndex.mockResolvedValue({ errors: [], index });
  pagefind.close.mockResolvedValue(null);
  index.addDirectory.mockResolvedValue({ errors: [], page_count: 4 });
  index.writeFiles.mockResolvedValue({ errors: [], outputPath: '/site/dist/pagefind' });
});

describe('writing the search index', () => {
  it('indexes the built site, writes the index beside it, scopes its stylesheet, then closes Pagefind', async () => {
    await expect(writeSearchIndex('/site/dist')).resolves.toEqual({ pageCount: 4 });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/dist/pagefind' });
    expect(tokens.scopeComponentUiStylesheet).toHaveBeenCalledWith('/site/dist/pagefind');
    const steps = [pagefind.createIndex, index.addDirectory, index.writeFiles, tokens.scopeComponentUiStylesheet];
    const order = [...steps, pagefind.close].map((step) => step.mock.invocationCallOrder[0]);
    expect(order).toEqual([...order].sort((a, b) => a! - b!));
  });

  it('stops the build when Pagefind cannot start, and still closes it', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['no binary for this platform'] });
    await expect(writeSearchIndex('/site/dist')).rejects.toThrow(
      new SearchIndexError('Pagefind failed to start:\n  no binary for this platform'),
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('stops the build on an indexing error, before writing anything', async () => {
    index.addDirectory.mockResolvedValue({ errors: ['bad HTML in a.html'], page_count: 3 });
    await expect(writeSearchIndex('/site/dist')).rejects.toThrow('Pagefind failed to index /site/dist:\n  bad HTML');
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('stops the build when no page was indexed, with a hint', async () => {
    index.addDirectory.mockResolvedValue({ errors: [], page_count: 0 });
    await expect(writeSearchIndex('/site/dist')).rejects.toThrow(/no page to index.*\n {2}hint: .*data-pagefind-body/);
  });

  it('stops the build when the index cannot be written', async () => {
    index.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' });
    await expect(writeSearchIndex('/site/dist')).rejects.toThrow('Pagefind failed to write the index:\n  disk full');
    expect(tokens.scopeComponentUiStylesheet).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('stops the build when the Component UI’s stylesheet cannot be scoped, and still closes Pagefind', async () => {
    tokens.scopeComponentUiStylesheet.mockRejectedValue(new Error('expected one rule for :root, found 0'));
    await expect(writeSearchIndex('/site/dist')).rejects.toThrow('expected one rule for :root');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('closes Pagefind when a call throws', async () => {
    index.addDirectory.mockRejectedValue(new Error('service crashed'));
    await expect(writeSearchIndex('/site/dist')).rejects.toThrow('service crashed');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});

describe('the integration', () => {
  it('indexes the output folder when the build is done and reports the pages read', async () => {
    const logger = { info: vi.fn() };
    const hook = pagefindIndex().hooks['astro:build:done'] as unknown as (options: object) => Promise<void>;
    await hook({ dir: new URL('file:///site/dist/'), logger });
    expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist/' });
    expect(logger.info).toHaveBeenCalledWith('search index written; Pagefind read 4 pages');
  });

  it('fails the build hook when Pagefind fails', async () => {
    index.addDirectory.mockResolvedValue({ errors: ['broken'], page_count: 0 });
    const hook = pagefindIndex().hooks['astro:build:done'] as unknown as (options: object) => Promise<void>;
    await expect(hook({ dir: new URL('file:///site/dist/'), logger: { info: vi.fn() } })).rejects.toThrow(
      SearchIndexError,
    );
  });
});

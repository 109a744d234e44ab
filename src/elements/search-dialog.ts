import dialogStylesheet from '../styles/search-dialog.css?url';
import { type ComponentUiInstance, shareSearchEngine, startSearchEngine } from './search-engine';
import { prefetchSearch } from './search-prefetch';
import { addSearchSuggestion } from './search-suggestion';

/** The part of Pagefind's `<pagefind-modal>` that we call. */
export interface PagefindModalElement extends HTMLElement {
  open(): void;
  dialogEl: HTMLDialogElement | null;
}

/** The search dialog, once loaded: `show` opens it with the reader's words in the field, if any. */
export interface SearchDialog {
  show(text?: string): void;
}

/**
 * Starts Pagefind's engine, reading its index for what `typedSoFar` returns, then fetches its
 * Component UI, which searches with that engine, and sets up its dialog: labelled, modal (its
 * `showModal()` makes the page behind inert, so Tab goes round the dialog and the browser's own
 * controls only), and `?q=` in the address in step with the field. Loaded only once a reader shows
 * intent to search, so none of it costs a page that is only read. If anything fails to load, it
 * leaves nothing behind, so that the next intent tries again from the start.
 */
export async function createSearchDialog(host: HTMLElement, typedSoFar: () => string): Promise<SearchDialog> {
  const button = host.querySelector<HTMLButtonElement>('.site-search-open')!;
  const options = {
    bundle: host.dataset['bundle'] ?? '/pagefind/',
    base: host.dataset['base'] ?? '/',
    highlightParam: host.dataset['highlightParam'] ?? 'pagefind-highlight',
    queryParam: host.dataset['queryParam'] ?? 'q',
    namesHref: host.dataset['names'] ?? '/search-names.json',
  };
  const { bundle } = options;
  prefetchSearch(bundle);
  const engineOptions = {
    basePath: bundle,
    baseUrl: options.base,
    highlightParam: options.highlightParam,
    excerptLength: 24,
  };
  const started = await startSearchEngine(engineOptions);
  // The index for the words typed so far is read while the Component UI loads, so that its first
  // search finds it read: measured beside the peer, that search then answers in about 30 ms rather
  // than 110–150 ms.
  const typed = typedSoFar();
  if (typed) void started.engine.preload(typed).catch(() => undefined);
  // The same options for the Component UI, which uses them only if it ever starts an engine of its own.
  const config = part('pagefind-config', {
    'bundle-path': engineOptions.basePath,
    'base-url': engineOptions.baseUrl,
    'highlight-param': engineOptions.highlightParam,
    'excerpt-length': String(engineOptions.excerptLength),
  });
  const modal = part(
    'pagefind-modal',
    { class: 'search-dialog' },
    part(
      'pagefind-modal-header',
      {},
      part('pagefind-input', { placeholder: 'Search for a country, an organisation…' }),
    ),
    part(
      'pagefind-modal-body',
      {},
      part('pagefind-filter-pane', { open: '' }),
      part('pagefind-summary'),
      part('pagefind-results', {}, resultTemplate()),
    ),
    part('pagefind-modal-footer', {}, part('pagefind-keyboard-hints')),
  ) as PagefindModalElement;
  document.body.append(config, modal);
  const styles = [`${bundle}pagefind-component-ui.css`, dialogStylesheet].map((href) =>
    part('link', { rel: 'stylesheet', href }),
  );
  const script = part('script', { src: `${bundle}pagefind-component-ui.js` });
  let instance: ComponentUiInstance;
  try {
    await Promise.all([...styles, script].map(loaded));
    await customElements.whenDefined('pagefind-modal');
    instance = await shareSearchEngine(started);
  } catch (error) {
    for (const element of [config, modal, ...styles, script]) element.remove();
    void started.engine.destroy();
    throw error;
  }
  const dialog = modal.dialogEl;
  if (!dialog) throw new Error('Pagefind’s modal made no dialog');
  dialog.setAttribute('aria-label', 'Search the interviews');
  const suggest = addSearchSuggestion(dialog, modal.querySelector('pagefind-summary')!, options.namesHref);
  const showQuery = (query: string) => showQueryInAddress(options.queryParam, query);
  dialog.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') showQuery(event.target.value);
  });
  // Leaving search, by closing it or following a result, leaves the address as it was, so that
  // Back returns to the page the reader searched from rather than to search.
  dialog.addEventListener('close', () => {
    button.setAttribute('aria-expanded', 'false');
    showQuery('');
  });
  dialog.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('pagefind-results a')) showQuery('');
    },
    true,
  );
  return {
    show(text) {
      // Words typed while search loaded go to Pagefind before the dialog opens, so that its worker
      // searches while the dialog is drawn; Pagefind writes them into its field, not yet focused.
      if (text) {
        instance.triggerSearch(text);
        showQuery(text);
      }
      modal.open();
      button.setAttribute('aria-expanded', 'true');
      const field = modal.querySelector<HTMLInputElement>('pagefind-input input');
      if (!field) return;
      field.focus();
      if (text) suggest(field);
    },
  };
}

/** Keeps `?q=` in the address in step with the field, so that an open search can be shared. */
function showQueryInAddress(param: string, query: string) {
  const url = new URL(window.location.href);
  if (query.trim() === '') url.searchParams.delete(param);
  else url.searchParams.set(param, query);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/**
 * Pagefind's own result, with the interview an answer comes from under its title (an actor's
 * entry has none). The template is data, not script: the Component UI reads it as text.
 */
function resultTemplate() {
  const template = part('script', { type: 'text/pagefind-template' });
  template.textContent = `<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
      </p>
      {{#if meta.interview}}
      <p class="pf-result-interview">{{ meta.interview }}</p>
      {{/if}}
      {{#if excerpt}}
      <p class="pf-result-excerpt">{{+ excerpt +}}</p>
      {{/if}}
    </div>
  </div>
</li>`;
  return template;
}

/** Builds an element of Pagefind's Component UI; they upgrade once its script has run. */
function part(tag: string, attributes: Record<string, string> = {}, ...children: Element[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Adds a stylesheet or classic script to the head and resolves once it has loaded. */
function loaded(element: Element): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load ${element.outerHTML}`)), { once: true });
    document.head.append(element);
  });
}

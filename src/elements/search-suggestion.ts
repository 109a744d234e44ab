import { suggestName } from '../search/suggest-name';

/** How long typing must pause before a suggestion is worked out. */
const PAUSE_MS = 250;

/**
 * Under the search field, "Did you mean Tajikistan?" when the query is a near miss of an actor's
 * name or alias. The names are fetched once, the first time a query is typed; following the
 * suggestion puts it in the field, which searches for it. Returns a way to ask for a suggestion
 * for words that came into the field without being typed there.
 */
export function addSearchSuggestion(
  dialog: HTMLDialogElement,
  before: Element,
  namesHref: string,
): (field: HTMLInputElement) => void {
  const box = document.createElement('p');
  box.className = 'search-suggestion';
  box.setAttribute('aria-live', 'polite');
  before.before(box);
  let names: Promise<string[]> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (field: HTMLInputElement, name: string | undefined) => {
    box.replaceChildren();
    if (name === undefined) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = name;
    button.addEventListener('click', () => {
      field.value = name;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.focus();
    });
    box.append('Did you mean ', button, '?');
  };

  const suggestFor = (field: HTMLInputElement) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      names ??= fetch(namesHref).then((response) => {
        if (!response.ok) throw new Error(`${namesHref}: ${response.status}`);
        return response.json() as Promise<string[]>;
      });
      names.then(
        (list) => show(field, suggestName(field.value, list)),
        () => {
          names = undefined;
        },
      );
    }, PAUSE_MS);
  };
  dialog.addEventListener('input', (event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.type === 'search') suggestFor(field);
  });
  // For words that reach the field some other way, such as a shared link's.
  return suggestFor;
}

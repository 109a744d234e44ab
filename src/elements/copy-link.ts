/**
 * What a copy control in a `<copy-link>` says once its text is on the clipboard, fetched on the
 * first copy (copy-on-click.ts). A link to an answer says "Link copied", or, where the clipboard
 * refuses or there is none (a page served over plain HTTP), is followed as a plain link; a
 * citation's button says "Citation copied", or asks the reader to select the citation, which is
 * text on the page.
 */
export async function reportCopy(control: Element, refused: Promise<boolean | void> | undefined): Promise<void> {
  const status = control.parentElement?.querySelector('[role="status"]');
  const link = control instanceof HTMLAnchorElement ? control : undefined;
  if (!refused || (await refused)) {
    if (link) location.assign(link.href);
    else if (status) status.textContent = 'Select the citation to copy it';
    return;
  }
  if (!status) return;
  status.textContent = link ? 'Link copied' : 'Citation copied';
  setTimeout(() => (status.textContent = ''), 4000);
}

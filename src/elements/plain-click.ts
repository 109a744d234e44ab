/** A click with no modifier key: one with a modifier opens or saves a link, which a page leaves to the browser. */
export const isPlainClick = (event: MouseEvent): boolean =>
  !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);

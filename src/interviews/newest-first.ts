/** The edition's order: newest interview first, by its date; interviews of one date by folder name. */
export const newestFirst = (a: { id: string; date: string }, b: { id: string; date: string }) =>
  b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

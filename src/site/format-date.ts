/** The months' English names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date for readers: `2026-11-29` → `29 November 2026`; `2026-11` → `November 2026`; `2026` → `2026`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}

/** `2026-11-29` → `Nov 2026`: compact enough for a margin. */
export function formatMonthYear(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${SHORT_MONTHS[Number(month) - 1]} ${year}` : `${year}`;
}

/** `1999-03-24` to `1999-06-10` → `24 March 1999 – 10 June 1999`; an open range ends with a dash. */
export function formatDateRange(from: string, to?: string, open = false): string {
  if (to) return `${formatDate(from)} – ${formatDate(to)}`;
  return open ? `${formatDate(from)} –` : formatDate(from);
}

const MONTHS = [
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

/** `2026-11-29` → `29 November 2026`; `2026-11` → `November 2026`; `2026` → `2026`. */
export function formatAsOf(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-29` → `Nov 2026`: compact enough for a margin. */
export function formatMonthYear(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${SHORT_MONTHS[Number(month) - 1]} ${year}` : `${year}`;
}

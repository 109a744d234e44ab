const counted = (count: number, one: string, many: string) => (count === 1 ? `one ${one}` : `${count} ${many}`);

/**
 * How often the edition names an actor, in words: `12 mentions in 5 answers of 2 interviews`;
 * `Not mentioned in any answer` for an actor only other actors refer to.
 */
export function mentionCountText(totals: { mentions: number; answers: number; interviews: number }): string {
  if (totals.mentions === 0) return 'Not mentioned in any answer';
  const text = `${counted(totals.mentions, 'mention', 'mentions')} in ${counted(totals.answers, 'answer', 'answers')} of ${counted(totals.interviews, 'interview', 'interviews')}`;
  return text[0]!.toUpperCase() + text.slice(1);
}

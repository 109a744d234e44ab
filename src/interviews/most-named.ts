/** How often an interview names one actor. */
export interface ActorCount {
  actor: string;
  mentions: number;
}

/**
 * The actors a run of mentions names most, most often first; actors named as often keep the
 * order in which the reader first meets them.
 */
export function mostNamed(mentions: readonly { actor: string }[], limit: number): ActorCount[] {
  const counts = new Map<string, number>();
  for (const { actor } of mentions) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return [...counts]
    .map(([actor, count]) => ({ actor, mentions: count }))
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, limit);
}

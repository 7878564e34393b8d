import type { Figure, SentenceRecord } from '../types.ts';
import { wordsAround } from './wordsAround.ts';

/**
 * Whether two values of a claim's figures may be readings of one quantity: some content word
 * near a figure giving one (four either side) is near a figure giving the other. Percentages
 * carry no unit, so the words around them say what they measure: "fell 0.8% against the euro"
 * and "inflation … back at 2%" measure two things. `figures` picks each sentence's figures of
 * the kind, `value` gives a figure's compared value. With no word near one of them, nothing
 * says they measure two things.
 */
export function sharesNearbyWord(
  members: SentenceRecord[],
  figures: (s: SentenceRecord) => Figure[],
  value: (f: Figure) => string,
): (v: string, w: string) => boolean {
  const near = new Map<string, Set<string>>();
  for (const m of members)
    for (const f of figures(m)) near.set(value(f), new Set([...(near.get(value(f)) ?? []), ...wordsAround(m.text, f.text)]));
  return (v, w) => {
    const [x, y] = [near.get(v) ?? new Set<string>(), near.get(w) ?? new Set<string>()];
    return x.size === 0 || y.size === 0 || [...x].some((word) => y.has(word));
  };
}

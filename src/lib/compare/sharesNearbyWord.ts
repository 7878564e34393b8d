import type { Figure, SentenceRecord } from '../types.ts';
import { MONTHS, WEEKDAYS } from '../extract/calendarWords.ts';
import { contentStems } from './contentStems.ts';

/** Weekdays and months as contentStems gives them. */
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS].flatMap((w) => contentStems(w)));

/** How many content words either side of a figure count as near it. */
const REACH = 4;

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
    for (const f of figures(m)) near.set(value(f), new Set([...(near.get(value(f)) ?? []), ...around(m.text, f.text)]));
  return (v, w) => {
    const [x, y] = [near.get(v) ?? new Set<string>(), near.get(w) ?? new Set<string>()];
    return x.size === 0 || y.size === 0 || [...x].some((word) => y.has(word));
  };
}

/**
 * Up to REACH content words either side of a figure in its sentence, but for days and months:
 * "said on Thursday" dates the report, and two figures reported the same day may measure two
 * things ("… up from 79.5%, the ministry said on Thursday", "posted its best results on
 * Thursday, with 94% …").
 */
function around(text: string, figure: string): string[] {
  const at = text.indexOf(figure);
  if (at < 0) return [];
  const words = (part: string) => contentStems(part).filter((w) => !CALENDAR.has(w));
  return [...words(text.slice(0, at)).slice(-REACH), ...words(text.slice(at + figure.length)).slice(0, REACH)];
}

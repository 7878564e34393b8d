import { MONTHS, WEEKDAYS } from '../extract/calendarWords.ts';
import { contentStems } from './contentStems.ts';

/** Weekdays and months as contentStems gives them. */
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS].flatMap((w) => contentStems(w)));

/** How many content words either side of a figure count as near it. */
const REACH = 4;

/**
 * Up to four content words either side of a figure in its sentence (stems), but for days and
 * months: "said on Thursday" dates the report, and two figures reported the same day may
 * measure two things ("… up from 79.5%, the ministry said on Thursday", "posted its best
 * results on Thursday, with 94% …").
 */
export function wordsAround(text: string, figure: string): string[] {
  const at = text.indexOf(figure);
  if (at < 0) return [];
  const words = (part: string) => contentStems(part).filter((w) => !CALENDAR.has(w));
  return [...words(text.slice(0, at)).slice(-REACH), ...words(text.slice(at + figure.length)).slice(0, REACH)];
}

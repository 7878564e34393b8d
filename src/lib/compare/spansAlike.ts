import type { Figure, SentenceRecord } from '../types.ts';
import { SPAN_HOURS, SPAN_MONTHS } from '../extract/calendarWords.ts';
import { isEstimate } from './isEstimate.ts';

/** Hours in an average month (a year's 8,766 over twelve). */
const MONTH_HOURS = 730.5;
/** Hours in a unit of time (stemmed), months and years at their average length. */
const HOURS: Readonly<Record<string, number>> = {
  ...SPAN_HOURS,
  ...Object.fromEntries(Object.entries(SPAN_MONTHS).map(([unit, months]) => [unit, months * MONTH_HOURS])),
};
/** Bounds from above the amount ("more than 13 months") and from below it ("nearly 14 months"). */
const ABOVE = new Set(['more than', 'over', 'just over', 'at least']);
const BELOW = new Set(['nearly', 'almost', 'just under']);

/** A span's length in hours, with the hours one of its units spans; none for other figures. */
const lengthOf = (f: Figure) =>
  f.kind === 'count' && f.unit && HOURS[f.unit] !== undefined && f.amount !== undefined
    ? { hours: f.amount * HOURS[f.unit]!, unit: HOURS[f.unit]!, months: SPAN_MONTHS[f.unit] !== undefined }
    : undefined;

/**
 * Whether a span read with its qualifier allows a length in hours: "more than 13 months" any
 * length in its fourteenth month, "nearly 14 months" any in the month before, a plain or
 * estimated "13 months" any within half a month of it. No upper bound ("up to") says enough.
 */
function allows(f: Figure, hours: number): boolean {
  const span = lengthOf(f)!;
  if (f.qualifier && ABOVE.has(f.qualifier)) return hours >= span.hours && hours < span.hours + span.unit;
  if (f.qualifier && BELOW.has(f.qualifier)) return hours <= span.hours && hours > span.hours - span.unit;
  if (f.qualifier && !isEstimate(f)) return false;
  return Math.abs(hours - span.hours) <= span.unit / 2;
}

/**
 * Whether a sentence gives a span of time that reads as `figure`'s across months and days
 * ("412 days" for "more than 13 months"): a month has no whole number of days, so the figure
 * comparison keeps the two apart (see canonicalSpan), but a report giving one does not leave
 * the other out. Either side's qualifier may allow the other's length.
 */
export function spansAlike(figure: Figure, sentence: SentenceRecord): boolean {
  const mine = lengthOf(figure);
  if (!mine) return false;
  return sentence.facts.figures.some((g) => {
    const theirs = lengthOf(g);
    return theirs !== undefined && theirs.months !== mine.months && (allows(figure, theirs.hours) || allows(g, mine.hours));
  });
}

import type { Figure, SentenceRecord } from '../types.ts';
import { SPAN_HOURS, SPAN_MONTHS } from '../extract/calendarWords.ts';

/** A unit of time's (stemmed) scale and its length in that scale's measure; none for other nouns. */
const lengthOf = (unit: string): { scale: 'month' | 'hour'; size: number } | undefined =>
  SPAN_MONTHS[unit] !== undefined
    ? { scale: 'month', size: SPAN_MONTHS[unit] }
    : SPAN_HOURS[unit] !== undefined
      ? { scale: 'hour', size: SPAN_HOURS[unit] }
      : undefined;

/** One of a unit written with "a", "an" or "one" ("for a year", "in a day"), which the figure reader reads as no figure. */
const ONE_UNIT = /\b(?:a|an|one)\s+(?:full\s+|whole\s+|single\s+)?(year|month|week|day|hour|minute)\b/gi;
const STEMS: Record<string, string> = { day: 'dai', minute: 'minut' };

/**
 * Whether a sentence words a span of time as one of a larger unit: "a year" or "within one year"
 * for "twelve months", "in a day" for "24 hours". The figure reader takes no such phrase for a
 * figure ("a year ago", "once a year" are too common), so a report wording the span so would
 * otherwise seem to leave it out. Spans written as figures in two units are compared elsewhere
 * (see amountOf in figureDiscrepancies), where "three years" of something is kept apart from a
 * "36-month" loan.
 */
export function oneUnitSpan(figure: Figure, sentence: SentenceRecord): boolean {
  const unit = figure.kind === 'count' && figure.unit ? lengthOf(figure.unit) : undefined;
  if (!unit || figure.amount === undefined) return false;
  const length = figure.amount * unit.size;
  return [...sentence.text.matchAll(ONE_UNIT)].some(([, word]) => {
    const stem = STEMS[word!.toLowerCase()] ?? word!.toLowerCase();
    const other = lengthOf(stem)!;
    return stem !== figure.unit && other.scale === unit.scale && Math.abs(other.size - length) < 1e-9;
  });
}

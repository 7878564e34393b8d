import type { Figure, SentenceRecord } from '../types.ts';

/** Each unit of time (stemmed, as figures store them) in its scale's smallest unit: months for years and months, minutes for the rest. */
const IN_SMALLEST: Record<string, { scale: 'month' | 'minute'; size: number }> = {
  year: { scale: 'month', size: 12 },
  month: { scale: 'month', size: 1 },
  week: { scale: 'minute', size: 7 * 24 * 60 },
  dai: { scale: 'minute', size: 24 * 60 },
  hour: { scale: 'minute', size: 60 },
  minut: { scale: 'minute', size: 1 },
};

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
  const unit = figure.kind === 'count' && figure.unit ? IN_SMALLEST[figure.unit] : undefined;
  if (!unit || figure.amount === undefined) return false;
  const length = figure.amount * unit.size;
  return [...sentence.text.matchAll(ONE_UNIT)].some(([, word]) => {
    const stem = STEMS[word!.toLowerCase()] ?? word!.toLowerCase();
    const other = IN_SMALLEST[stem]!;
    return stem !== figure.unit && other.scale === unit.scale && other.size === length;
  });
}

import { SPAN_UNITS } from '../extract/calendarWords.ts';
import type { FeatureVector } from '../types.ts';

/** Options of {@link specificAmounts}. */
export interface SpecificAmountOptions {
  /**
   * Whether spans of time count, of any length: inside a claim they are its amount ("four
   * years" in prison), but as the only ground for a new claim they are too common ("in ten
   * years", "a decade earlier"), so they do not count at all. Default: true.
   */
  spans?: boolean;
  /** Features that state no amount of a claim's own, such as a named person's age (see namedAges). Default: none. */
  incidental?: ReadonlySet<string>;
}

/**
 * Amounts specific enough to identify a claim: temperatures, counts from a thousand up rounded
 * (see sentenceFeatures), years, dates, tallies, money, percentages, times of day,
 * measurements, counts of a named thing.
 */
const SPECIFIC = /^f:(?:temperature:|about:|year:|date:|tally:|money:|percent:|time:|measure:|count:(\S+) (\S+))/;
/** Spans counted as specific under ten ("four years"), as figureMatches has always taken them. */
const SHORT_SPANS = new Set(['year', 'month', 'week', 'dai', 'hour']);

/**
 * The features of a sentence that state a specific amount: a temperature, a year ("since 1976",
 * "the 2034 Games"), a large count rounded ("Some 150,000 students" for 148,000), a date ("on
 * June 3", "14 March 2026": one day, where a weekday recurs every week), a tally or score (two
 * numbers name one result: "The final-round count was 52 to 41" reports the vote), money, a
 * percentage, a time of day, a measurement, or a count of a named thing from ten up ("two
 * countries" is incidental), and spans of time as `spans` says.
 */
export function specificAmounts(vector: FeatureVector, { spans = true, incidental }: SpecificAmountOptions = {}): Set<string> {
  const found = new Set<string>();
  for (const feature of vector.keys()) {
    const match = SPECIFIC.exec(feature);
    if (!match || incidental?.has(feature)) continue;
    const [, count, unit] = match;
    if (count === undefined) found.add(feature);
    else if (spans ? Number(count) >= 10 || SHORT_SPANS.has(unit!) : Number(count) >= 10 && !SPAN_UNITS.has(unit!)) found.add(feature);
  }
  return found;
}

import { discrepancyText } from '../../messages.ts';
import { shorten } from '../shorten.ts';
import type { Discrepancy } from '../types.ts';

/** Groups articles by the value they give, in the order the values first appear. */
function grouped(d: Discrepancy, labelOf: (article: string) => string) {
  const map = new Map<string, string[]>();
  for (const { article, value } of d.values) map.set(value, [...(map.get(value) ?? []), labelOf(article)]);
  return [...map].map(([value, labels]) => ({ value, labels }));
}

/** The groups with the largest first, then by value: the majority reading leads. */
function byMajority(groups: ReturnType<typeof grouped>) {
  return [...groups].sort((a, b) => b.labels.length - a.labels.length || a.value.localeCompare(b.value));
}

/**
 * Articles grouped by what their figures read as, the majority first: each reading in its most
 * common wording, the articles that word it otherwise named with their wording ("3.2%
 * (Article 1, Article 2; Article 3: “3,2 percent”)").
 */
function byReading(d: Discrepancy, labelOf: (article: string) => string): { value: string; label: string }[] {
  const readings = new Map<string, { article: string; value: string }[]>();
  for (const v of d.values) {
    const key = v.reading ?? v.value;
    readings.set(key, [...(readings.get(key) ?? []), v]);
  }
  return [...readings.values()]
    .sort((a, b) => b.length - a.length)
    .map((list) => {
      // The most common wording, the first article's on a tie.
      const wordings = grouped({ ...d, values: list }, labelOf).sort((a, b) => b.labels.length - a.labels.length);
      const [main, ...others] = wordings;
      const label = [main!.labels.join(', '), ...others.map((o) => discrepancyText.wordedAs(o.labels.join(', '), o.value))].join('; ');
      return { value: main!.value, label };
    });
}

/** Articles grouped by what their values read as, each group in its most common wording, an article wording it otherwise labelled with its wording. */
function countedReadings(d: Discrepancy, labelOf: (article: string) => string): { value: string; labels: string[] }[] {
  const readings = Map.groupBy(d.values, (v) => v.reading ?? v.value);
  return [...readings.values()].map((list) => {
    const counts = Map.groupBy(list, (v) => v.value);
    const main = [...counts.keys()].sort((a, b) => counts.get(b)!.length - counts.get(a)!.length)[0]!;
    return {
      value: main,
      labels: list.map((v) => (v.value === main ? labelOf(v.article) : discrepancyText.wordedAs(labelOf(v.article), v.value))),
    };
  });
}

/** Longest quotation wording shown in full in a discrepancy line (characters). */
const QUOTE_LENGTH = 90;

/** Says a discrepancy in plain words: "3 articles say Sunday (…), 1 article says Monday (…)". */
export function describeDiscrepancy(d: Discrepancy, labelOf: (article: string) => string): string {
  // A day given in the sentence before an article's account says so, as its wording shown
  // below does not hold it.
  const before = new Set(d.values.filter((v) => v.before).map((v) => v.article));
  const label = (article: string) => (before.has(article) ? discrepancyText.inSentenceBefore(labelOf(article)) : labelOf(article));
  const groups = byMajority(grouped(d, label));
  switch (d.type) {
    case 'date':
      // One date however worded ("December 14", "14 December"): counted once, in its most
      // common wording, each article that words it otherwise named with its wording.
      if (d.values.some((v) => v.reading)) return discrepancyText.countedValues(byMajority(countedReadings(d, label)));
      return discrepancyText.countedValues(groups);
    case 'weekday':
    case 'time':
    case 'temperature':
      return discrepancyText.countedValues(groups);
    case 'amount':
    case 'number': {
      const versus = discrepancyText.versus(byReading(d, labelOf));
      return d.consistent ? `${versus} — ${discrepancyText.consistent}` : versus;
    }
    case 'name-spelling':
      return discrepancyText.nameSpelling(d.subject ?? '', groups);
    case 'title':
      return discrepancyText.title(d.subject ?? '', groups);
    case 'speaker':
      return discrepancyText.speaker(groups);
    case 'omitted-figure':
      return discrepancyText.omittedFigure(grouped(d, labelOf), (d.missing ?? []).map(labelOf));
    case 'quote-wording': {
      // The wordings are shown in full below; here each is cut to a readable length, visibly.
      // In article order, so the line reads like the wordings below it.
      const trimmed = new Set(d.values.filter((v) => v.trimmed).map((v) => v.value));
      return discrepancyText.quoteWording(
        grouped(d, labelOf).map((g) => ({ ...g, value: shorten(g.value, QUOTE_LENGTH), trimmed: trimmed.has(g.value) })),
      );
    }
  }
}

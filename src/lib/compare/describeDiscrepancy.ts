import { discrepancyText } from '../../messages.ts';
import { shorten } from '../shorten.ts';
import type { Discrepancy } from '../types.ts';

/** Groups articles by the value they give, in the order the values first appear. */
function grouped(d: Discrepancy, labelOf: (article: string) => string) {
  const map = new Map<string, string[]>();
  for (const { article, value } of d.values) map.set(value, [...(map.get(value) ?? []), labelOf(article)]);
  return [...map].map(([value, labels]) => ({ value, labels }));
}

/**
 * The groups with the largest first: the majority reading leads. Groups as large keep the order
 * the articles come in, so that "1 article says Wednesday (000), 1 article says Thursday (004)"
 * reads in the story's order, not the alphabet's.
 */
function byMajority(groups: ReturnType<typeof grouped>) {
  return [...groups].sort((a, b) => b.labels.length - a.labels.length);
}

/**
 * Per reading of the values (how a figure or date reads, however worded), the largest first:
 * its wordings grouped, the most common first (the first article's on a tie).
 */
function readingWordings(d: Discrepancy, labelOf: (article: string) => string, lastOnTie: (wording: string) => boolean = () => false) {
  return [...Map.groupBy(d.values, (v) => v.reading ?? v.value).values()]
    .sort((a, b) => b.length - a.length)
    .map((list) =>
      grouped({ ...d, values: list }, labelOf).sort(
        (a, b) => b.labels.length - a.labels.length || Number(lastOnTie(a.value)) - Number(lastOnTie(b.value)),
      ),
    );
}

/**
 * Articles grouped by what their figures read as, the majority first: each reading in its most
 * common wording, the articles that word it otherwise named with their wording ("3.2%
 * (Article 1, Article 2; Article 3: “3,2 percent”)").
 */
function byReading(d: Discrepancy, labelOf: (article: string) => string): { value: string; label: string }[] {
  return readingWordings(d, labelOf).map(([main, ...others]) => ({
    value: main!.value,
    label: [main!.labels.join(', '), ...others.map((o) => discrepancyText.wordedAs(o.labels.join(', '), o.value))].join('; '),
  }));
}

/** Like {@link byReading}, with a label per article, to be counted: "Article 3: “14 December”". */
function countedReadings(
  d: Discrepancy,
  labelOf: (article: string) => string,
  lastOnTie?: (wording: string) => boolean,
): { value: string; labels: string[] }[] {
  return readingWordings(d, labelOf, lastOnTie).map(([main, ...others]) => ({
    value: main!.value,
    labels: [...main!.labels, ...others.flatMap((o) => o.labels.map((l) => discrepancyText.wordedAs(l, o.value)))],
  }));
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
      return discrepancyText.countedValues(byMajority(countedReadings(d, label)));
    case 'time':
      // One time however hedged ("3:40 a.m.", "about 3:40 a.m."): counted once, each article that
      // hedges it otherwise named with its wording.
      // As many articles giving it exactly as loosely: the exact wording leads ("3:40 a.m.", not
      // "about 3:40 a.m.").
      return discrepancyText.countedValues(byMajority(countedReadings(d, label, (wording) => /^\p{L}/u.test(wording))));
    case 'weekday':
    case 'temperature':
      return discrepancyText.countedValues(groups);
    case 'amount':
    case 'number': {
      const versus = discrepancyText.versus(byReading(d, labelOf));
      return d.consistent ? `${versus} — ${discrepancyText.consistent}` : versus;
    }
    case 'name-spelling': {
      // On a tie the name as the story spells it leads ("Koval" before a translation's "Kovaal").
      const spelling = d.subject ?? '';
      const asSpelt = (value: string) => Number(!spelling.split(' ').includes(value) && spelling !== value);
      return discrepancyText.nameSpelling(
        spelling,
        [...groups].sort((a, b) => b.labels.length - a.labels.length || asSpelt(a.value) - asSpelt(b.value)),
      );
    }
    case 'title':
      // One title however capitalised: each article that capitalises it otherwise named with its wording.
      return discrepancyText.title(d.subject ?? '', byMajority(countedReadings(d, label)));
    case 'speaker':
      // One person however an article spells the name: counted once, each article that spells
      // it otherwise named with its spelling.
      return discrepancyText.speaker(byMajority(countedReadings(d, label)));
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

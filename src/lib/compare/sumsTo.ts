import type { Figure, SentenceRecord } from '../types.ts';

/** What joins the two parts of a whole: "164 passengers and six crew", "12 adults plus 3 children". */
const JOINED = /^\s*(?:and|plus)\s+$/i;

/**
 * Whether a sentence gives a count as the sum of two counts it joins ("164 passengers and six
 * crew" for "170 people" on board): the report does not leave the total out, it breaks it down.
 * No package reads a total into a list of counts; two adjacent parts are all news prose writes.
 */
export function sumsTo(figure: Figure, sentence: SentenceRecord): boolean {
  if (figure.kind !== 'count' || figure.amount === undefined) return false;
  const counts = sentence.facts.figures.filter((f) => f.kind === 'count' && f.amount !== undefined);
  return counts.some((first, i) => {
    const second = counts[i + 1];
    if (!second || first.amount! + second.amount! !== figure.amount) return false;
    const end = sentence.text.indexOf(first.text) + first.text.length;
    const start = sentence.text.indexOf(second.text, end);
    return start > end && JOINED.test(sentence.text.slice(end, start));
  });
}

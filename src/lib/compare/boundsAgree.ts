import type { Figure } from '../types.ts';

/** How far an estimate ("about 40", "roughly €2bn") may be from the true amount, as a share of it. */
const ESTIMATE = 0.1;

interface Range {
  low: number;
  high: number;
  /** The bound itself is excluded ("more than 170": not 170). */
  lowOpen?: boolean;
  highOpen?: boolean;
}

/** The amounts a figure allows, read with its qualifier ("more than 170" allows 180). */
function rangeOf({ amount, qualifier }: Figure): Range {
  const x = amount!;
  switch (qualifier) {
    case 'more than':
    case 'over':
      return { low: x, high: Infinity, lowOpen: true };
    case 'just over':
      return { low: x, high: x * (1 + ESTIMATE), lowOpen: true };
    case 'at least':
      return { low: x, high: Infinity };
    case 'fewer than':
    case 'less than':
    case 'under':
      return { low: 0, high: x, highOpen: true };
    case 'just under':
      return { low: x * (1 - ESTIMATE), high: x, highOpen: true };
    case 'at most':
    case 'up to':
    case 'as many as':
    case 'as much as':
      return { low: 0, high: x };
    case 'nearly':
    case 'almost':
      return { low: x * (1 - ESTIMATE), high: x, highOpen: true };
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
    case 'some':
    case 'close to':
      return { low: x * (1 - ESTIMATE), high: x * (1 + ESTIMATE) };
    default:
      return { low: x, high: x };
  }
}

/**
 * Whether the articles' figures for one quantity could all be true at once, read with their
 * qualifiers: "more than 170 flights" and "180 flights", "at least 12 people" and "19 people"
 * (an early toll and a later one) can; "46 cases" and "48 cases" cannot. Each article gives
 * its figures (one or more wordings of one amount); figures without an amount never agree.
 */
export function boundsAgree(figuresByArticle: Figure[][]): boolean {
  const ranges = figuresByArticle.flat().map((f) => (f.amount === undefined ? undefined : rangeOf(f)));
  if (ranges.length < 2 || ranges.some((r) => r === undefined)) return false;
  let low = -Infinity;
  let high = Infinity;
  let lowOpen = false;
  let highOpen = false;
  for (const r of ranges as Range[]) {
    if (r.low > low || (r.low === low && r.lowOpen)) [low, lowOpen] = [r.low, !!r.lowOpen];
    if (r.high < high || (r.high === high && r.highOpen)) [high, highOpen] = [r.high, !!r.highOpen];
  }
  return low < high || (low === high && !lowOpen && !highOpen);
}

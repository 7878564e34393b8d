import type { Figure } from '../types.ts';
import { boundsAgree } from './boundsAgree.ts';
import { countsOthers } from './countsOthers.ts';

/** Qualifiers of an estimate close to its amount (within a tenth), not an open bound ("more than 10"). */
const CLOSE = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'close to', 'nearly', 'almost', 'just over', 'just under']);

/**
 * Whether figure `f` gives the amount figure `g` states, less or more precisely: one of them
 * as a close estimate ("About 38,000" cars for the "37,900" another report gives), or the other
 * rounded ("6%" in a headline for the "6.2%" of the text, within a twentieth of it). `kind`
 * says what each states ("count", "span", "money:EUR"); two of different kinds never agree.
 */
export function givesAmount(f: Figure, g: Figure, kind: (x: Figure) => string | undefined): boolean {
  if (kind(f) === undefined || kind(f) !== kind(g) || f.amount === undefined || g.amount === undefined || f.amount === g.amount)
    return false;
  const close = (x: Figure) => x.qualifier === undefined || CLOSE.has(x.qualifier);
  // "Twelve others" is a part of a whole: no estimate of another amount.
  if (!close(f) || !close(g) || countsOthers(f) || countsOthers(g)) return false;
  if (f.qualifier !== undefined || g.qualifier !== undefined) return boundsAgree([[f], [g]]);
  const [precise, round] = places(f.amount) < places(g.amount) ? [f.amount, g.amount] : [g.amount, f.amount];
  const gap = Math.abs(precise - round);
  return gap <= 10 ** places(round) / 2 && gap <= round / 20;
}

/** The power of ten an amount is written to: 3 for 38,000, 0 for 6, -1 for 6.2. */
function places(amount: number): number {
  for (let k = Math.floor(Math.log10(amount)); k > -4; k -= 1) {
    const scaled = amount / 10 ** k;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return k;
  }
  return -4;
}

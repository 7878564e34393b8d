import type { Figure } from '../types.ts';

/** Qualifiers of an estimate either side of its amount, no bound: "about 40", "roughly €2bn". */
const ESTIMATES = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'close to']);

/** Whether a figure is hedged as an estimate either side of its amount ("about 2.4 million tonnes"), not bounded ("at least 14"). */
export function isEstimate(f: Figure): boolean {
  return f.qualifier !== undefined && ESTIMATES.has(f.qualifier);
}

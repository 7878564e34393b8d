import type { QuoteOverlap } from '../types.ts';

/**
 * How much two sentences' quotations share: the share of the shorter one's stems found in the
 * other, and whether that makes them one quotation (half the shorter quote, and at least two
 * words: one shared word such as "stage" is a topic, not a quote). Empty sets share nothing.
 */
export function quoteOverlap(x: Set<string>, y: Set<string>): QuoteOverlap {
  const shorter = Math.min(x.size, y.size);
  if (shorter === 0) return { share: 0, same: false };
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared += 1;
  const share = shared / shorter;
  return { share, same: share >= 0.5 && shared >= Math.min(2, shorter) };
}

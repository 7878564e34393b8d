import type { QuoteOverlap } from '../types.ts';

/**
 * Share of the shorter quotation's words the other must hold to be the same quotation: a
 * machine translation keeps only some of them ("We make everything possible to reach the
 * persons still blocked under the ruins" for "We are doing everything we can to reach people
 * still trapped under the rubble").
 */
const SAME_SHARE = 0.4;

/**
 * Stems that begin alike over this many letters are one word: a translation's derivation the
 * stemmer leaves apart ("compassion" and "compassionate" stem to "compass" and "compassion").
 */
const PREFIX = 6;

/**
 * How much two sentences' quotations share: the share of the shorter one's stems found in the
 * other, or with a synset in common with one of the other's (`synonymsOf`, when given: a
 * translation's "errors" for "mistakes"), and whether that makes them one quotation
 * (two-fifths of the shorter quote, and at least two words: one shared word such as "stage"
 * is a topic, not a quote). Empty sets share nothing.
 */
export function quoteOverlap(x: Set<string>, y: Set<string>, synonymsOf?: (stem: string) => readonly string[]): QuoteOverlap {
  const shorter = Math.min(x.size, y.size);
  if (shorter === 0) return { share: 0, same: false };
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  const largeSynsets = synonymsOf ? new Set([...large].flatMap((stem) => synonymsOf(stem))) : undefined;
  const largePrefixes = new Set([...large].filter((stem) => stem.length >= PREFIX).map((stem) => stem.slice(0, PREFIX)));
  let shared = 0;
  for (const stem of small) {
    if (
      large.has(stem) ||
      synonymsOf?.(stem).some((y) => largeSynsets!.has(y)) ||
      (stem.length >= PREFIX && largePrefixes.has(stem.slice(0, PREFIX)))
    )
      shared += 1;
  }
  const share = shared / shorter;
  return { share, same: share >= SAME_SHARE && shared >= Math.min(2, shorter) };
}

import type { FeatureVector, GroupMembers } from '../types.ts';
import { specificAmounts } from './specificAmounts.ts';

/** Options of {@link figureMatches}. */
export interface FigureMatchOptions {
  /** The sentence's average similarity to the group's core must still reach this (some shared wording). Default: 0.08. */
  minScore?: number;
  /** Average similarity of a sentence to a group's core sentences from other articles. */
  average: (sentence: number, core: number[]) => number;
  /** Whether a sentence may join a group at all (e.g. not one quoting different words). Default: always. */
  canJoin?: (sentence: number, core: number[]) => boolean;
  /** Per sentence, the features of amounts that tell no claim, such as a named person's age (see namedAges). Default: none. */
  incidental?: (sentence: number) => ReadonlySet<string>;
}

/**
 * Second claims found through an exact amount: `[sentence, group]` pairs. A sentence stating
 * an amount that a group's sentences state ("the Social Democrats have 67 seats, well ahead of
 * the Unity Party on 52") supports that group's claim too, when it is not already in it and
 * its own group does not already account for that amount (a sentence in the share-price claim
 * does not join the breach claim through the 6% the business report's lede gives for both).
 * It may join a group that already holds a sentence of its article: an article may split a
 * claim over two sentences ("The union wants a 15% rise." / "Management has put 6% on the
 * table.") or repeat it (a live blog's list line and its text). Its wording must still match
 * the group a little.
 */
export function figureMatches(
  groups: GroupMembers[],
  vectors: FeatureVector[],
  articleOf: number[],
  { minScore = 0.08, average, canJoin = () => true, incidental }: FigureMatchOptions,
): [number, number][] {
  const amounts = vectors.map((v, k) => specificAmounts(v, { incidental: incidental?.(k) }));
  const found: [number, number][] = [];
  for (let k = 0; k < vectors.length; k += 1) {
    if (amounts[k]!.size === 0) continue;
    const home = groups.find((g) => g.core.includes(k));
    const accounted = new Set(home ? home.core.filter((j) => articleOf[j] !== articleOf[k]).flatMap((j) => [...amounts[j]!]) : []);
    const telling = [...amounts[k]!].filter((f) => !accounted.has(f));
    if (telling.length === 0) continue;
    groups.forEach((group, g) => {
      if (group.core.includes(k) || group.extra.includes(k) || !canJoin(k, group.core)) return;
      if (!group.core.some((j) => telling.some((f) => amounts[j]!.has(f)))) return;
      if (average(k, group.core) >= minScore) found.push([k, g]);
    });
  }
  return found;
}

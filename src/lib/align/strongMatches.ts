import type { GroupMembers, ScoredPair } from '../types.ts';
import { mayJoin } from './mayJoin.ts';
import { meanBestMatch } from './meanBestMatch.ts';

/** Options of {@link strongMatches}. */
export interface StrongMatchOptions {
  /** A leftover's pair with a group's core sentence must score at least this. */
  minSimilarity: number;
  /** Scored pairs in either order (0 for pairs never scored). */
  similarity: (i: number, j: number) => number;
  /** Whether the sentence may join the group's core at all (see mayJoin). */
  canJoin: (sentence: number, core: number[]) => boolean;
}

/**
 * Sentences in no group that match some group's core sentence strongly, each with the group
 * (index) it matches best on average among those: `[leftover, group]` pairs. A lede worded
 * apart from the other articles' ("Anton Lenz came out fighting on Monday.") can clearly match
 * one account without being that sentence's own best match in its article (which mutual best
 * matches ask); a pair well above the merge threshold is evidence enough.
 */
export function strongMatches(
  groups: GroupMembers[],
  pairs: ScoredPair[],
  articleOf: number[],
  { minSimilarity, similarity, canJoin }: StrongMatchOptions,
): [number, number][] {
  const groupOf = new Map<number, number>();
  const placed = new Set<number>();
  groups.forEach(({ core, extra }, g) => {
    for (const k of core) groupOf.set(k, g);
    for (const k of [...core, ...extra]) placed.add(k);
  });
  // Candidate groups of each leftover, from its strong pairs (sorted best first).
  const candidates = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.similarity < minSimilarity) break;
    for (const [self, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      const g = groupOf.get(other);
      if (placed.has(self) || g === undefined) continue;
      if (!candidates.has(self)) candidates.set(self, new Set());
      candidates.get(self)!.add(g);
    }
  }
  const found: [number, number][] = [];
  for (const [self, options] of candidates) {
    let best: { g: number; score: number } | undefined;
    for (const g of [...options].sort((x, y) => x - y)) {
      if (!mayJoin(self, groups[g]!, articleOf, canJoin)) continue;
      const score = meanBestMatch(self, groups[g]!.core, articleOf, similarity);
      if (!best || score > best.score) best = { g, score };
    }
    if (best) found.push([self, best.g]);
  }
  return found.sort((x, y) => x[0] - y[0]);
}

import { indexesByArticle } from './indexesByArticle.ts';

/** Options of {@link fillGaps}. */
export interface GapOptions {
  /** Two articles must share at least this many claims, in the same order, before their gaps are filled. Default: 3. */
  minAnchors?: number;
  /** A gap pair needs at least this similarity: some shared evidence, far below the merge threshold. Default: 0.04. */
  minSimilarity?: number;
}

/**
 * Pairs the sentences that two articles leave unaligned at the same place in their shared
 * sequence of claims. Rewrites of one wire report keep its order: when both articles hold
 * exactly one unaligned sentence between the same two shared claims, and the two share
 * some evidence, they are most likely the same claim reworded beyond what word overlap can
 * see. Anchors are the longest run of shared claims in the same order in both articles, so
 * one moved paragraph does not shift every gap; only gaps before an anchor count.
 */
export function fillGaps(
  groups: number[][],
  articleOf: number[],
  similarity: (i: number, j: number) => number,
  { minAnchors = 3, minSimilarity = 0.04 }: GapOptions = {},
): number[][] {
  const groupOf = new Map<number, number>();
  groups.forEach((group, n) => group.forEach((k) => groupOf.set(k, n)));
  const articles = indexesByArticle(articleOf);
  const found: number[][] = [];
  for (let x = 0; x < articles.length; x += 1) {
    for (let y = x + 1; y < articles.length; y += 1) {
      const a = articles[x]!;
      const b = articles[y]!;
      const anchors: [number, number][] = [];
      a.forEach((i, ia) =>
        b.forEach((j, jb) => {
          if (groupOf.has(i) && groupOf.get(i) === groupOf.get(j)) anchors.push([ia, jb]);
        }),
      );
      const chain = longestChain(anchors);
      if (chain.length < minAnchors) continue;
      // Not after the last shared claim: there articles end as each likes (background, a
      // kicker), and two closing sentences are no more alike for both closing.
      const bounds: [number, number][] = [[-1, -1], ...chain];
      for (let c = 1; c < bounds.length; c += 1) {
        const gapA = a.slice(bounds[c - 1]![0] + 1, bounds[c]![0]).filter((k) => !groupOf.has(k));
        const gapB = b.slice(bounds[c - 1]![1] + 1, bounds[c]![1]).filter((k) => !groupOf.has(k));
        if (gapA.length === 1 && gapB.length === 1 && similarity(gapA[0]!, gapB[0]!) >= minSimilarity) found.push([gapA[0]!, gapB[0]!]);
      }
    }
  }
  return found;
}

/** Longest chain of positions increasing in both articles (quadratic: anchors are few). */
function longestChain(anchors: [number, number][]): [number, number][] {
  const sorted = [...anchors].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const length = sorted.map(() => 1);
  const previous = sorted.map(() => -1);
  for (let n = 0; n < sorted.length; n += 1) {
    for (let m = 0; m < n; m += 1) {
      if (sorted[m]![0] < sorted[n]![0] && sorted[m]![1] < sorted[n]![1] && length[m]! + 1 > length[n]!) {
        length[n] = length[m]! + 1;
        previous[n] = m;
      }
    }
  }
  let end = length.indexOf(Math.max(0, ...length));
  const chain: [number, number][] = [];
  while (end >= 0) {
    chain.unshift(sorted[end]!);
    end = previous[end]!;
  }
  return chain;
}

import type { ScoredPair } from '../types.ts';
import { bestByArticle } from './bestByArticle.ts';
import { coheres } from './coheres.ts';
import { similarityLookup } from './similarityLookup.ts';

/** Options of {@link clusterPairs}. */
export interface ClusterOptions {
  /** Two groups merge while the average similarity of their cross-article pairs is at least this. Default: 0.16. */
  threshold?: number;
  /**
   * Whether two groups (sentence indexes) may merge at all, e.g. not two published claims, not
   * two different quotations. Default: always.
   */
  canMerge?: (x: number[], y: number[]) => boolean;
  /** Pairs of sentences that start in one group (a headline and its article's first sentence). Default: none. */
  linked?: [number, number][];
  /**
   * A group of two or more articles, all of which the other group already holds, merges only
   * when the linkage is at least this share of the group's own (see coheres). Default: 0.6.
   */
  cohesion?: number;
}

/**
 * Average-linkage agglomerative clustering over cross-article pairs. Unlike single linkage
 * (connected components), a group only grows when a new sentence is similar to the group *on
 * average*, so a chain A~B~C of partly overlapping sentences does not glue unrelated A and C.
 * The average is over each sentence's best match in each of the other group's articles: an
 * article may word one claim in two sentences (a headline and its lede, a quotation split in
 * two), and a sentence should match that article's account, not every sentence of it.
 * Pairs within one article are not evidence either way and are left out.
 */
export function clusterPairs(
  count: number,
  articleOf: number[],
  pairs: ScoredPair[],
  { threshold = 0.16, canMerge = () => true, linked = [], cohesion = 0.6 }: ClusterOptions = {},
): number[][] {
  const pairSim = similarityLookup(pairs, count);
  const clusters = new Map<number, number[]>();
  const owner = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    clusters.set(i, [i]);
    owner[i] = i;
  }
  const join = (x: number, y: number) => {
    const merged = [...clusters.get(x)!, ...clusters.get(y)!].sort((a, b) => a - b);
    clusters.delete(y);
    clusters.set(x, merged);
    for (const i of merged) owner[i] = x;
  };
  for (const [a, b] of linked) if (owner[a] !== owner[b]) join(owner[a]!, owner[b]!);
  // Each sentence's best match in each article of the other group, averaged over both groups.
  const bestMatches = (x: number[], y: number[], sum: { total: number; count: number }) => {
    for (const i of x) {
      for (const score of bestByArticle(i, y, articleOf, pairSim)) {
        sum.total += score;
        sum.count += 1;
      }
    }
  };
  const linkage = (x: number[], y: number[]) => {
    const sum = { total: 0, count: 0 };
    bestMatches(x, y, sum);
    bestMatches(y, x, sum);
    return sum.count === 0 ? 0 : sum.total / sum.count;
  };
  // Repeatedly merge the best pair of neighbouring groups; neighbours are groups joined by at
  // least one scored pair, so the search stays sparse.
  for (;;) {
    const seen = new Set<number>();
    let best: { x: number; y: number; score: number } | undefined;
    for (const p of pairs) {
      if (p.similarity < threshold) break;
      const x = owner[p.a]!;
      const y = owner[p.b]!;
      if (x === y) continue;
      const key = Math.min(x, y) * count + Math.max(x, y);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!canMerge(clusters.get(x)!, clusters.get(y)!)) continue;
      const score = linkage(clusters.get(x)!, clusters.get(y)!);
      if (
        score >= threshold &&
        coheres(clusters.get(x)!, clusters.get(y)!, score, articleOf, linkage, cohesion) &&
        (!best ||
          score > best.score + 1e-12 ||
          (Math.abs(score - best.score) <= 1e-12 && key < Math.min(best.x, best.y) * count + Math.max(best.x, best.y)))
      ) {
        best = { x, y, score };
      }
      // Pairs are sorted by similarity; a group linkage can never beat the best single pair
      // between them, so once pairs fall below the best score found, stop looking.
      if (best && p.similarity < best.score) break;
    }
    if (!best) break;
    join(best.x, best.y);
  }
  return [...clusters.values()].filter((c) => c.length > 1).sort((a, b) => a[0]! - b[0]!);
}

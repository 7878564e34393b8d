import type { ScoredPair } from '../types.ts';

/**
 * Sentences left out of every group whose best match anywhere scores at least `minSimilarity`,
 * belongs to a group, and picks the sentence back as its own best match in that article:
 * `[leftover, match]` pairs. Mutual best matches are the most reliable pairs in alignment, so an
 * account worded too unlike the other articles' to join their group on average is still kept
 * with the one it clearly matches.
 */
export function mutualBestMatches(
  pairs: ScoredPair[],
  articleOf: number[],
  grouped: Set<number>,
  minSimilarity: number,
): [number, number][] {
  const bestAnywhere = new Map<number, ScoredPair & { other: number }>();
  const bestInArticle = new Map<string, number>();
  // Pairs come sorted by similarity, best first: the first pair seen for a key is its best.
  for (const p of pairs) {
    for (const [self, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      if (!bestAnywhere.has(self)) bestAnywhere.set(self, { ...p, other });
      const key = `${self}:${articleOf[other]}`;
      if (!bestInArticle.has(key)) bestInArticle.set(key, other);
    }
  }
  const found: [number, number][] = [];
  for (const [self, best] of bestAnywhere) {
    if (grouped.has(self) || best.similarity < minSimilarity || !grouped.has(best.other)) continue;
    if (bestInArticle.get(`${best.other}:${articleOf[self]}`) === self) found.push([self, best.other]);
  }
  return found.sort((x, y) => x[0] - y[0]);
}

import { meanBestMatch } from './meanBestMatch.ts';

/** Options of {@link dropWeakLinks}. */
export interface WeakLinkOptions {
  /** The article (index) of each sentence. */
  articleOf: number[];
  /** Similarity of two sentences (0 when never scored). */
  similarity: (i: number, j: number) => number;
  /** A linked sentence stays only when its best matches in the rest of the group average this much. Default: 0.048 (0.3 × the default threshold). */
  minMatch?: number;
}

/**
 * Groups without the linked sentences that only their partner brought in. A headline and its
 * lede start clustering as one (a headline summarises its lede in words often too few to match
 * other articles alone), so a partner whose own words barely match the rest rides in with the
 * one that does: an analysis's angle headline ("Calvera's tourism boom hides a problem",
 * "Tributes pour in for Marta Solvik") above a lede that reports the news. Such a sentence
 * leaves the group when its best match in each other article of the rest (its partner aside)
 * averages under `minMatch`, the bar followLinks sets for bringing a partner in; only where the
 * rest spans two articles or more, and only one of each pair leaves. Returns new groups.
 */
export function dropWeakLinks(
  groups: number[][],
  linked: [number, number][],
  { articleOf, similarity, minMatch = 0.048 }: WeakLinkOptions,
): number[][] {
  return groups.map((group) => {
    const kept = [...group];
    for (const [a, b] of linked) {
      if (!kept.includes(a) || !kept.includes(b)) continue;
      const rest = kept.filter((j) => j !== a && j !== b);
      if (new Set(rest.map((j) => articleOf[j])).size < 2) continue;
      const weak = [a, b].find((k) => meanBestMatch(k, rest, articleOf, similarity) < minMatch);
      if (weak !== undefined) kept.splice(kept.indexOf(weak), 1);
    }
    return kept;
  });
}

import { bestByArticle } from './bestByArticle.ts';

/** A sentence's best similarity in each other article of `group`, averaged (0 when the group has no other article). */
export function meanBestMatch(k: number, group: number[], articleOf: number[], similarity: (i: number, j: number) => number): number {
  const best = bestByArticle(k, group, articleOf, similarity);
  return best.length === 0 ? 0 : best.reduce((a, b) => a + b, 0) / best.length;
}

import { indexesByArticle } from './indexesByArticle.ts';

/** Each sentence's place in its own article, from 0 (first) to 1 (last); a lone sentence is at 0. */
export function relativePositions(articleOf: number[]): number[] {
  const positions = articleOf.map(() => 0);
  for (const list of indexesByArticle(articleOf)) {
    list.forEach((k, rank) => {
      positions[k] = list.length > 1 ? rank / (list.length - 1) : 0;
    });
  }
  return positions;
}

import { distance } from 'fastest-levenshtein';

/** Similarity of two words: 1 − Levenshtein distance / longer length. */
export function nameSimilarity(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.length + y.length === 0 ? 1 : 1 - distance(x, y) / Math.max(x.length, y.length);
}

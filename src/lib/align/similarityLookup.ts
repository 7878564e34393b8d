import type { ScoredPair } from '../types.ts';

/** Looks up a scored pair's similarity in either order (0 for pairs never scored). */
export function similarityLookup(pairs: ScoredPair[], count: number): (i: number, j: number) => number {
  const map = new Map<number, number>();
  for (const p of pairs) map.set(p.a * count + p.b, p.similarity);
  return (i, j) => map.get(Math.min(i, j) * count + Math.max(i, j)) ?? 0;
}

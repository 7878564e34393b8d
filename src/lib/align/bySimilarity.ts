import type { ScoredPair } from '../types.ts';

/**
 * Orders scored pairs best first, ties by sentence index, so that every step reading pairs in
 * order (clustering, strong matches) sees one order whatever order they were scored in.
 */
export function bySimilarity(p: ScoredPair, q: ScoredPair): number {
  return q.similarity - p.similarity || p.a - q.a || p.b - q.b;
}

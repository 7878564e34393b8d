import type { ScoredPair } from '../types.ts';
import { bySimilarity } from './bySimilarity.ts';
import { similarityLookup } from './similarityLookup.ts';

/**
 * Rescores each pair of a short subheading as the mean of its own similarity and that of the
 * sentence under it (`textOf`: heading -> text, indexes into the pairs' sentences). A heading
 * of a word or two ("14:32 Kitchens", "11:48 Minimum wage") is contained in any sentence that
 * uses those words, and would draw another claim's sentences ("many older schools have no
 * kitchen", "the Liberals a higher minimum wage") into its entry's group; its text says what
 * the entry reports.
 */
export function summaryPairs(pairs: ScoredPair[], textOf: Map<number, number>, count: number): ScoredPair[] {
  if (textOf.size === 0) return pairs;
  const sim = similarityLookup(pairs, count);
  const blend = (heading: number, other: number, similarity: number) => {
    const text = textOf.get(heading);
    return text === undefined || text === other ? similarity : (similarity + sim(text, other)) / 2;
  };
  return pairs.map(({ a, b, similarity }) => ({ a, b, similarity: blend(b, a, blend(a, b, similarity)) })).sort(bySimilarity);
}

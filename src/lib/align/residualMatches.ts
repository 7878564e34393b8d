import type { FeatureVector } from '../types.ts';
import { meanBestMatch } from './meanBestMatch.ts';
import { pairSimilarities, type PairOptions } from './pairSimilarities.ts';
import { similarityLookup } from './similarityLookup.ts';

/** Options of {@link residualMatches}. */
export interface ResidualOptions extends Omit<PairOptions, 'idfFrom' | 'derivedOnly'> {
  /** A group must score at least this with a sentence's leftover evidence (see residualMatches). Default: 0.2. */
  minScore?: number;
  /** Leftovers with fewer words or people than this are too little to match anything. Default: 3. */
  minLeftover?: number;
  /** Whether a sentence may join a group at all (e.g. not one quoting different words). Default: always. */
  canJoin?: (sentence: number, group: number[]) => boolean;
}

/**
 * Second claims of grouped sentences: `[sentence, group]` pairs. A sentence often reports two
 * claims ("cases reached 48, with most among unvaccinated children"); the clustering puts it
 * with the claim it shares most with, and its similarity to the second claim is diluted by the
 * first one's words. Here each grouped sentence's evidence that no other article's member of
 * its group shares (its leftover) is matched on its own against the other groups, with the
 * same measure and document frequencies as the whole sentences. A group scores the leftover's
 * best match in each of the group's articles, averaged (as the clustering does).
 */
export function residualMatches(
  groups: number[][],
  vectors: FeatureVector[],
  articleOf: number[],
  options: ResidualOptions = {},
): [number, number][] {
  const { minScore = 0.2, minLeftover = 3, canJoin = () => true, ...pairOptions } = options;
  const leftovers: { sentence: number; own: number; vector: FeatureVector }[] = [];
  groups.forEach((group, own) => {
    for (const sentence of group) {
      const explained = new Set(group.filter((j) => articleOf[j] !== articleOf[sentence]).flatMap((j) => [...vectors[j]!.keys()]));
      const vector = new Map([...vectors[sentence]!].filter(([feature]) => !explained.has(feature)));
      const terms = [...vector.keys()].filter((f) => f.startsWith('w:') || f.startsWith('@')).length;
      if (terms >= minLeftover) leftovers.push({ sentence, own, vector });
    }
  });
  if (leftovers.length === 0) return [];
  const n = vectors.length;
  // Leftovers are appended as extra "sentences" of their article; per-sentence options are
  // extended to match, and only the real sentences count toward document frequencies.
  const extend = <T>(values: T[] | undefined, blank: (sentence: number) => T) =>
    values && [...values, ...leftovers.map(({ sentence }) => blank(sentence))];
  const articles = extend(articleOf, (s) => articleOf[s]!)!;
  const similarity = similarityLookup(
    pairSimilarities([...vectors, ...leftovers.map((l) => l.vector)], articles, {
      ...pairOptions,
      idfFrom: n,
      derivedOnly: true,
      // The leftover holds no quotation words worth a quote match; its speaker and place are the sentence's.
      quoteStems: extend(pairOptions.quoteStems, () => new Set<string>()),
      speakers: extend(pairOptions.speakers, (s) => pairOptions.speakers![s]),
      positions: extend(pairOptions.positions, (s) => pairOptions.positions![s]!),
    }),
    n + leftovers.length,
  );
  const found: [number, number][] = [];
  leftovers.forEach(({ sentence, own }, k) => {
    groups.forEach((group, g) => {
      if (g === own || group.some((j) => articleOf[j] === articleOf[sentence]) || !canJoin(sentence, group)) return;
      if (meanBestMatch(n + k, group, articles, similarity) >= minScore) found.push([sentence, g]);
    });
  });
  return found;
}

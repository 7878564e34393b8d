import type { FeatureVector, GroupMembers } from '../types.ts';
import { mayJoin } from './mayJoin.ts';

/** Options of {@link secondaryMatches}. */
export interface SecondaryOptions {
  /** Average similarity of a sentence to a group's core sentences from other articles. */
  average: (sentence: number, core: number[]) => number;
  /** The sentence's average similarity to the second group must reach this. Default: 0.16. */
  threshold?: number;
  /** ...and this share of its average similarity to its own group. Default: 0.8. */
  ratio?: number;
  /** ...and it must share at least this many words, people or figures with the group. Default: 2. */
  minShared?: number;
  /** Whether a sentence may join a group at all (e.g. not one quoting different words). Default: always. */
  canJoin?: (sentence: number, core: number[]) => boolean;
  /**
   * Similarity of two sentences. With it, a sentence also joins a group it matches on average
   * only `looseThreshold`, when it matches one of its sentences at least `clearMatch` and
   * shares at least `looseMinShared` words, people or figures with it. Default: none.
   */
  similarity?: (a: number, b: number) => number;
  /** See `similarity`. Default: 0.1. */
  looseThreshold?: number;
  /** See `similarity`. Default: 0.2. */
  clearMatch?: number;
  /** See `similarity`. Default: 3. */
  looseMinShared?: number;
}

/** Evidence a reader would call shared content: words, people, figures (not n-grams or synsets). */
const CONTENT = /^(?:w:|@|f:)/;

/**
 * Second claims of whole sentences: `[sentence, group]` pairs. A sentence that reports two
 * claims ("cancelled the deal, saying it cost £700 million") joins the second group when it
 * matches it as well as its members do, nearly as well as it matches its own group, and on
 * more than one shared word: a single common word ("people") matches a short group on average
 * too easily. It joins on a weaker average when it clearly matches one of the group's
 * sentences and shares more with it (see `similarity`). No sentence joins a group that
 * already holds a sentence of its article.
 */
export function secondaryMatches(
  groups: GroupMembers[],
  vectors: FeatureVector[],
  articleOf: number[],
  {
    average,
    threshold = 0.16,
    ratio = 0.8,
    minShared = 2,
    canJoin = () => true,
    similarity,
    looseThreshold = 0.1,
    clearMatch = 0.2,
    looseMinShared = 3,
  }: SecondaryOptions,
): [number, number][] {
  const content = vectors.map((v) => [...v.keys()].filter((f) => CONTENT.test(f)));
  const groupContent = groups.map(({ core }) => new Set(core.flatMap((j) => content[j]!)));
  const own = new Map<number, number>();
  for (const g of groups) for (const k of g.core) own.set(k, average(k, g.core));
  // The least average that may join at all: the loose one when a clear match can make up for it.
  const floor = similarity ? Math.min(threshold, looseThreshold) : threshold;
  const found: [number, number][] = [];
  for (let k = 0; k < vectors.length; k += 1) {
    groups.forEach((group, g) => {
      if (!mayJoin(k, group, articleOf, canJoin)) return;
      const score = average(k, group.core);
      if (score < floor || score < ratio * (own.get(k) ?? 0)) return;
      const shared = content[k]!.filter((f) => groupContent[g]!.has(f)).length;
      if (score >= threshold && shared >= minShared) found.push([k, g]);
      // The group's other articles may word the second claim apart from each other, so that the
      // average is low though one of them words it as this sentence does ("… the first time we
      // have seen water …" beside a lede on the planet's size); more shared content makes up
      // for the weaker average.
      else if (
        similarity &&
        shared >= looseMinShared &&
        group.core.some((j) => articleOf[j] !== articleOf[k] && similarity(k, j) >= clearMatch)
      )
        found.push([k, g]);
    });
  }
  return found;
}

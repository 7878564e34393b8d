import type { SentenceRecord } from '../types.ts';
import { clusterPairs, type ClusterOptions } from './clusterPairs.ts';
import { pairSimilarities, type PairOptions, type ScoredPair } from './pairSimilarities.ts';
import { findAcronyms } from './findAcronyms.ts';
import { sentenceFeatures, type FeatureOptions } from './sentenceFeatures.ts';

/** Options of {@link alignSentences}. */
export interface AlignOptions extends PairOptions, ClusterOptions, Omit<FeatureOptions, 'aliases'> {
  /**
   * A sentence already in one group also supports another group when its average similarity
   * to that group's sentences from other articles reaches this. Default: the threshold.
   */
  secondaryThreshold?: number;
  /** Sentences with fewer comparable words are not aligned (too little evidence). Default: 2. */
  minTerms?: number;
  /** Published claims (`claims.lock.yaml`): id -> `article#anchor` sentences. Two never merge. Default: none. */
  locked?: Map<string, Set<string>>;
}

/** A group of sentences (indexes into the input) reporting one claim, each with a confidence. */
export interface SentenceGroup {
  members: { sentence: number; confidence: number; secondary: boolean }[];
}

/**
 * Groups sentences from different articles that report the same claim. Boilerplate, captions
 * and repeated paragraphs never take part: they would count one article's words twice.
 */
export function alignSentences(sentences: SentenceRecord[], options: AlignOptions = {}): SentenceGroup[] {
  const { threshold = 0.18, minTerms = 2 } = options;
  const secondaryThreshold = options.secondaryThreshold ?? threshold;
  const eligible = sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !s.repeated && (s.kind === 'text' || s.kind === 'heading'));
  const aliases = findAcronyms(sentences.map((s) => s.text));
  const vectors = eligible.map(({ s }) => sentenceFeatures(s, { ...options, aliases }));
  const keep = eligible.map((_, k) => [...vectors[k]!.keys()].filter((f) => f.startsWith('w:') || f.startsWith('@')).length >= minTerms);
  const usable = eligible.filter((_, k) => keep[k]);
  const usableVectors = vectors.filter((_, k) => keep[k]);
  const articleNames = [...new Set(sentences.map((s) => s.article))];
  const articleOf = usable.map(({ s }) => articleNames.indexOf(s.article));
  const pairs = pairSimilarities(usableVectors, articleOf, options);
  const lockOfSentence = new Map<string, string>();
  for (const [id, members] of options.locked ?? []) for (const key of members) if (!lockOfSentence.has(key)) lockOfSentence.set(key, id);
  const cannotLink = options.locked ? usable.map(({ s }) => lockOfSentence.get(`${s.article}#${s.anchor}`)) : undefined;
  const groups = clusterPairs(usable.length, articleOf, pairs, { threshold, ...(cannotLink ? { cannotLink } : {}) }).filter(
    (g) => new Set(g.map((k) => articleOf[k])).size >= 2,
  );
  const sim = similarityLookup(pairs, usable.length);
  const average = (k: number, group: number[]) => {
    const others = group.filter((j) => articleOf[j] !== articleOf[k]);
    return others.length === 0 ? 0 : others.reduce((sum, j) => sum + sim(k, j), 0) / others.length;
  };
  const result = groups.map((group) => ({ core: group, extra: [] as number[] }));
  // Secondary support: a sentence that reports two claims ("cancelled the deal, saying it cost
  // £700 million") joins the second group when it matches that group as well as its members do.
  for (let k = 0; k < usable.length; k += 1) {
    for (const g of result) {
      if (g.core.includes(k) || g.core.some((j) => articleOf[j] === articleOf[k])) continue;
      if (average(k, g.core) >= secondaryThreshold) g.extra.push(k);
    }
  }
  return result.map(({ core, extra }) => ({
    members: [...core.map((k) => ({ k, secondary: false })), ...extra.map((k) => ({ k, secondary: true }))].map(({ k, secondary }) => ({
      sentence: usable[k]!.i,
      secondary,
      // Average similarity to the other articles' sentences, scaled so that the merge threshold
      // maps to 0.5 and twice the threshold (clear paraphrase) to 1.
      confidence: Math.min(1, Math.round((average(k, [...core, ...extra]) / (2 * threshold)) * 100) / 100),
    })),
  }));
}

function similarityLookup(pairs: ScoredPair[], n: number) {
  const map = new Map<number, number>();
  for (const p of pairs) map.set(p.a * n + p.b, p.similarity);
  return (i: number, j: number) => map.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0;
}

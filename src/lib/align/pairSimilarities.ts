import type { FeatureVector, ScoredPair } from '../types.ts';
import { bySimilarity } from './bySimilarity.ts';
import { quoteOverlap } from './quoteOverlap.ts';

/** Options of {@link pairSimilarities}. */
export interface PairOptions {
  /**
   * Features carried by more sentences than this are left out of candidate generation (they
   * are weak evidence and would make the work quadratic). Default: max(40, 2% of sentences).
   */
  maxPostings?: number;
  /** Pairs scoring below this are dropped. Default: 0.05. */
  minSimilarity?: number;
  /**
   * Weight of containment (the share of the shorter sentence's evidence found in the other)
   * against cosine. Cosine alone punishes a short sentence quoting part of a long one.
   * Default: 0.7.
   */
  containment?: number;
  /**
   * Per sentence, the stems inside its direct quotations (empty when it quotes nothing). Two
   * sentences that both quote someone but share few quoted words report different quotes,
   * however alike the rest is (same speaker, same topic): their score is multiplied by
   * `quoteMismatch`. Default: none.
   */
  quoteStems?: Set<string>[];
  /** Synsets of a quoted stem: a synonym counts as a shared quoted word (see quoteOverlap). Default: none. */
  quoteSynonyms?: (stem: string) => readonly string[];
  /** Factor for sentences quoting different words. Default: 0.5. */
  quoteMismatch?: number;
  /**
   * Two sentences quoting the same words (see quoteOverlap) of the same speaker report one
   * quotation however differently the rest is worded (a paraphrase around a partial quote, a
   * machine translation around an exact one): they score at least this times the shared
   * share. Default: 0.5 (about three times the merge threshold).
   */
  quoteMatch?: number;
  /**
   * Factor for a sentence quoting someone against one quoting nobody, unless both are given to
   * the same speaker: across the annotated stories only about half such pairs report one claim
   * (a quotation and the report around it, an aside naming the same people), against four in
   * five of all pairs; a paraphrase that names the speaker ("Mayor Helena Strand said passenger
   * safety was 'not negotiable'") keeps its score. Default: 0.65.
   */
  quoteAlone?: number;
  /** Per sentence, the speaker of its quotation or statement; different speakers never count as one quotation. Default: none. */
  speakers?: (string | undefined)[];
  /** Per sentence, its place in its article from 0 (first) to 1 (last) (see relativePositions). Default: none (place is not evidence). */
  positions?: number[];
  /**
   * How much place counts: word similarity is multiplied by 1 − position × the difference of
   * the two sentences' places. Reports of one story put the same facts in a similar order
   * (news leads with the main facts), so a lead sentence and a closing one that share some
   * words are less likely one claim than two at the same depth. Default: 0.2.
   */
  position?: number;
  /**
   * Only the first this many vectors count toward a feature's document frequency; the rest are
   * derived from them (see residualMatches) and would count their words twice. Default: all.
   */
  idfFrom?: number;
  /**
   * Factor for two sentences that each give a tally or score (`f:tally:` features) and share
   * none: "Marrow 1-0 Port Ellis" and "a 2-1 win" are two moments of the match, two votes are
   * two votes, however alike the names around them. Default: 0.5.
   */
  tallyMismatch?: number;
  /** Per sentence, the stems of the words it writes with a capital inside it (see nameStems). Default: none. */
  names?: ReadonlySet<string>[];
  /**
   * Factor for two sentences whose shared words are all words of a name (place, ship, firm)
   * and that share no person or figure: "The Nordic Amber is 24 years old" and "The Nordic
   * Amber had a breakdown of the engine" share a ship, not a claim. Across the annotated
   * stories two such pairs in three over the threshold were no claim. Default: 0.8.
   */
  nameOnly?: number;
  /** Score only pairs with a derived vector (index ≥ idfFrom): the caller has the others already. Default: false. */
  derivedOnly?: boolean;
}

/**
 * Cosine similarity of TF-IDF-weighted features for every pair of sentences from different
 * articles that share an informative feature. Candidate pairs come from an inverted index
 * (blocking), so the cost grows with shared rare features, not with all pairs.
 */
export function pairSimilarities(vectors: FeatureVector[], articleOf: number[], options: PairOptions = {}): ScoredPair[] {
  const n = vectors.length;
  const {
    maxPostings = Math.max(40, Math.ceil(n * 0.02)),
    minSimilarity = 0.05,
    containment = 0.7,
    quoteStems,
    quoteSynonyms,
    quoteMismatch = 0.5,
    quoteMatch = 0.5,
    quoteAlone = 0.65,
    speakers,
    positions,
    position = 0.2,
    idfFrom = n,
    derivedOnly = false,
    tallyMismatch = 0.5,
    names,
    nameOnly = 0.8,
  } = options;
  const tallies = vectors.map((vector) => [...vector.keys()].filter((f) => f.startsWith('f:tally:')));
  // Two sentences whose scores differ report two states of a count, not one.
  const scored = (a: number, b: number, similarity: number) =>
    tallies[a]!.length > 0 && tallies[b]!.length > 0 && !tallies[a]!.some((t) => tallies[b]!.includes(t))
      ? similarity * tallyMismatch
      : similarity;
  const placed = (a: number, b: number, similarity: number) =>
    positions ? similarity * (1 - position * Math.abs(positions[a]! - positions[b]!)) : similarity;
  // The score of a pair after what their quotations say: one quotation, different ones, or no say.
  const quoted = (a: number, b: number, similarity: number) => {
    const x = quoteStems?.[a];
    const y = quoteStems?.[b];
    if (!x || !y) return similarity;
    const sa = speakers?.[a];
    const sb = speakers?.[b];
    if ((x.size === 0) !== (y.size === 0)) return sa !== undefined && sa === sb ? similarity : similarity * quoteAlone;
    if (x.size === 0) return similarity;
    const { share, same } = quoteOverlap(x, y, quoteSynonyms);
    if (same && (!sa || !sb || sa === sb)) return Math.max(similarity, quoteMatch * share);
    return share < 0.25 ? similarity * quoteMismatch : similarity;
  };
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    for (const feature of vector.keys()) {
      const list = postings.get(feature);
      if (list) list.push(i);
      else postings.set(feature, [i]);
    }
  });
  const frequency = new Map<string, number>();
  for (const [feature, list] of postings) {
    // A derived vector's features occur in its source, so the count is at least one.
    frequency.set(feature, idfFrom >= n ? list.length : Math.max(1, list.filter((i) => i < idfFrom).length));
  }
  const raw = vectors.map((vector) => {
    const out = new Map<string, number>();
    for (const [feature, weight] of vector) out.set(feature, weight * Math.log(1 + idfFrom / frequency.get(feature)!));
    return out;
  });
  const totals = raw.map((v) => [...v.values()].reduce((a, b) => a + b, 0) || 1);
  const weighted = raw.map((v) => {
    const norm = Math.sqrt([...v.values()].reduce((a, w) => a + w * w, 0)) || 1;
    return new Map([...v].map(([f, w]) => [f, w / norm]));
  });
  const dots = new Map<number, number>();
  const shared = new Map<number, number>();
  // Pairs that share a word of a name (see nameOnly), checked once the scores are summed.
  const sharingNames = new Set<number>();
  for (const [feature, list] of postings) {
    if (list.length < 2 || list.length > maxPostings) continue;
    const word = names && feature.startsWith('w:') ? feature.slice(2) : undefined;
    // Postings are in index order: derived vectors come last.
    let firstDerived = 0;
    if (derivedOnly) while (firstDerived < list.length && list[firstDerived]! < idfFrom) firstDerived += 1;
    for (let x = 0; x < list.length; x += 1) {
      const i = list[x]!;
      const wi = weighted[i]!.get(feature)!;
      for (let y = Math.max(x + 1, firstDerived); y < list.length; y += 1) {
        const j = list[y]!;
        if (articleOf[i] === articleOf[j]) continue;
        const key = i * n + j;
        dots.set(key, (dots.get(key) ?? 0) + wi * weighted[j]!.get(feature)!);
        if (word !== undefined && names![i]!.has(word) && names![j]!.has(word)) sharingNames.add(key);
        shared.set(key, (shared.get(key) ?? 0) + Math.min(raw[i]!.get(feature)!, raw[j]!.get(feature)!));
      }
    }
  }
  // Whether every word, person and figure two sentences share is a word of a name in both.
  const sharesOnlyNames = (a: number, b: number) => {
    for (const feature of vectors[a]!.keys()) {
      if (!vectors[b]!.has(feature)) continue;
      if (feature.startsWith('@') || feature.startsWith('f:')) return false;
      if (feature.startsWith('w:') && !(names![a]!.has(feature.slice(2)) && names![b]!.has(feature.slice(2)))) return false;
    }
    return true;
  };
  const pairs: ScoredPair[] = [];
  for (const [key, cosine] of dots) {
    const a = Math.floor(key / n);
    const b = key % n;
    const contained = shared.get(key)! / Math.min(totals[a]!, totals[b]!);
    const named = sharingNames.has(key) && sharesOnlyNames(a, b) ? nameOnly : 1;
    const similarity = named * scored(a, b, quoted(a, b, placed(a, b, Math.max(cosine, containment * contained))));
    if (similarity >= minSimilarity) pairs.push({ a, b, similarity });
  }
  return pairs.sort(bySimilarity);
}

import type { FeatureVector, ScoredPair } from '../types.ts';

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
  /** Factor for sentences quoting different words. Default: 0.5. */
  quoteMismatch?: number;
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
    quoteMismatch = 0.5,
  } = options;
  const quotesDiffer = (a: number, b: number) => {
    const x = quoteStems?.[a];
    const y = quoteStems?.[b];
    if (!x || !y || x.size === 0 || y.size === 0) return false;
    const shared = [...x].filter((w) => y.has(w)).length;
    return shared / Math.min(x.size, y.size) < 0.25;
  };
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    for (const feature of vector.keys()) {
      const list = postings.get(feature);
      if (list) list.push(i);
      else postings.set(feature, [i]);
    }
  });
  const raw = vectors.map((vector) => {
    const out = new Map<string, number>();
    for (const [feature, weight] of vector) out.set(feature, weight * Math.log(1 + n / postings.get(feature)!.length));
    return out;
  });
  const totals = raw.map((v) => [...v.values()].reduce((a, b) => a + b, 0) || 1);
  const weighted = raw.map((v) => {
    const norm = Math.sqrt([...v.values()].reduce((a, w) => a + w * w, 0)) || 1;
    return new Map([...v].map(([f, w]) => [f, w / norm]));
  });
  const dots = new Map<number, number>();
  const shared = new Map<number, number>();
  for (const [feature, list] of postings) {
    if (list.length < 2 || list.length > maxPostings) continue;
    for (let x = 0; x < list.length; x += 1) {
      const i = list[x]!;
      const wi = weighted[i]!.get(feature)!;
      for (let y = x + 1; y < list.length; y += 1) {
        const j = list[y]!;
        if (articleOf[i] === articleOf[j]) continue;
        const key = i * n + j;
        dots.set(key, (dots.get(key) ?? 0) + wi * weighted[j]!.get(feature)!);
        shared.set(key, (shared.get(key) ?? 0) + Math.min(raw[i]!.get(feature)!, raw[j]!.get(feature)!));
      }
    }
  }
  const pairs: ScoredPair[] = [];
  for (const [key, cosine] of dots) {
    const a = Math.floor(key / n);
    const b = key % n;
    const contained = shared.get(key)! / Math.min(totals[a]!, totals[b]!);
    const similarity = Math.max(cosine, containment * contained) * (quotesDiffer(a, b) ? quoteMismatch : 1);
    if (similarity >= minSimilarity) pairs.push({ a, b, similarity });
  }
  return pairs.sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
}

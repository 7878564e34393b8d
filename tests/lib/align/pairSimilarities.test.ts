import { describe, expect, it } from 'vitest';
import { pairSimilarities } from '../../../src/lib/align/pairSimilarities.ts';
import type { FeatureVector } from '../../../src/lib/types.ts';

const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));
// Sentence 0 paraphrases around a partial quote; 1 quotes it in full; 2 and 3 pad the story so
// that shared words are not everywhere.
const vectors = [
  vector('w:send', 'w:despic', 'w:human', 'w:explicit', 'w:favor', 'w:seek'),
  vector('w:send', 'w:despic', 'w:human', 'w:work', 'w:countri', 'w:border', 'w:farther', 'w:america', 'w:favour'),
  vector('w:bridge', 'w:vote', 'w:council'),
  vector('w:bridge', 'w:toll', 'w:council'),
];
const articles = [0, 1, 2, 3];
const quoteStems = [
  new Set(['despic', 'human', 'be']),
  new Set(['despic', 'human', 'be', 'work', 'countri', 'border']),
  new Set<string>(),
  new Set<string>(),
];
const scoreOf = (pairs: ReturnType<typeof pairSimilarities>, a: number, b: number) =>
  pairs.find((p) => p.a === a && p.b === b)?.similarity ?? 0;

describe('pairSimilarities', () => {
  it('scores a partial quotation of the same speaker as one quotation, however the rest is worded', () => {
    const plain = scoreOf(pairSimilarities(vectors, articles), 0, 1);
    const quoted = scoreOf(pairSimilarities(vectors, articles, { quoteStems, speakers: ['rubio', 'rubio', undefined, undefined] }), 0, 1);
    expect(quoted).toBeGreaterThan(plain);
    expect(quoted).toBeGreaterThanOrEqual(0.5);
  });

  it('does not lift the same words quoted from different speakers', () => {
    const pairs = pairSimilarities(vectors, articles, { quoteStems, speakers: ['rubio', 'trump', undefined, undefined] });
    expect(scoreOf(pairs, 0, 1)).toBe(scoreOf(pairSimilarities(vectors, articles), 0, 1));
  });

  it('lowers the score of a quotation against a sentence quoting nobody, unless both are given to its speaker', () => {
    const one = [new Set(['despic', 'human', 'be']), new Set<string>(), new Set<string>(), new Set<string>()];
    const plain = scoreOf(pairSimilarities(vectors, articles), 0, 1);
    const alone = pairSimilarities(vectors, articles, { quoteStems: one, speakers: ['rubio', undefined, undefined, undefined] });
    expect(scoreOf(alone, 0, 1)).toBeCloseTo(plain * 0.65, 10);
    const paraphrase = pairSimilarities(vectors, articles, { quoteStems: one, speakers: ['rubio', 'rubio', undefined, undefined] });
    expect(scoreOf(paraphrase, 0, 1)).toBe(plain);
    // Two sentences quoting nobody are no concern of it.
    expect(scoreOf(pairSimilarities(vectors, articles, { quoteStems: [new Set(), new Set(), new Set(), new Set()] }), 0, 1)).toBe(plain);
  });

  it('halves the score of sentences quoting different words', () => {
    const different = [new Set(['early', 'stage']), new Set(['despic', 'human', 'be']), new Set<string>(), new Set<string>()];
    const pairs = pairSimilarities(vectors, articles, { quoteStems: different });
    expect(scoreOf(pairs, 0, 1)).toBeCloseTo(scoreOf(pairSimilarities(vectors, articles), 0, 1) / 2, 10);
  });

  it('halves the score of two sentences that give different scores or tallies, not of two that give one', () => {
    const scores = [
      vector('w:marrow', 'w:port', 'w:elli', 'f:tally:2-1'),
      vector('w:marrow', 'w:port', 'w:elli', 'f:tally:1-0'),
      vector('w:marrow', 'w:port', 'w:elli', 'f:tally:2-1'),
      vector('w:okoro', 'w:header'),
    ];
    const similarity = (options = {}) => {
      const pairs = pairSimilarities(scores, [0, 1, 2, 3], options);
      return (a: number, b: number) => pairs.find((p) => p.a === a && p.b === b)?.similarity ?? 0;
    };
    const [halved, plain] = [similarity(), similarity({ tallyMismatch: 1 })];
    expect(halved(0, 1)).toBeCloseTo(plain(0, 1) / 2);
    expect(halved(0, 2)).toBeCloseTo(plain(0, 2));
  });

  it('scores a pair lower the further apart the two sentences sit in their articles', () => {
    const plain = scoreOf(pairSimilarities(vectors, articles), 2, 3);
    const sameDepth = scoreOf(pairSimilarities(vectors, articles, { positions: [0, 0, 0.5, 0.5] }), 2, 3);
    const lead = pairSimilarities(vectors, articles, { positions: [0, 0, 0, 1] });
    expect(sameDepth).toBe(plain);
    expect(scoreOf(lead, 2, 3)).toBeCloseTo(plain * 0.8, 10);
    expect(scoreOf(pairSimilarities(vectors, articles, { positions: [0, 0, 0, 1], position: 0 }), 2, 3)).toBe(plain);
  });

  it('keeps the lift of one quotation wherever the two sentences sit', () => {
    const options = { quoteStems, speakers: ['rubio', 'rubio', undefined, undefined] };
    const near = scoreOf(pairSimilarities(vectors, articles, options), 0, 1);
    expect(scoreOf(pairSimilarities(vectors, articles, { ...options, positions: [0, 1, 0, 0] }), 0, 1)).toBe(near);
  });

  it('lowers the score of two sentences that share only the words of a name ("the Nordic Amber"), not of two that share another word too', () => {
    const ship = [
      vector('w:nordic', 'w:amber', 'w:year', 'w:old'),
      vector('w:nordic', 'w:amber', 'w:engin', 'w:storm'),
      vector('w:nordic', 'w:amber', 'w:engin', 'w:rock'),
      vector('w:bridge', 'w:vote'),
    ];
    const names = [new Set(['nordic', 'amber']), new Set(['nordic', 'amber']), new Set(['nordic', 'amber']), new Set<string>()];
    const plain = pairSimilarities(ship, articles);
    const named = pairSimilarities(ship, articles, { names, nameOnly: 0.8 });
    expect(scoreOf(named, 0, 1)).toBeCloseTo(0.8 * scoreOf(plain, 0, 1));
    expect(scoreOf(named, 1, 2)).toBe(scoreOf(plain, 1, 2));
  });

  it('never pairs two sentences of one article', () => {
    expect(pairSimilarities(vectors, [0, 0, 1, 1]).every((p) => !(p.a === 0 && p.b === 1) && !(p.a === 2 && p.b === 3))).toBe(true);
  });

  it('leaves document frequencies to the first idfFrom vectors, so a derived copy does not change the real pairs', () => {
    const plain = pairSimilarities(vectors, articles);
    const withCopy = pairSimilarities([...vectors, vectors[2]!], [...articles, 0], { idfFrom: vectors.length });
    const real = withCopy.filter((p) => p.b < vectors.length);
    expect(real).toEqual(plain);
    // Counted as a document, the copy would make 'bridge' and 'council' commoner and the pair weaker.
    const counted = pairSimilarities([...vectors, vectors[2]!], [...articles, 0]);
    expect(scoreOf(counted, 2, 3)).not.toBe(scoreOf(plain, 2, 3));
    const derived = pairSimilarities([...vectors, vectors[2]!], [...articles, 0], { idfFrom: vectors.length, derivedOnly: true });
    expect(derived.length).toBeGreaterThan(0);
    expect(derived).toEqual(withCopy.filter((p) => p.b >= vectors.length));
  });
});

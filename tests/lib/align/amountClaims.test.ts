import { describe, expect, it } from 'vitest';
import { amountClaims } from '../../../src/lib/align/amountClaims.ts';
import type { FeatureVector } from '../../../src/lib/types.ts';

const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));
const fair = () => 0.1;

describe('amountClaims', () => {
  // Sentences 0-2: the depth claim (articles 0-2), two of them also giving the 300 amphorae;
  // 3: article 1's own sentence on the amphorae, left out of every group.
  const vectors = [
    vector('w:depth', 'f:measure:metres:42', 'f:count:300 amphora'),
    vector('w:depth', 'f:measure:metres:42'),
    vector('w:depth', 'f:measure:metres:42', 'f:count:300 amphora'),
    vector('w:amphora', 'w:team', 'f:count:300 amphora'),
  ];
  const articleOf = [0, 1, 2, 1];
  const depth = { core: [0, 1, 2], extra: [] };

  it('makes a claim of a left-out sentence and the other articles’ sentences stating its amount', () => {
    expect(amountClaims([depth], vectors, articleOf, { average: fair })).toEqual([{ core: [3], extra: [0, 2] }]);
  });

  it('asks for some shared wording besides the amount', () => {
    expect(amountClaims([depth], vectors, articleOf, { average: () => 0.01 })).toEqual([]);
  });

  it('leaves grouped sentences alone: their amounts are their group’s to explain', () => {
    expect(amountClaims([depth, { core: [3], extra: [] }], vectors, articleOf, { average: fair })).toEqual([]);
    expect(amountClaims([{ core: [0, 1, 2], extra: [3] }], vectors, articleOf, { average: fair })).toEqual([]);
  });

  it('needs another article stating the amount: its own article repeating it is no second account', () => {
    const alone = [vector('f:count:300 amphora'), vector('w:depth'), vector('w:amphora', 'f:count:300 amphora')];
    expect(amountClaims([{ core: [0, 1], extra: [] }], alone, [0, 1, 0], { average: fair })).toEqual([]);
  });

  it('makes a claim of two left-out sentences whose counts of one thing are one number transposed ("14 aftershocks", "41 replicas")', () => {
    const aftershocks = (amount: number) => ({
      kind: 'count' as const,
      amount,
      unit: 'aftershock',
      value: `${amount} aftershock`,
      text: `${amount} aftershocks`,
    });
    const sentences = [vector('w:follow', 'f:count:14'), vector('w:depth'), vector('w:follow', 'f:count:41')];
    const figures = [[aftershocks(14)], [], [aftershocks(41)]];
    const found = amountClaims([], sentences, [0, 1, 2], { average: fair, figuresOf: (k) => figures[k]! });
    expect(found).toEqual([{ core: [0, 2], extra: [] }]);
    // A sentence paired once is in its claim: a third with the first one's count makes no second pair with it.
    const three = [[aftershocks(14)], [aftershocks(41)], [aftershocks(14)]];
    const threeSentences = [vector('w:follow'), vector('w:follow'), vector('w:follow')];
    expect(amountClaims([], threeSentences, [0, 1, 2], { average: fair, figuresOf: (k) => three[k]! })).toEqual([
      { core: [0, 1], extra: [] },
    ]);
    // Counts merely close, or of two things, make none.
    const close = [[aftershocks(14)], [], [aftershocks(16)]];
    expect(amountClaims([], sentences, [0, 1, 2], { average: fair, figuresOf: (k) => close[k]! })).toEqual([]);
  });

  it('makes no claim of a span of time ("in ten years")', () => {
    const spans = [vector('w:grew', 'f:count:10 year'), vector('w:age', 'f:count:10 year')];
    expect(amountClaims([], spans, [0, 1], { average: fair })).toEqual([]);
  });

  it('makes one claim per amount, however many left-out sentences state it', () => {
    const twice = [vector('f:percent:3.1%'), vector('f:percent:3.1%'), vector('f:percent:3.1%')];
    expect(amountClaims([], twice, [0, 1, 2], { average: fair })).toEqual([{ core: [0], extra: [1, 2] }]);
  });
});

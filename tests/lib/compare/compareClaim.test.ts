import { describe, expect, it } from 'vitest';
import { compareClaim } from '../../../src/lib/compare/compareClaim.ts';
import type { Claim } from '../../../src/lib/types.ts';

const mention = (article: string, text: string, confidence: number) => ({
  article,
  paragraph: 1,
  sentence: 1,
  anchor: 'p1-s1',
  text,
  confidence,
});
const claim: Claim = {
  id: 'c',
  title: 't',
  kind: 'statement',
  articleCount: 3,
  discrepancies: [],
  mentions: [
    mention('a', 'The talks began on Monday.', 0.6),
    mention('b', 'The talks began on Sunday.', 0.9),
    mention('c', 'Talks started on Sunday.', 0.7),
  ],
};

describe('compareClaim', () => {
  it('uses the most confident wording as the default base and lists it first', () => {
    const result = compareClaim(claim);
    expect(result.base.article).toBe('b');
    expect(result.wordings[0]!.isBase).toBe(true);
    expect(result.wordings.map((w) => w.mention.article)).toEqual(['b', 'a', 'c']);
  });

  it('switches the base to a chosen article', () => {
    const result = compareClaim(claim, 'a');
    expect(result.base.article).toBe('a');
    const b = result.wordings.find((w) => w.mention.article === 'b')!;
    expect(b.segments).toContainEqual({ type: 'del', text: 'Monday' });
    expect(b.segments).toContainEqual({ type: 'ins', text: 'Sunday' });
  });

  it('adds an N-way collation for three or more articles only', () => {
    expect(compareClaim(claim).collation?.rows).toHaveLength(3);
    expect(compareClaim({ ...claim, mentions: claim.mentions.slice(0, 2), articleCount: 2 }).collation).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { collateWordings } from '../../../src/lib/compare/collateWordings.ts';
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

/** The collation compareClaim would draw, before it decides whether to show it. */
const collateWordingsOf = (c: Claim) => collateWordings(c.mentions[0]!, c.mentions.slice(1));

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

  it("collates each article's wording closest to the base when an article has two mentions", () => {
    const twice: Claim = {
      ...claim,
      mentions: [...claim.mentions, { ...mention('c', 'The ministry confirmed it on Friday.', 0.65), paragraph: 2, anchor: 'p2-s1' }],
    };
    const rows = compareClaim(twice).collation!.rows;
    expect(rows.find((r) => r.article === 'c')!.anchor).toBe('p1-s1');
    expect(compareClaim(twice).wordings).toHaveLength(4);
  });

  it('leaves out a collation in which no word reads the same in every article', () => {
    const apart: Claim = {
      ...claim,
      mentions: [
        mention('a', 'Talks began Monday.', 0.9),
        mention('b', 'Negotiations opened.', 0.8),
        mention('c', 'Discussions started.', 0.7),
      ],
    };
    expect(compareClaim(apart).collation).toBeUndefined();
  });

  it('leaves out a collation whose rows agree only on a chance word', () => {
    const chance: Claim = {
      ...claim,
      mentions: [
        mention('a', 'We are working with other countries to say we want to send you the most despicable people.', 0.9),
        mention('b', 'He explicitly stated that the U.S. is seeking to send some of them abroad.', 0.8),
        mention('c', 'Washington wants partners who will take the deportees far from its border.', 0.7),
      ],
    };
    const collation = collateWordingsOf(chance);
    expect(collation.agreed.some(Boolean)).toBe(true);
    expect(compareClaim(chance).collation).toBeUndefined();
  });
});

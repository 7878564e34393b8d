import { describe, expect, it } from 'vitest';
import { rankMentions } from '../../../src/lib/compare/rankMentions.ts';
import type { Claim } from '../../../src/lib/types.ts';

const mention = (article: string, paragraph: number, text: string, confidence: number) => ({
  article,
  paragraph,
  sentence: 1,
  anchor: `p${paragraph}-s1`,
  text,
  confidence,
});
const claim = (mentions: Claim['mentions']): Claim => ({
  id: 'c',
  title: 't',
  kind: 'statement',
  articleCount: 2,
  discrepancies: [],
  mentions,
});

describe('rankMentions', () => {
  it('puts the most confident wording first', () => {
    const ranked = rankMentions(claim([mention('a', 1, 'Talks began.', 0.6), mention('b', 1, 'The talks began on Monday.', 0.9)]));
    expect(ranked.map((m) => m.article)).toEqual(['b', 'a']);
  });

  it('prefers the fuller wording when a headline and its lede share a confidence', () => {
    const ranked = rankMentions(
      claim([
        mention('a', 1, 'Harbour bridge approved', 0.8),
        mention('a', 2, 'The city council approved the new harbour bridge on Monday.', 0.8),
        mention('b', 1, 'Councillors backed the bridge.', 0.7),
      ]),
    );
    expect(ranked[0]!.paragraph).toBe(2);
  });
});

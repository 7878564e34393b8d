import { describe, expect, it } from 'vitest';
import { figuresOfOtherClaims } from '../../../src/lib/align/figuresOfOtherClaims.ts';
import { storyFacts } from '../../support/storyFacts.ts';

describe('figuresOfOtherClaims', () => {
  // A brief's lede gives the profit and the forecast; the other reports give each its own sentence.
  const { sentences } = storyFacts(
    'Kestrel Air made a net profit of €312m in the first half and raised its full-year forecast to €550m-€600m.',
    'Kestrel Air reported a net profit of €312 million for the first half.\n\nKestrel raised its forecast for full-year profit to between €550 million and €600 million.',
    'The airline made a profit of 312 million euros in the first six months.\n\nThe airline now expects to earn between 550 and 600 million euros this year.',
  );
  const [lede, profit2, forecast2, profit3, forecast3] = sentences;
  const profit = [lede!, profit2!, profit3!];
  const forecast = [lede!, forecast2!, forecast3!];

  it("gives a two-claim sentence's figures that only its other claim's sentences state (the forecast in the profit's claim)", () => {
    const [inProfit, inForecast] = figuresOfOtherClaims([profit, forecast]);
    expect([...inProfit!].map((f) => f.text)).toEqual(['€550m', '€600m']);
    expect([...inForecast!].map((f) => f.text)).toEqual(['€312m']);
  });

  it('gives none for a sentence in one claim only', () => {
    expect(figuresOfOtherClaims([profit]).map((s) => s.size)).toEqual([0]);
  });
});

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
    expect([...inProfit!.all].map((f) => f.text)).toEqual(['€550m', '€600m']);
    expect([...inForecast!.all].map((f) => f.text)).toEqual(['€312m']);
    // Stated by the other claim's articles, they are no misreading: compared where they stand.
    expect(inProfit!.readings.size + inForecast!.readings.size).toBe(0);
  });

  it('gives none for a sentence in one claim only', () => {
    expect(figuresOfOtherClaims([profit]).map((s) => s.all.size)).toEqual([0]);
  });

  it("gives a two-claim sentence's amount that no one else states to the claim whose amount of its kind it lies nearest (a brief's misread 3.1 for the headline rate's 3.2, not the core rate's 4.1)", () => {
    const story = storyFacts(
      'Inflation eases to 3.1 percent',
      'Inflation eased to 3.2% in October.\n\nCore inflation eased to 4.1%.',
      'Inflation slowed to 3.2 percent.\n\nThe core rate sank to 4,1 percent.',
    ).sentences;
    const [brief, headline2, core2, headline3, core3] = story;
    const [inHeadline, inCore] = figuresOfOtherClaims([
      [brief!, headline2!, headline3!],
      [brief!, core2!, core3!],
    ]);
    expect(inHeadline!.readings.size).toBe(0);
    expect([...inCore!.readings].map((f) => f.text)).toEqual(['3.1 percent']);
    expect([...inCore!.all].map((f) => f.text)).toEqual(['3.1 percent']);
  });
});

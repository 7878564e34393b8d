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

  it("takes an amount only another claim's articles state for that claim's, even from a sentence in this claim only ('the mine was worth about 5% of the economy')", () => {
    const story = storyFacts(
      "The mine accounted for about 5% of Morenia's economic output.\n\nNorland is seeking 10 billion dollars through arbitration.",
      "The mine was worth about 5% of the economy, and Norland's 10 billion dollar arbitration claim hangs over public finances.",
      'Norland is claiming 10 billion dollars in damages.',
    ).sentences;
    const [economy1, arbitration1, both, arbitration3] = story;
    const [inEconomy, inArbitration] = figuresOfOtherClaims([
      [economy1!, both!],
      [arbitration1!, both!, arbitration3!],
    ]);
    expect([...inArbitration!.stated].map((f) => f.text)).toEqual(['about 5%']);
    // Stated by this claim's other articles too, an amount is this claim's: the 10 billion is the arbitration's.
    expect([...inEconomy!.stated].map((f) => f.text)).toEqual(['10 billion dollar']);
    expect(figuresOfOtherClaims([[economy1!], [arbitration1!, both!, arbitration3!]])[1]!.stated.size).toBe(1);
  });

  it("does not count a member that supports a claim only as a second one as stating its amount ('About 20,000 people have fled' beside the clashes)", () => {
    const story = storyFacts(
      'The clashes killed 14 soldiers.\n\nAbout 20,000 people have fled the valley since then.',
      'The clashes, which killed 14 soldiers and drove 20,000 people from their homes, were the worst in a decade.',
      'Some 20,000 civilians have been displaced.',
    ).sentences;
    const [clashes1, fled1, both, fled3] = story;
    const groups = [
      [clashes1!, fled1!, both!],
      [fled1!, both!, fled3!],
    ];
    // Without the second-claim mark, the first article's "20,000" makes it the clashes' amount too.
    expect(figuresOfOtherClaims(groups)[0]!.stated.size).toBe(0);
    const [inClashes] = figuresOfOtherClaims(groups, [new Set([fled1!]), new Set()]);
    expect([...inClashes!.stated].map((f) => f.text)).toEqual(['20,000 people']);
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

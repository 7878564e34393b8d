import { describe, expect, it } from 'vitest';
import { storyFacts } from '../../support/storyFacts.ts';

const figuresOf = (...bodies: string[]) => storyFacts(...bodies).sentences.map((s) => s.facts.figures.map((f) => `${f.kind}:${f.value}`));

describe('resolveBareMoney', () => {
  it('gives a bare amount the currency another report states it in ("for 120 millions" is "€120 million")', () => {
    expect(figuresOf('Varenna paid €120 million for Brenner.', 'Brenner to Varenna for 120 millions, record of the club')).toEqual([
      ['money:EUR 120000000'],
      ['money:EUR 120000000'],
    ]);
  });

  it('leaves a bare amount alone when no report states it as money, or states it in two currencies', () => {
    expect(figuresOf('The city has 120 million visitors a year.', 'It counted 120 millions.')[1]).toEqual(['count:120000000']);
    expect(figuresOf('It cost €120 million.', 'Or $120 million.', 'For 120 millions.')[2]).toEqual(['count:120000000']);
  });

  it('leaves small bare numbers alone: "for 35" is no money because "$35" appears elsewhere', () => {
    expect(figuresOf('Tickets cost $35.', 'The club won 35 of its games, and 35 more.')[1]).not.toContain('money:USD 35');
  });
});

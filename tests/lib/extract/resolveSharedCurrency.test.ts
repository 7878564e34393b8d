import { describe, expect, it } from 'vitest';
import { storyFacts } from '../../support/storyFacts.ts';

const figuresOf = (...bodies: string[]) => storyFacts(...bodies).sentences.map((s) => s.facts.figures.map((f) => `${f.kind}:${f.value}`));

describe('resolveSharedCurrency', () => {
  it('gives "10 million shillings" the country\'s shillings another report names ("10 million Korlan shillings")', () => {
    expect(
      figuresOf('Bail was set at 10 million Korlan shillings.', 'He must pay bail of 10 million shillings.', 'Bail: 1 million shillings.'),
    ).toEqual([['money:KORLAN SHILLING 10000000'], ['money:KORLAN SHILLING 10000000'], ['money:KORLAN SHILLING 1000000']]);
    expect(figuresOf('It cost 5 million Kenyan shillings.', 'It cost 5 million shillings.')[1]).toEqual(['money:KES 5000000']);
  });

  it('gives the press\'s "Sh2.3 billion" the shillings another report names, in words or as "KSh"', () => {
    expect(figuresOf('It cost 2.3 billion Kenyan shillings.', 'It cost Sh2.3 billion.')[1]).toEqual(['money:KES 2300000000']);
    expect(figuresOf('It cost KSh 2.3 billion.', 'It cost Sh2.3 billion.')[1]).toEqual(['money:KES 2300000000']);
  });

  it('takes kronor for kroner and crowns: one name however spelt', () => {
    expect(figuresOf('The fine is 20,000 Swedish kronor.', 'The fine is 20,000 crowns.')[1]).toEqual(['money:SEK 20000']);
  });

  it("leaves a shared name alone when the story names two countries' currencies of that name, or none", () => {
    expect(figuresOf('It cost 5 million Kenyan shillings.', 'Or 9 million Ugandan shillings.', 'It cost 5 million shillings.')[2]).toEqual([
      'money:SHILLING 5000000',
    ]);
    expect(figuresOf('It cost 5 million shillings.')[0]).toEqual(['money:SHILLING 5000000']);
  });

  it('leaves dollars and pounds as they are: alone they are the US dollar and sterling', () => {
    expect(figuresOf('It cost 5 million Australian dollars.', 'It cost 5 million dollars.')[1]).toEqual(['money:USD 5000000']);
  });
});

import { describe, expect, it } from 'vitest';
import { shortNames } from '../../../src/lib/extract/shortNames.ts';

describe('shortNames', () => {
  it('takes the first word of an organisation named in full for its short name', () => {
    expect(shortNames(['A failure at Nimbus Systems took sites offline.', 'Carrow Airlines delayed flights.'])).toEqual(
      new Map([
        ['Nimbus', 'Nimbus Systems'],
        ['Carrow', 'Carrow Airlines'],
      ]),
    );
  });

  it('gives no short name that two organisations share, nor one for a name that ends in no organisation word', () => {
    expect(shortNames(['Halden Capital and Halden Group said so.'])).toEqual(new Map());
    expect(shortNames(['Tara Lindqvist spoke.'])).toEqual(new Map());
  });
});

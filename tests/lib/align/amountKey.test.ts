import { describe, expect, it } from 'vitest';
import { amountKey } from '../../../src/lib/align/amountKey.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const keys = (sentence: string) => findFigures(sentence).map(amountKey);

describe('amountKey', () => {
  it('keys money by currency, percentages, and counts from ten up', () => {
    expect(keys('It cost £700 million, 6% more, for 600 jobs and two sides.')).toEqual([
      'money:GBP:700000000',
      'percent:6',
      'count:600',
      undefined,
    ]);
  });

  it('gives a measurement and its conversion one key ("12,000 hectares", "29,650 acres")', () => {
    expect(keys('It burned 12,000 hectares (29,650 acres).')).toEqual(['measure:hectares:12000', 'measure:hectares:12000']);
  });

  it('gives no key to a person\'s age ("Lyra Vance (38)", "retirement from touring at 38"), but one to a bare count ("to 600")', () => {
    expect(keys('The singer Lyra Vance (38) will stop.')).toEqual([undefined]);
    expect(keys('Lyra Vance announces retirement from touring at 38')).toEqual([undefined]);
    expect(keys('Kestra wants to grow its team from around 300 to 600.')).toEqual(['count:300', 'count:600']);
  });

  it('gives no key to years and weekdays', () => {
    expect(keys('On Monday, in 2023.')).toEqual([undefined, undefined]);
  });
});

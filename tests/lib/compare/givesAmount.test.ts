import { describe, expect, it } from 'vitest';
import { givesAmount } from '../../../src/lib/compare/givesAmount.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';
import type { Figure } from '../../../src/lib/types.ts';

const figure = (text: string) => findFigures(text)[0]!;
const kind = (f: Figure) => f.kind;

describe('givesAmount', () => {
  it('takes a close estimate for the amount it rounds ("About 38,000 cars" for "37,900 cars")', () => {
    expect(givesAmount(figure('About 38,000 cars were sold.'), figure('It sold 37,900 cars.'), kind)).toBe(true);
  });

  it('takes a more precise figure for the rounded one ("6.2%" for "6%"), not two whole numbers ("49%", "51%")', () => {
    expect(givesAmount(figure('Shares rose 6.2%.'), figure('Shares jumped 6%.'), kind)).toBe(true);
    expect(givesAmount(figure('Halvane keeps 49%.'), figure('Minercor holds 51%.'), kind)).toBe(false);
  });

  it('does not take an open bound or a figure of another kind for the amount', () => {
    expect(givesAmount(figure('More than 10,000 cars were sold.'), figure('It sold 37,900 cars.'), kind)).toBe(false);
    expect(givesAmount(figure('Shares rose 6.2%.'), figure('It sold 6 cars.'), kind)).toBe(false);
  });

  it('does not take an estimate for a count of others besides someone named ("Twelve others")', () => {
    expect(givesAmount(figure('Around 40 whales were found.'), figure('Twelve others died.'), kind)).toBe(false);
  });
});

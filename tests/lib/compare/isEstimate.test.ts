import { describe, expect, it } from 'vitest';
import { isEstimate } from '../../../src/lib/compare/isEstimate.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const estimates = (sentence: string) => findFigures(sentence).map(isEstimate);

describe('isEstimate', () => {
  it.each([
    ['The corridor carried about 2.4 million tonnes.', [true]],
    ['Around 120 homes were damaged.', [true]],
    ['It cost roughly €3.2 billion.', [true]],
    ['Some 58 people were hurt.', [true]],
    // A bound allows amounts on one side only: it reads with its qualifier.
    ['At least 14 people died.', [false]],
    ['More than 60 people were hurt.', [false]],
    ['Nearly 20% voted.', [false]],
    ['The corridor carried 2.4 million tonnes.', [false]],
  ])('tells whether the figure in "%s" is an estimate either side', (sentence, expected) => {
    expect(estimates(sentence)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { relativePositions } from '../../../src/lib/align/relativePositions.ts';

describe('relativePositions', () => {
  it('places each sentence between 0 (first) and 1 (last) of its own article', () => {
    expect(relativePositions([0, 0, 0, 1, 1])).toEqual([0, 0.5, 1, 0, 1]);
  });

  it('counts articles whose sentences are interleaved in the input separately', () => {
    expect(relativePositions([0, 1, 0, 1, 0])).toEqual([0, 0, 0.5, 1, 1]);
  });

  it('puts the only sentence of an article at 0', () => {
    expect(relativePositions([0, 1, 1])).toEqual([0, 0, 1]);
  });
});

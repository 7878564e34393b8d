import { describe, expect, it } from 'vitest';
import { wordsAround } from '../../../src/lib/compare/wordsAround.ts';

describe('wordsAround', () => {
  it('gives up to four content words either side of a figure, as stems', () => {
    expect(wordsAround('Health Minister Clara Venn announced on Thursday that the government would spend more.', 'Thursday')).toEqual([
      'minist',
      'clara',
      'venn',
      'announc',
      'govern',
      'spend',
    ]);
  });

  it('leaves out days and months, which date the report rather than say what a figure measures', () => {
    expect(wordsAround('Prices rose 2% in May, the ministry said on Thursday.', '2%')).toEqual(['price', 'rose', 'ministri']);
  });

  it('finds nothing around a figure not in the text', () => {
    expect(wordsAround('Prices rose.', '2%')).toEqual([]);
  });
});

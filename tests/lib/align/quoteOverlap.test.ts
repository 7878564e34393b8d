import { describe, expect, it } from 'vitest';
import { quoteOverlap } from '../../../src/lib/align/quoteOverlap.ts';

const stems = (text: string) => new Set(text.split(' '));

describe('quoteOverlap', () => {
  it('calls a partial quotation found inside a longer one the same quotation', () => {
    const result = quoteOverlap(stems('despic human be'), stems('work countri send despic human be favour farther border'));
    expect(result).toEqual({ share: 1, same: true });
  });

  it('does not call one shared word the same quotation', () => {
    expect(quoteOverlap(stems('still earli stage'), stems('reach stage proceed talk'))).toEqual({ share: 1 / 3, same: false });
  });

  it('needs two-fifths of the shorter quotation, as a machine translation keeps', () => {
    expect(quoteOverlap(stems('a b c d e f'), stems('a b x y z w')).same).toBe(false);
    expect(quoteOverlap(stems('a b c d e'), stems('a b x y z')).same).toBe(true);
    const original = stems('do everyth reach peopl still trap rubbl');
    expect(quoteOverlap(original, stems('make everyth possibl reach person still block ruin')).same).toBe(true);
  });

  it('counts a synonym as a shared word, as a translation words a quotation ("committed errors" for "made mistakes")', () => {
    const original = stems('made mistak take full respons');
    const translated = stems('commit error assum entir respons');
    expect(quoteOverlap(original, translated).same).toBe(false);
    const synsets: Record<string, string[]> = { mistak: ['n1'], error: ['n1'], full: ['a2'], entir: ['a2'] };
    expect(quoteOverlap(original, translated, (stem) => synsets[stem] ?? [])).toEqual({ share: 3 / 5, same: true });
  });

  it('counts two stems that begin alike over six letters as one word ("compassion" and "compassionate")', () => {
    const original = stems('compassion law strong safeguard nobodi will forc anyth');
    const translated = stems('law compass solid guarante nobodi will oblig noth');
    expect(quoteOverlap(original, translated)).toEqual({ share: 4 / 8, same: true });
    // Shorter stems must match whole: "stage" is not "stagger".
    expect(quoteOverlap(stems('stage talk'), stems('stagger talk')).share).toBe(1 / 2);
  });

  it('shares nothing with a sentence that quotes nothing', () => {
    expect(quoteOverlap(new Set(), stems('a b'))).toEqual({ share: 0, same: false });
  });
});

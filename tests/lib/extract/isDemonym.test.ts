import { describe, expect, it } from 'vitest';
import { isDemonym } from '../../../src/lib/extract/isDemonym.ts';

describe('isDemonym', () => {
  it('knows a people the lexicon knows ("German") and one shaped like a people\'s name that it does not ("Vardish", "Estmari")', () => {
    expect(['German', 'Vardish', 'Estmari', 'Telvanian'].map(isDemonym)).toEqual([true, true, true, true]);
  });

  it('takes no word the lexicon knows as something else for a people ("Christian", "Finish") nor a lower-case one', () => {
    expect(['Christian', 'Finish', 'vardish', 'Kelda'].map(isDemonym)).toEqual([false, false, false, false]);
  });
});

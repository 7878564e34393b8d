import { describe, expect, it } from 'vitest';
import { nameStems } from '../../../src/lib/align/nameStems.ts';

describe('nameStems', () => {
  it('gives the stems of the words a sentence capitalises after its first word ("the Nordic Amber", "Kerro Bay")', () => {
    expect([...nameStems('The Nordic Amber lost power near Kerro Bay on Saturday.')].sort()).toEqual([
      'amber',
      'bai',
      'kerro',
      'nordic',
      'saturdai',
    ]);
  });

  it('gives none for a headline in title case, whose every word is capitalised', () => {
    expect(nameStems('Tanker Runs Aground Off Tarsen, Spilling Oil').size).toBe(0);
  });
});

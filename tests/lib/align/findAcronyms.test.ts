import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../../src/lib/align/findAcronyms.ts';

describe('findAcronyms', () => {
  it('maps long names to the acronyms the story itself uses', () => {
    const aliases = findAcronyms([
      'In 2022, the United Kingdom reached an agreement.',
      'The UK deal failed. The UN High Commissioner for Refugees (UNHCR) warned.',
    ]);
    expect(aliases.get('united kingdom')).toBe('uk');
    expect(aliases.get('un high commissioner for refugees')).toBe('unhcr');
  });

  it('treats dotted acronyms like plain ones', () => {
    expect(findAcronyms(['The United States said so.', 'The U.S. agreed.']).get('united states')).toBe('us');
  });

  it('guesses nothing when the acronym never appears', () => {
    expect(findAcronyms(['The United Kingdom and the European Union met.']).size).toBe(0);
  });
});

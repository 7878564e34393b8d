import { describe, expect, it } from 'vitest';
import { recurringNames } from '../../../src/lib/extract/recurringNames.ts';

const at = (article: string, text: string) => ({ article, text });

describe('recurringNames', () => {
  it('finds a name the lexicon does not know that two articles give and one refers back to as "he"', () => {
    const names = recurringNames([
      at('a', 'The winner came from substitute Kofi Mensah-Adjei in the 89th minute.'),
      at('b', 'A finish from Kofi Mensah-Adjei, barely nine minutes after he had come off the bench, decided it.'),
    ]);
    expect(names).toEqual(['Kofi Mensah-Adjei']);
  });

  it('needs two articles, a "he" or "she", and no place-like use ("in Nova Gorica")', () => {
    expect(recurringNames([at('a', 'Kofi Mensah-Adjei scored. He ran off.'), at('a', 'Kofi Mensah-Adjei again.')])).toEqual([]);
    expect(recurringNames([at('a', 'Kofi Mensah-Adjei scored.'), at('b', 'Kofi Mensah-Adjei won it.')])).toEqual([]);
    expect(
      recurringNames([at('a', 'Flooding hit Nova Gorica on Monday, and he said it was bad.'), at('b', 'Residents in Nova Gorica left.')]),
    ).toEqual([]);
  });

  it('leaves out an organisation, a prize or a place named by its last or first word ("Vessen Philharmonic", "Orvel Prize")', () => {
    const names = recurringNames([
      at('a', 'Ilja Marek led the Vessen Philharmonic for three decades, and he won the Orvel Prize.'),
      at('b', 'The Vessen Philharmonic mourned him. In 1998 he won the Orvel Prize.'),
    ]);
    expect(names).toEqual([]);
  });

  it('takes no title into a name ("Governor Annelie van der Berg" is no "Governor Annelie")', () => {
    const names = recurringNames([
      at('a', 'Governor Annelie van der Berg warned that the fight was not over, and she left.'),
      at('b', 'Governor Annelie van der Berg told a news conference.'),
    ]);
    expect(names).toEqual([]);
  });

  it('leaves out words the lexicon knows and acronyms ("Real Orsana", "FC Dravik")', () => {
    const names = recurringNames([at('a', 'Real Orsana beat FC Dravik, and he was pleased.'), at('b', 'Real Orsana beat FC Dravik.')]);
    expect(names).toEqual([]);
  });
});

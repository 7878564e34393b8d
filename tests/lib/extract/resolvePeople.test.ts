import { describe, expect, it } from 'vitest';
import { resolvePeople } from '../../../src/lib/extract/resolvePeople.ts';

const at = (text: string, article = 'a') => ({ text, article, anchor: 'p1-s1' });

describe('resolvePeople', () => {
  it('resolves the seed story’s three spellings of the foreign minister to one person', () => {
    const people = resolvePeople([
      at('Olivier Nduhungirehe'),
      at('Olivier Nduhungirehe', 'b'),
      at('Olivier Nduhungirefer', 'c'),
      at('Olivier Ndunnguleje', 'c'),
      at('Olivier J.P. Nduhungirehe', 'd'),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ key: 'olivier-nduhungirehe', name: 'Olivier Nduhungirehe', surname: 'Nduhungirehe' });
  });

  it('names a person by the spelling more articles use, and on a tie by the one met first, not the longer', () => {
    expect(resolvePeople([at('Pavel Orlic'), at('Pavel Orlitch', 'b')])[0]!.name).toBe('Pavel Orlic');
    expect(resolvePeople([at('Pavel Orlitch'), at('Pavel Orlic', 'b'), at('Pavel Orlic', 'c')])[0]!.name).toBe('Pavel Orlic');
    expect(resolvePeople([at('Pavel Orlitch'), at('Pavel Orlitch'), at('Pavel Orlic', 'b'), at('Pavel Orlic', 'c')])[0]!.name).toBe(
      'Pavel Orlic',
    );
  });

  it('attaches surname-only mentions to the full name', () => {
    const people = resolvePeople([at('Marco Rubio'), at('Rubio', 'b')]);
    expect(people.map((p) => p.name)).toEqual(['Marco Rubio']);
    expect(people[0]!.variants).toHaveLength(2);
  });

  it('keeps different people with different first names apart', () => {
    expect(resolvePeople([at('Donald Trump'), at('Melania Trump')])).toHaveLength(2);
    expect(resolvePeople([at('Marta Solvik'), at('Ivar Solvik', 'b')])).toHaveLength(2);
  });

  it('takes a first name transliterated another way for the same one ("Youssef" and "Yusuf" Amari)', () => {
    const people = resolvePeople([at('Yusuf Amari'), at('Yusuf Amari', 'b'), at('Youssef Amari', 'c')]);
    expect(people.map((p) => p.name)).toEqual(['Yusuf Amari']);
    expect(resolvePeople([at('Mohammed Saleh'), at('Muhammad Saleh', 'b')])).toHaveLength(1);
  });

  it('takes a German-style transliteration for the same first name ("Jusuf Karawel" is "Yusuf Karavel"), but not another name ("Josef")', () => {
    expect(resolvePeople([at('Yusuf Karavel'), at('Jusuf Karawel', 'b')])).toHaveLength(1);
    expect(resolvePeople([at('Yusuf Karavel'), at('Josef Karavel', 'b')])).toHaveLength(2);
  });

  it('keeps dissimilar surnames apart', () => {
    expect(resolvePeople([at('Keir Starmer'), at('Marco Rubio'), at('Paul Kagame')])).toHaveLength(3);
  });
});

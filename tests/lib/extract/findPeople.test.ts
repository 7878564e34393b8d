import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/lib/extract/findPeople.ts';

describe('findPeople', () => {
  it('separates the title from the name', () => {
    expect(findPeople('US Secretary of State Marco Rubio said so.')).toEqual([{ text: 'Marco Rubio', title: 'US Secretary of State' }]);
  });

  it('keeps a lower-case qualifier such as "former" in the title and drops the possessive', () => {
    expect(findPeople('admiration for former President Trump’s approach')).toEqual([{ text: 'Trump', title: 'former President' }]);
  });

  it('keeps middle initials inside the name', () => {
    expect(findPeople("Rwanda's foreign minister, Olivier J.P. Nduhungirehe, confirmed it.")[0]?.text).toBe('Olivier J.P. Nduhungirehe');
  });

  it('recognises an untitled name by a known first name', () => {
    expect(findPeople('“It is ongoing,” Olivier Ndunnguleje told state broadcaster Rwanda TV.').map((p) => p.text)).toEqual([
      'Olivier Ndunnguleje',
    ]);
  });

  it('does not take places for people', () => {
    expect(findPeople('members sent to El Salvador and Guantanamo Bay, Cuba')).toEqual([]);
  });
});

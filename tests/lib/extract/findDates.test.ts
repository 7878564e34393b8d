import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/extract/findDates.ts';

const values = (text: string) => findDates(text).map((d) => `${d.kind}:${d.value}:${d.text}`);

describe('findDates', () => {
  it('reads two days with full stops and no year joined as a span ("from 03.04. to 05.04.", "to 05.04.2026")', () => {
    expect(findDates('Strike from 03.04. to 05.04.').map((d) => d.value)).toEqual(['????-04-03', '????-04-05']);
    // The full date is also found on its own, an overlap the caller drops (see findDates).
    expect(findDates('Struck from 03.04. to 05.04.2026.').map((d) => d.value)).toEqual(['2026-04-03', '2026-04-05', '2026-04-05']);
    expect(findDates('It grew 3.5. Then it fell.')).toEqual([]);
  });

  it('reads a day and month in either order, with or without the year', () => {
    expect(values('Talks began on March 25, 2026.')).toContain('date:2026-03-25:March 25, 2026');
    expect(values('Talks began on 25 March.')).toContain('date:????-03-25:25 March');
    expect(values('From 1. June 2027 they may not be sold.')).toContain('date:2027-06-01:1. June 2027');
  });

  it('reads an ordinal day before the month, as British and African copy writes it ("12th March", "22nd June 2024")', () => {
    expect(values('The talks began on 12th March.')).toContain('date:????-03-12:12th March');
    expect(values('on Tuesday 22nd June 2024')).toContain('date:2024-06-22:22nd June 2024');
    expect(values('by 1st April')).toContain('date:????-04-01:1st April');
  });

  it('reads "the 3rd of March", an abbreviated month and dates in figures, but not slashed ones', () => {
    expect(values('on the 3rd of March 2025')).toContain('date:2025-03-03:3rd of March 2025');
    expect(values('on Sept. 19')).toContain('date:????-09-19:Sept. 19');
    // The day first, as British copy abbreviates it; a lower-case "mar" is the verb.
    expect(values('It happened on 7 Dec 2026 and 12 Jan.')).toEqual(['date:2026-12-07:7 Dec 2026', 'date:????-01-12:12 Jan']);
    expect(values('Rain could 7 mar the day.')).toEqual([]);
    expect(values('on 25.11.2026 and 2026-11-25')).toEqual(['date:2026-11-25:25.11.2026', 'date:2026-11-25:2026-11-25']);
    expect(values('on 11/12/2026')).toEqual([]);
  });

  it('reads a month without a day after a word that dates by it, keeping only the month in its text', () => {
    expect(values('The crackdown began in January 2025.')).toContain('month:2025-01:January 2025');
    expect(values('Prices have risen since May.')).toEqual(['month:05:May']);
  });

  it('reads a capitalised month naming what follows it ("the March qualifiers"), but not a march or an event named for one', () => {
    expect(values('He will miss the March qualifiers.')).toEqual(['month:03:March']);
    expect(values('They joined the march on Sunday.')).toEqual([]);
    expect(values('The March for Jobs drew thousands.')).toEqual([]);
  });

  it('reads a month joined to its year by "of" ("in October of 2024"), as American copy and translations write it', () => {
    expect(values('They located it in October of 2024.')).toEqual(['month:2024-10:October of 2024']);
    expect(values('It began in October of last year.')).toEqual(['month:10:October']);
  });

  it('takes no lower-case abbreviation for a month ("mar" the verb) and no impossible day', () => {
    expect(values('Storms mar 12 holidays.')).toEqual([]);
    expect(values('on March 41')).toEqual([]);
  });
});

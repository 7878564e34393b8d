import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/lib/extract/findTimes.ts';

describe('findTimes', () => {
  it('reads wire copy\'s four-digit clock with its zone ("by 1400 GMT", "(0630 GMT)"), but no year before a zone\'s name', () => {
    expect(findTimes('Brent rose to $92.40 by 1400 GMT.').map((t) => t.value)).toEqual(['14:00']);
    expect(findTimes('It struck at 0930 local time (0630 GMT).').map((t) => t.value)).toEqual(['09:30', '06:30']);
    expect(findTimes('the 2024 UTC standard')).toEqual([]);
  });

  it('reads midnight and noon in 12 hours, and a 24-hour time only after a preposition', () => {
    expect(findTimes('between 12 a.m. and 12 p.m., at 23:40, not 23:40').map((t) => t.value)).toEqual(['00:00', '12:00', '23:40']);
  });

  it('reads a 24-hour time after a preposition and an approximation ("from approximately 07:00"), but not a decimal of minutes', () => {
    expect(findTimes('from approximately 07:00 until 15:10').map((t) => t.value)).toEqual(['07:00', '15:10']);
    expect(findTimes('The fire began at around 23.40 on Friday.').map((t) => t.value)).toEqual(['23:40']);
    expect(findTimes('The lead was lost after 10.30 minutes.')).toEqual([]);
    // A one-digit hour with a full stop is an amount ("up from 2.50") unless "hours" follows.
    expect(findTimes('It will cost 2.70, up from 2.50.')).toEqual([]);
    expect(findTimes('The explosion happened towards 5.40 hours.').map((t) => t.value)).toEqual(['05:40']);
  });

  it('reads an hour spelled out before "o\'clock" ("at six o’clock") as that hour, not a count', () => {
    expect(findTimes('She called me from the boat at six o’clock.').map((t) => t.value)).toEqual(['06:00']);
    expect(findTimes("By twelve o'clock the lights were back on.").map((t) => t.value)).toEqual(['12:00']);
    expect(findTimes('Six officers were there.')).toEqual([]);
  });

  it('reads noon and midnight after a preposition as 12:00 and 00:00, but not "the midday news"', () => {
    expect(findTimes('The vote was held at noon.').map((t) => t.value)).toEqual(['12:00']);
    expect(findTimes('He conceded shortly after midnight.').map((t) => t.value)).toEqual(['00:00']);
    expect(findTimes('The polls close at 12 noon.').map((t) => t.value)).toEqual(['12:00']);
    expect(findTimes('She watched the midday news.')).toEqual([]);
  });

  it('reads a translation’s "at 10 hours" as ten o’clock, but not "for 10 hours"', () => {
    expect(findTimes('Tickets go on sale Friday at 10 hours.').map((t) => t.value)).toEqual(['10:00']);
    expect(findTimes('He was trapped for 10 hours.')).toEqual([]);
  });

  it('reads a translation’s "from 21 hours until 6 hours" as two times, but not a shift’s "from 8 hours to 12 hours"', () => {
    expect(findTimes('The curfew will apply from 21 hours until 6 hours.').map((t) => [t.text, t.value])).toEqual([
      ['21 hours', '21:00'],
      ['6 hours', '06:00'],
    ]);
    expect(findTimes('The curfew runs from 22 hours to 6 hours.').map((t) => t.value)).toEqual(['22:00', '06:00']);
    expect(findTimes('Shifts grow from 8 hours to 12 hours.')).toEqual([]);
  });

  it('reads a translation’s "at the 6.15 hours" as a time, but not "at the 2.45 mark"', () => {
    expect(findTimes('The alert was raised at the 6.15 hours.').map((t) => t.value)).toEqual(['06:15']);
    expect(findTimes('He crossed at the 2.45 mark.')).toEqual([]);
  });

  it('gives a live blog’s or timeline’s stamp its place but no value', () => {
    expect(findTimes('Tuesday, 6am: The Aln breaks through.')).toEqual([{ start: 9, text: '6am' }]);
  });

  it('gives a live blog’s 24-hour stamp ("10:15 –") its place but no value', () => {
    expect(findTimes('10:15 – 4,500 people have been evacuated.')).toEqual([{ start: 0, text: '10:15' }]);
  });
});

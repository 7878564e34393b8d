import { describe, expect, it } from 'vitest';
import { timeWindow } from '../../../src/lib/compare/timeWindow.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

/** The window of the first time in a sentence. */
const window = (sentence: string) => timeWindow(findFigures(sentence).find((f) => f.kind === 'time')!);

describe('timeWindow', () => {
  it('gives an exact time its own minute and a hedged one the minutes its hedge allows', () => {
    expect(window('The alarm went off at 3:40 a.m.')).toEqual([220, 220]);
    expect(window('The fire started at about 3:40 a.m.')).toEqual([205, 235]);
    expect(window('It broke out shortly before 4 a.m.')).toEqual([210, 240]);
    expect(window('It began just after 9 p.m.')).toEqual([1260, 1290]);
  });

  it('gives none for a time another word bounds ("by 6:15 a.m.") or for no time', () => {
    expect(window('The fire was under control by 6:15 a.m.')).toBeUndefined();
    expect(timeWindow(findFigures('It cost 40 million euros.')[0]!)).toBeUndefined();
  });
});

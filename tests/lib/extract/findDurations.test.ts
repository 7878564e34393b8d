import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../src/lib/extract/findDurations.ts';

const seconds = (sentence: string) => findDurations(sentence).map((d) => d.amount);

describe('findDurations', () => {
  it('reads a race time on a clock, with hours or with hundredths ("2:00:41", "1:54.32")', () => {
    expect(seconds('Keter won in 2:00:41, breaking the record.')).toEqual([7241]);
    expect(seconds('She won the 200m in 1:54.32.')).toEqual([114.32]);
    expect(findDurations('She won in 1:54.32.')[0]!.margin).toBeCloseTo(0.005);
  });

  it('reads a duration spelled out in units, however they are abbreviated and joined', () => {
    expect(seconds('He crossed the line in 2 h 00 min 41 s.')).toEqual([7241]);
    expect(seconds('He ran 2 hours, 0 minutes and 41 seconds.')).toEqual([7241]);
    expect(seconds('He clocked 2hr 00min 41sec.')).toEqual([7241]);
    expect(seconds('She swam 3 min 26.4 s.')).toEqual([206.4]);
  });

  it('reads hours spelled out ("two hours and 51 minutes", "an hour and 45 minutes")', () => {
    expect(seconds('It was a final that lasted two hours and 51 minutes.')).toEqual([10260]);
    expect(seconds('The trip takes an hour and 45 minutes.')).toEqual([6300]);
    // Not a word that merely ends in "a": "Ghana hours" is no hour.
    expect(seconds('Opening times: Ghana hours 9 minutes.')).toEqual([]);
  });

  it('reads a translation’s compact "1h45" as a duration where words ask how long ("takes 1h45", "the duration of the trip … from 3h10 to 1h54"), not after "at"', () => {
    expect(seconds('The trip now takes 1h45.')).toEqual([6300]);
    expect(seconds('It reduces the duration of the trip from 3h10 to 1h54.')).toEqual([11400, 6840]);
    expect(seconds('The first train left at 10h05.')).toEqual([]);
  });

  it('gives minutes without seconds half a minute of margin ("1hr 59min")', () => {
    expect(findDurations('He finished in 1hr 59min.')).toMatchObject([{ amount: 7140, margin: 30 }]);
  });

  it('reads a race time with hundredths after "at" ("stood at 1:52,85 minutes"): no time of day has them', () => {
    expect(seconds('The old record stood at 1:52,85 minutes.')).toEqual([112.85]);
  });

  it('reads no time of day ("at 03:32:15", "at 10:30"), score ("2:1") or single unit ("14 seconds")', () => {
    expect(seconds('The quake struck at 03:32:15 local time.')).toEqual([]);
    expect(seconds('Marrow won 2:1 at 10:30.')).toEqual([]);
    expect(seconds('He broke the record by 14 seconds.')).toEqual([]);
  });
});

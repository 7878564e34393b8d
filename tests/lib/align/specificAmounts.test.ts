import { describe, expect, it } from 'vitest';
import { specificAmounts } from '../../../src/lib/align/specificAmounts.ts';
import type { FeatureVector } from '../../../src/lib/types.ts';

const vector = (...features: string[]): FeatureVector => new Map(features.map((f) => [f, 1]));

describe('specificAmounts', () => {
  it('takes money, percentages, times of day and measurements whatever their size', () => {
    const v = vector('f:money:EUR 1200000', 'f:percent:3.1%', 'f:time:06:40', 'f:measure:metres:42', 'w:ship');
    expect([...specificAmounts(v)].sort()).toEqual(['f:measure:metres:42', 'f:money:EUR 1200000', 'f:percent:3.1%', 'f:time:06:40']);
  });

  it('leaves out the features it is told are incidental (a named person’s age)', () => {
    const v = vector('f:count:24 year', 'f:count:86 point');
    expect([...specificAmounts(v, { incidental: new Set(['f:count:24 year']) })]).toEqual(['f:count:86 point']);
  });

  it('takes a tally or score ("52 votes to 41", "won 2-1"): two numbers name one result', () => {
    expect([...specificAmounts(vector('f:tally:52-41', 'w:vote'))]).toEqual(['f:tally:52-41']);
  });

  it('takes a date with its year or without, a year, a temperature and a rounded large count, but not a weekday or a month', () => {
    const v = vector(
      'f:date:2026-03-14',
      'f:date:????-06-03',
      'f:weekday:friday',
      'f:year:1976',
      'f:month:06',
      'f:temperature:46',
      'f:about:150000',
    );
    expect([...specificAmounts(v)].sort()).toEqual([
      'f:about:150000',
      'f:date:2026-03-14',
      'f:date:????-06-03',
      'f:temperature:46',
      'f:year:1976',
    ]);
  });

  it('takes counts of a named thing from ten up, not "two countries" or a bare number', () => {
    const v = vector('f:count:300 amphora', 'f:count:2 countri', 'f:count:12', 'f:weekday:tuesday');
    expect([...specificAmounts(v)]).toEqual(['f:count:300 amphora']);
  });

  it('takes spans of time ("four years" in prison) unless told not to', () => {
    const v = vector('f:count:4 year', 'f:count:10 year', 'f:count:24 centuri');
    expect([...specificAmounts(v)].sort()).toEqual(['f:count:10 year', 'f:count:24 centuri', 'f:count:4 year']);
    expect([...specificAmounts(v, { spans: false })]).toEqual([]);
  });
});

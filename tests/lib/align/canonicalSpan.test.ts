import { describe, expect, it } from 'vitest';
import { canonicalSpan } from '../../../src/lib/align/canonicalSpan.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const span = (text: string) => canonicalSpan(findFigures(text)[0]!);

describe('canonicalSpan', () => {
  it('gives a span in the smallest unit of its family ("an hour and a half" is 90 minutes, "two weeks" 14 days, "a decade" 120 months)', () => {
    expect(span('It took an hour and a half.')).toEqual({ amount: 90, unit: 'minut' });
    expect(span('It took 90 minutes.')).toEqual({ amount: 90, unit: 'minut' });
    expect(span('It lasted two weeks.')).toEqual({ amount: 14, unit: 'dai' });
    expect(span('He served two and a half years.')).toEqual({ amount: 30, unit: 'month' });
    expect(span('It lasted a decade.')).toEqual({ amount: 120, unit: 'month' });
  });

  it('gives none for an age, a time ago or a count of anything else', () => {
    expect(span('The 24-year-old won.')).toBeUndefined();
    expect(span('It happened two years ago.')).toBeUndefined();
    expect(span('Divers found a 2,400-year-old ship.')).toBeUndefined();
    expect(span('It sold 40 ships.')).toBeUndefined();
  });
});

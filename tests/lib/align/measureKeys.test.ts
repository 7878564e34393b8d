import { describe, expect, it } from 'vitest';
import { measureKeys } from '../../../src/lib/align/measureKeys.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const keys = (sentence: string) => measureKeys(findFigures(sentence).find((f) => f.kind === 'measure')!);

describe('measureKeys', () => {
  it('shares a key between a distance and its conversion across a rounding boundary ("30 km", "19 miles")', () => {
    const metric = keys('It polluted 30 km of coastline.');
    const imperial = keys('It has fouled 19 miles of coastline.');
    expect(metric.filter((k) => imperial.includes(k))).not.toEqual([]);
  });

  it('shares no key between distances their rounding cannot reconcile ("30 km", "25 miles")', () => {
    const metric = keys('It polluted 30 km of coastline.');
    expect(metric.filter((k) => keys('It has fouled 25 miles of coastline.').includes(k))).toEqual([]);
  });

  it('keeps a race time to the second ("2:00:41" and "2:01:41" share no key)', () => {
    expect(keys('Keter won in 2:00:41.')).toEqual(['measure:seconds:7241']);
    expect(keys('Keter won in 2:00:41.').filter((k) => keys('Keter won in 2:01:41.').includes(k))).toEqual([]);
  });

  it('keeps two significant digits ("12,000 hectares", "29,650 acres")', () => {
    expect(keys('It burned 12,000 hectares.')).toContain('measure:hectares:12000');
    expect(keys('It burned 29,650 acres.')).toContain('measure:hectares:12000');
  });
});

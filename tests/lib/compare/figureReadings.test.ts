import { describe, expect, it } from 'vitest';
import { figureReadings } from '../../../src/lib/compare/figureReadings.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const readings = (...sentences: string[]) => {
  const figures = sentences.flatMap((s) => findFigures(s));
  const map = figureReadings(figures);
  return figures.map((f) => map.get(f));
};

describe('figureReadings', () => {
  it('reads temperatures that rounding explains in either scale as one ("46.3C", "115.3F", "115 degrees Fahrenheit")', () => {
    expect(readings('It hit 46.3C.', 'It hit 115.3F.', 'It hit 115 degrees Fahrenheit.')).toEqual(['46.3C', '46.3C', '46.3C']);
  });

  it('keeps readings apart that no rounding explains ("46.3C" and "116F", 46.7 °C)', () => {
    expect(readings('It hit 46.3C.', 'It hit 116F.')).toEqual(['46.3C', '46.7C']);
  });

  it('lets a bare "45 degrees" agree with 45 °F as well as 45 °C', () => {
    expect(readings('It was 7.2C.', 'It was 45 degrees.')).toEqual(['7.2C', '7.2C']);
  });

  it('reads measurements that rounding or conversion explains as one ("12,000 hectares", "29,650 acres", "nearly 30,000 acres"), and others apart', () => {
    expect(
      readings('It burned 12,000 hectares.', 'It burned 29,650 acres.', 'It burned nearly 30,000 acres.', 'It burned 13,000 hectares.'),
    ).toEqual(['12000 hectares', '12000 hectares', '12000 hectares', '13000 hectares']);
  });

  it('never reads two quantities as one ("90 km/h" and "90 metres")', () => {
    expect(readings('Gusts of 90 km/h.', 'A wall 90 metres long.')).toEqual(['90 km/h', '90 metres']);
  });
});

import { describe, expect, it } from 'vitest';
import { temperatureReadings } from '../../../src/lib/compare/temperatureReadings.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const readings = (...sentences: string[]) => {
  const figures = sentences.flatMap((s) => findFigures(s));
  const map = temperatureReadings(figures);
  return figures.map((f) => map.get(f));
};

describe('temperatureReadings', () => {
  it('reads temperatures that rounding explains in either scale as one ("46.3C", "115.3F", "115 degrees Fahrenheit")', () => {
    expect(readings('It hit 46.3C.', 'It hit 115.3F.', 'It hit 115 degrees Fahrenheit.')).toEqual(['46.3C', '46.3C', '46.3C']);
  });

  it('keeps readings apart that no rounding explains ("46.3C" and "116F", 46.7 °C)', () => {
    expect(readings('It hit 46.3C.', 'It hit 116F.')).toEqual(['46.3C', '46.7C']);
  });

  it('lets a bare "45 degrees" agree with 45 °F as well as 45 °C', () => {
    expect(readings('It was 7.2C.', 'It was 45 degrees.')).toEqual(['7.2C', '7.2C']);
  });
});

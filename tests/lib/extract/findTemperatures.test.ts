import { describe, expect, it } from 'vitest';
import { findTemperatures } from '../../../src/lib/extract/findTemperatures.ts';

const read = (sentence: string) =>
  findTemperatures(sentence).map(({ text, celsius, margin, scale }) => ({
    text,
    celsius: Math.round(celsius * 100) / 100,
    margin: Math.round(margin * 100) / 100,
    scale,
  }));

describe('findTemperatures', () => {
  it('reads "46.3C", "46.3 °C", "115°F", "115 degrees Fahrenheit" and "40 degrees C" with their scales', () => {
    expect(read('It hit 46.3C, or 46.3 °C, or 115°F, or 115 degrees Fahrenheit; 40 degrees C in the shade.')).toEqual([
      { text: '46.3C', celsius: 46.3, margin: 0.05, scale: 'C' },
      { text: '46.3 °C', celsius: 46.3, margin: 0.05, scale: 'C' },
      { text: '115°F', celsius: 46.11, margin: 0.28, scale: 'F' },
      { text: '115 degrees Fahrenheit', celsius: 46.11, margin: 0.28, scale: 'F' },
      { text: '40 degrees C', celsius: 40, margin: 0.5, scale: 'C' },
    ]);
  });

  it('reads a translation’s decimal comma ("46,3 degrees") and temperatures below zero', () => {
    expect(read('The thermometer marked 46,3 degrees.').map((t) => t.celsius)).toEqual([46.3]);
    expect(read('It fell to minus 12 degrees Celsius overnight and to -5 °C by noon.').map((t) => t.celsius)).toEqual([-12, -5]);
  });

  it('keeps no scale for a bare "degrees", read as Fahrenheit above 60 ("a 115-degree day")', () => {
    expect(read('The precedent record, of 45,4 degrees, dated of 2019.')).toEqual([
      { text: '45,4 degrees', celsius: 45.4, margin: 0.05, scale: undefined },
    ]);
    expect(read('Casmira bakes in record 115-degree heat').map((t) => t.celsius)).toEqual([46.11]);
  });

  it('leaves a range’s dash alone: "40-45C" is no minus 45', () => {
    expect(read('Highs of 40-45C are forecast.').map((t) => t.celsius)).toEqual([45]);
  });

  it('reads no angle, bearing or label ("a 180-degree turn", "47 degrees north", "Room 5C")', () => {
    expect(read('The car made a 180-degree turn at 47 degrees north, near Room 5C.')).toEqual([]);
  });
});

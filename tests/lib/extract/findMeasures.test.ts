import { describe, expect, it } from 'vitest';
import { findMeasures } from '../../../src/lib/extract/findMeasures.ts';

const read = (sentence: string) =>
  findMeasures(sentence).map(({ text, amount, unit, margin }) => ({
    text,
    amount: Number(amount.toPrecision(4)),
    unit,
    margin: Number(margin.toPrecision(2)),
  }));

describe('findMeasures', () => {
  it('reads rainfall in litres per square metre as the millimetres it stands deep ("142 litres per square metre" is "142 mm")', () => {
    const [litres] = findMeasures('Within 24 hours 142 litres per square metre of rain fell.');
    const [mm] = findMeasures('The weather service measured 142 mm in 24 hours.');
    expect(litres).toMatchObject({ unit: 'metres', text: '142 litres per square metre' });
    expect(litres!.amount).toBeCloseTo(mm!.amount, 6);
    expect(findMeasures('It rained 80 l/m² in an hour.')[0]).toMatchObject({ unit: 'metres', text: '80 l/m²' });
    expect(findMeasures('The tank holds 142 litres.')).toEqual([]);
  });

  it('converts each quantity to one unit, with the margin its rounding leaves ("56 mph" is 90.1 km/h ± 0.8)', () => {
    expect(read('Gusts of up to 90 km/h (56 mph) fanned a fire of 12,000 hectares (29,650 acres).')).toEqual([
      { text: '90 km/h', amount: 90, unit: 'km/h', margin: 0.5 },
      { text: '56 mph', amount: 90.12, unit: 'km/h', margin: 0.8 },
      { text: '12,000 hectares', amount: 12000, unit: 'hectares', margin: 0.5 },
      { text: '29,650 acres', amount: 12000, unit: 'hectares', margin: 0.2 },
    ]);
  });

  it('reads thousands as translations group them ("180.000 kilometres", "12 000 km") and scale words ("12 thousand hectares")', () => {
    expect(read('It passed 180.000 kilometres away, then 12 000 km; 12 thousand hectares burned.').map((m) => m.amount)).toEqual([
      180000000, 12000000, 12000,
    ]);
  });

  it('reads a measurement used as an adjective ("a 12,000-hectare fire") and spelled-out speeds ("miles per hour")', () => {
    expect(read('a 12,000-hectare fire, winds of 56 miles per hour').map((m) => m.unit)).toEqual(['hectares', 'km/h']);
  });

  it('reads a unit only after a number, and not inside a longer word ("5 kms" is no kilometres)', () => {
    expect(read('The mile was long; 5 kms later, 3 hams.')).toEqual([]);
  });

  it('reads a bare "m" as metres before a dimension or a singular noun, not before a plural or a function word', () => {
    expect(read('The 800m champion; a rock roughly 40m across.').map((m) => m.amount)).toEqual([800, 40]);
    expect(read('It hired 6.2m people; viewers rose to 6.2m on Tuesday.')).toEqual([]);
  });

  it('reads "the 400m hurdles" as a distance, the one event named in the plural', () => {
    expect(read('She won the 400m hurdles.').map((m) => [m.amount, m.unit])).toEqual([[400, 'metres']]);
  });

  it('reads rainfall in inches as the millimetres another report gives ("nearly 8 inches", "200 mm")', () => {
    expect(read('nearly 8 inches of rain, or 200 mm').map((m) => Number(m.amount.toPrecision(2)))).toEqual([0.2, 0.2]);
  });

  it('reads a translation’s plural scale before a unit ("4 millions tonnes") as the scale', () => {
    expect(read('The port manages approximately 4 millions tonnes of cargo.')).toEqual([
      { text: '4 millions tonnes', amount: 4e9, unit: 'kilograms', margin: 5e8 },
    ]);
  });

  it('reads small amounts spelled out ("two and a half tonnes", "a tonne", "half a tonne") with the margin a word leaves', () => {
    expect(read('Officers found two and a half tonnes of cocaine.')).toEqual([
      { text: 'two and a half tonnes', amount: 2500, unit: 'kilograms', margin: 250 },
    ]);
    expect(read('Police seized more than two tonnes, a tonne of it in one crate, and half a tonne more.')).toEqual([
      { text: 'two tonnes', amount: 2000, unit: 'kilograms', margin: 500 },
      { text: 'a tonne', amount: 1000, unit: 'kilograms', margin: 500 },
      { text: 'half a tonne', amount: 500, unit: 'kilograms', margin: 250 },
    ]);
    // An article before a thing named like a unit is no measurement.
    expect(read('They tied a knot in a yard.')).toEqual([]);
  });

  it('reads plain "tons" as the metric tonne, as translations and most outlets outside the US mean it', () => {
    expect(read('Seized 2,5 tons of cocaine')).toEqual([{ text: '2,5 tons', amount: 2500, unit: 'kilograms', margin: 50 }]);
  });

  it('reads a height in feet and inches as one length ("5ft 7in", "6 feet 2 inches", "5-foot-7") and a weight in stone', () => {
    expect(read('The beast towered at 5ft 7in and tipped the scales at 23 stone.')).toEqual([
      { text: '5ft 7in', amount: 1.702, unit: 'metres', margin: 0.013 },
      { text: '23 stone', amount: 146.1, unit: 'kilograms', margin: 3.2 },
    ]);
    expect(read('He is 6 feet 2 inches tall.').map((m) => m.amount)).toEqual([1.88]);
    expect(read('a 5-foot-7 guard').map((m) => m.amount)).toEqual([1.702]);
    // A year after a length is no inches; stones in the plural are things; "21st" is an ordinal.
    expect(read('a 30-foot 2019 model').map((m) => m.text)).toEqual(['30-foot']);
    expect(read('The 23 stones were moved in the 21st century.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { verbForms } from '../../../src/lib/extract/verbForms.ts';

describe('verbForms', () => {
  it('lists the irregular and regular one-word forms of a verb', () => {
    expect(verbForms('take')).toEqual(expect.arrayContaining(['take', 'took', 'taken', 'takes', 'taking']));
    expect(verbForms('make')).toEqual(expect.arrayContaining(['made', 'makes', 'making']));
  });

  it('leaves out forms written with an auxiliary ("will make")', () => {
    expect(verbForms('make').every((form) => !form.includes(' '))).toBe(true);
  });
});

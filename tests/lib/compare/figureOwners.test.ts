import { describe, expect, it } from 'vitest';
import { figureOwners } from '../../../src/lib/compare/figureOwners.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const spans = (bodies: string[]) => {
  const { sentences } = facts(...bodies);
  return [...figureOwners(sentences, (f) => f.kind === 'count')].map(([f, owner]) => `${f.text}:${owner}`);
};

describe('figureOwners', () => {
  it('gives a figure to the one person its sentence names ("sentenced Karl Hemmer to seven years")', () => {
    expect(spans(['The court sentenced Karl Hemmer to seven years.', 'His deputy, Lena Voss, got four years.'])).toEqual([
      'seven years:karl-hemmer',
      'four years:lena-voss',
    ]);
  });

  it('gives none where the sentence names two people or nobody, and never to its speaker', () => {
    expect(spans(['Karl Hemmer got seven years; his deputy, Lena Voss, four years.', 'The deputy got four years.'])).toEqual([]);
    expect(spans(['"The project will take five years," Energy Minister Tove Arnesen said.'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { datesTelling } from '../../../src/lib/compare/datesTelling.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

/** Whether each weekday of a one-sentence story dates the telling. */
const telling = (text: string) => {
  const [s] = facts(text).sentences;
  return s!.facts.figures.filter((f) => f.kind === 'weekday').map((f) => datesTelling(f, s!));
};

describe('datesTelling', () => {
  it.each([
    ['Foreign Minister Olivier Nduhungirehe said on Monday that the talks were at an early stage.', [true]],
    ['“We are still in the early stages,” he told state broadcaster Rwanda TV in an interview later Sunday.', [true]],
    ['Belvaria on Monday said it had asked Dravonia to hand him over.', [true]],
    ['The request had been delivered to the embassy on Friday, the minister said.', [false]],
    ['The bank on Tuesday lifted its rate to 14%.', [false]],
    ['Talks broke down on Monday night, the union said on Tuesday.', [false, true]],
  ])('tells whether the days in "%s" date the telling', (text, expected) => {
    expect(telling(text)).toEqual(expected);
  });
});

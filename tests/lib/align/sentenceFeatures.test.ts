import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../src/lib/align/sentenceFeatures.ts';
import { extractFacts } from '../../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';

const featuresOf = (text: string) => {
  const { sentences } = extractFacts([segmentArticle({ id: 'a', language: 'en', body: text })]);
  return [...sentenceFeatures(sentences[0]!).keys()];
};
const shared = (a: string, b: string) => featuresOf(a).filter((f) => featuresOf(b).includes(f));

describe('sentenceFeatures', () => {
  it('shares letter groups between spellings of one word ("favour", "favor"), not between words that only share an inside ("flight", "lights")', () => {
    expect(shared('The vote went in her favour.', 'The vote went in her favor.').filter((f) => f.startsWith('c:'))).not.toEqual([]);
    expect(shared('Every flight was cancelled.', 'Traffic lights are out.').filter((f) => f.startsWith('c:'))).toEqual([]);
  });

  it('shares a time to the hour ("at 6.05 a.m.", "just after 6 a.m."), not across hours', () => {
    expect(shared('The plane landed at 6.05 a.m.', 'It touched down just after 6 a.m.').filter((f) => f.startsWith('f:'))).toEqual([
      'f:hour:06',
    ]);
    expect(shared('The plane landed at 6.05 a.m.', 'It touched down at 7.05 a.m.').filter((f) => f.startsWith('f:'))).toEqual([]);
  });

  it('shares a score however round it is written ("won 2-1", "lost 1-2")', () => {
    expect(shared('Marrow won 2-1 on Saturday.', 'Port Ellis lost 1-2 on Saturday.')).toContain('f:tally:2-1');
  });

  it('weighs a vote tally as much as a count from ten up: two numbers are as rare as a counted noun', () => {
    const weights = (text: string) => {
      const { sentences } = extractFacts([segmentArticle({ id: 'a', language: 'en', body: text })]);
      const features = sentenceFeatures(sentences[0]!);
      return [...features].filter(([f]) => f.startsWith('f:')).reduce((sum, [, w]) => sum + w, 0);
    };
    expect(weights('The measure passed by 31 votes to 20.')).toBe(weights('The measure won 31 votes.'));
  });

  it('shares a count from a thousand up with its rounding ("Some 150,000 students", "About 148,000 students"), weighing less than the exact count', () => {
    const rounded = shared('Some 150,000 students received their results.', 'About 148,000 students sat the exams.').filter((f) =>
      f.startsWith('f:'),
    );
    expect(rounded).toEqual(['f:about:150000']);
    const { sentences } = extractFacts([segmentArticle({ id: 'a', language: 'en', body: 'About 148,000 students sat the exams.' })]);
    const features = sentenceFeatures(sentences[0]!);
    expect(features.get('f:about:150000')).toBeLessThan(features.get('f:count:148000')!);
    expect(shared('Officials counted 60 protesters.', 'Officials counted 58 protesters.').filter((f) => f.startsWith('f:'))).toEqual([]);
  });

  it('shares the kind of a count of people, so that tolls that disagree still align ("Fourteen people were killed", "the death toll has risen to 15")', () => {
    const toll = shared('Fourteen people were killed in the crash.', 'The death toll from the crash has risen to 15.');
    expect(toll).toContain('k:count:peopl');
    expect(shared('The crash destroyed 14 cars.', 'The storm destroyed 15 cars.')).not.toContain('k:count:car');
    // The hurt are a kind of their own, no reading of a death toll.
    expect(shared('Fourteen people were killed in the crash.', 'Some 31 people were taken to hospital.')).not.toContain('k:count:peopl');
    expect(shared('Some 31 people were taken to hospital.', 'More than 30 people were injured.')).toContain('k:count:hurt');
  });

  it('shares no figure through a time ago, which dates rather than counts ("two years ago")', () => {
    const figures = shared('Prices are higher than two years ago.', 'Inflation peaked two years ago.').filter((f) => f.startsWith('f:'));
    expect(figures).toEqual([]);
    expect(shared('He served two years in prison.', 'After two years in prison he was freed.')).toContain('f:count:24 month');
  });

  it('shares a span however its unit ("an hour and a half", "90 minutes"; "two and a half years", "30 months")', () => {
    expect(shared('The ferry takes an hour and a half.', 'The ferry takes 90 minutes.')).toContain('f:count:90 minut');
    expect(shared('He was jailed for two and a half years.', 'He was jailed for 30 months.')).toContain('f:count:30 month');
    // Not a person's age, which stays in years ("the 24-year-old" is no span of 288 months).
    expect(shared('The 24-year-old won.', 'Brun, 24, won.')).toContain('f:count:24 year');
  });

  it('shares an age from ten up however it is written ("about 2,400 years ago", "some 24 centuries ago", "2,400-year-old")', () => {
    const ship = 'Divers found a 2,400-year-old ship.';
    expect(shared('The ship sank about 2,400 years ago.', ship)).toContain('f:count:2400 year');
    expect(shared('The crew loaded it some 24 centuries ago.', ship)).toContain('f:count:2400 year');
  });

  it('shares a distance with its conversion across a rounding boundary ("30 km", "19 miles")', () => {
    const figures = shared('The oil polluted 30 km of coastline.', 'It has fouled 19 miles of coastline.').filter((f) =>
      f.startsWith('f:'),
    );
    expect(figures).not.toEqual([]);
  });

  it('shares a count of ten or more however each article names what is counted', () => {
    expect(shared('The mine would create 600 permanent jobs.', 'The mine had to create 600 permanent employments.')).toContain(
      'f:count:600',
    );
  });

  it('does not share small counts of different things', () => {
    expect(
      shared('Talks between the two sides collapsed.', 'The negotiations between the two parts failed.').some((f) => f.startsWith('f:')),
    ).toBe(false);
  });

  it('shares a temperature however each article rounds and scales it ("46.3C", "115 degrees Fahrenheit")', () => {
    expect(shared('Orvasa hit 46.3C.', 'The mercury climbed to 115 degrees Fahrenheit.')).toContain('f:temperature:46');
  });

  it('shares the month of two dates a day apart ("until July 1, 2029", "expires the 2 July 2029")', () => {
    expect(shared('The ban runs until July 1, 2029.', 'The disqualification expires the 2 July 2029.')).toContain('f:month:2029-07');
    expect(shared('The ban runs until July 1, 2029.', 'Not until July 2029.')).toContain('f:month:2029-07');
  });

  it('gives a date without a year its month as well, as a dated one does ("born on June 3", "born in June")', () => {
    expect(shared('The cubs were born on June 3.', 'The cubs were born in June.')).toContain('f:month:06');
    expect(shared('The cubs were born on June 3.', 'Mother Irma gave birth on June 3.').filter((f) => f.startsWith('f:'))).toEqual([
      'f:date:????-06-03',
      'f:month:06',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { boundsAgree } from '../../../src/lib/compare/boundsAgree.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

/** Each text's figures, as one article's. */
const agree = (...texts: string[]) => boundsAgree(texts.map((t) => findFigures(t)));

describe('boundsAgree', () => {
  it('lets a lower bound agree with a larger exact figure ("more than 170 flights", "180 flights")', () => {
    expect(agree('more than 170 flights', '180 flights')).toBe(true);
    expect(agree('at least 12 people', '19 people', 'at least 15 people')).toBe(true);
  });

  it('does not let a bound agree with a figure outside it', () => {
    expect(agree('more than 170 flights', '160 flights')).toBe(false);
    expect(agree('more than 170 flights', '170 flights')).toBe(false);
    expect(agree('fewer than 20 people', '25 people')).toBe(false);
    expect(agree('up to 30,000 people', '25,000 people')).toBe(true);
  });

  it('reads two caps as one amount stated twice ("fines of up to €20,000", "fines of up to €2,000" disagree)', () => {
    expect(agree('fines of up to €20,000', 'fines of up to €2,000')).toBe(false);
    expect(agree('fines of up to €20,000', 'fines of up to €20,000', 'a fine of €2,000')).toBe(true);
    expect(agree('fines of up to €20,000', 'a fine of €2,000')).toBe(true);
  });

  it('reads a translation\'s "until" before an amount as "up to" ("fines until 2,000 euros")', () => {
    expect(agree('will risk fines until 2,000 euros', 'face fines of up to €20,000')).toBe(false);
    expect(agree('will risk fines until 20,000 euros', 'face fines of up to €20,000')).toBe(true);
  });

  it('lets estimates agree within a tenth of the amount', () => {
    expect(agree('about 25,000 passengers', '24,000 passengers')).toBe(true);
    expect(agree('about 25,000 passengers', '20,000 passengers')).toBe(false);
    expect(agree('nearly 50%', '48%')).toBe(true);
    expect(agree('nearly 50%', '51%')).toBe(false);
  });

  it('reads a vague number as its order of magnitude ("dozens of whales" allows "About 42 whales", not "12 whales")', () => {
    expect(agree('A dog walker spots dozens of whales.', 'About 42 whales were found.')).toBe(true);
    expect(agree('A dog walker spots dozens of whales.', 'Only 12 whales were found.')).toBe(false);
    expect(agree('Several hundred protesters gathered.', 'About 3,000 protesters gathered.')).toBe(false);
  });

  it('reads "five other ministers" as others besides one named, so that "six ministers" agrees and "four ministers" does not', () => {
    expect(agree('He replaced his finance minister and five other ministers.', 'He changed six ministers.')).toBe(true);
    expect(agree('He replaced his finance minister and five other ministers.', 'He changed four ministers.')).toBe(false);
  });

  it('lets a whole percentage round a more precise one ("fell 2%" for "fell 2.1%"), not another whole one', () => {
    expect(agree('Shares fell 2% after the event.', 'Shares fell 2.1% in early trading.')).toBe(true);
    expect(agree('It lost 4% of its ice.', 'It lost 4.6% of its ice.')).toBe(false);
    expect(agree('Turnout was 46%.', 'Turnout was 48%.')).toBe(false);
  });

  it('never lets two different exact figures agree', () => {
    expect(agree('46 cases', '48 cases')).toBe(false);
    expect(agree('£700 million', '£50 million')).toBe(false);
  });

  it('needs one figure of each article to agree: another quantity of the same kind in an article stands aside', () => {
    // A results table gives this year's profit and last year's; the brief rounds this year's.
    expect(agree('€412m and €502m', 'around €410 million', '412 million euros')).toBe(true);
    expect(agree('€502m', 'around €410 million')).toBe(false);
  });
});

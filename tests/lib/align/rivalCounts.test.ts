import { describe, expect, it } from 'vitest';
import { rivalCounts } from '../../../src/lib/align/rivalCounts.ts';
import type { Figure } from '../../../src/lib/types.ts';

const months = (amount: number): Figure => ({ kind: 'count', amount, value: `${amount} month`, unit: 'month', text: `${amount} months` });
const jobs = (amount: number): Figure => ({ kind: 'count', amount, value: `${amount} job`, unit: 'job', text: `${amount} jobs` });

// Sentences 0 and 1 (articles 0 and 1) form the group: "Firms will have 18 months to comply".
const groups = () => [{ core: [0, 1], extra: [] }];
const articleOf = [0, 1, 2];

describe('rivalCounts', () => {
  it('joins a sentence in no group that gives another number of what the group counts ("24 months" against "18 months")', () => {
    const figures = [[months(18)], [months(18)], [months(24)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => figures[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
  });

  it('takes a count with the group’s digits transposed for a rival however far apart ("53rd minute" for "35th minute")', () => {
    const minute = (amount: number): Figure => ({
      kind: 'count',
      amount,
      value: `${amount} nth minut`,
      unit: 'nth minut',
      text: `${amount}th minute`,
    });
    const figures = [[minute(35)], [minute(35)], [minute(53)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => figures[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const apart = [[minute(35)], [minute(35)], [minute(63)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => apart[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('leaves it out when its wording matches the group too little, or the counts are too far apart to be one figure', () => {
    const figures = [[months(18)], [months(18)], [months(24)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => figures[k]!, average: () => 0.01 })).toEqual([]);
    const apart = [[jobs(4000)], [jobs(4000)], [jobs(300)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => apart[k]!, average: () => 0.06 })).toEqual([]);
  });

  it("takes another amount of the group's money for a rival, not money in another currency", () => {
    const pounds = (amount: number): Figure => ({ kind: 'money', amount, currency: 'GBP', value: `GBP ${amount}`, text: `£${amount}` });
    const euros = (amount: number): Figure => ({ kind: 'money', amount, currency: 'EUR', value: `EUR ${amount}`, text: `€${amount}` });
    const money = [[pounds(6200000)], [pounds(6200000)], [pounds(5800000)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => money[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const other = [[pounds(6200000)], [pounds(6200000)], [euros(5800000)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => other[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('takes another side of a vote’s tally for a rival ("87 votes against 61" for "78 votes to 61"), not a score under ten', () => {
    const tally = (value: string): Figure => ({ kind: 'tally', value, text: value });
    const votes = [[tally('78-61')], [tally('78-61')], [tally('87-61')]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => votes[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const score = [[tally('3-1')], [tally('3-1')], [tally('2-1')]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => score[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('takes a percentage only with the digits of one two articles give transposed ("52%" for "25%")', () => {
    const percent = (amount: number): Figure => ({ kind: 'percent', amount, value: `${amount}%`, text: `${amount}%` });
    const slip = [[percent(25)], [percent(25)], [percent(52)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => slip[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const close = [[percent(25)], [percent(25)], [percent(27)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => close[k]!, average: () => 0.06 })).toEqual([]);
    const once = [[percent(25)], [percent(30)], [percent(52)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => once[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('reads a transposed slip against the sentences giving the amount it transposes, in the core or supporting the claim', () => {
    const percent = (amount: number): Figure => ({ kind: 'percent', amount, value: `${amount}%`, text: `${amount}%` });
    // Core: 0 (40% and 18%), 1 (50%); supporting: 3 (18%); sentence 2 gives 81%.
    const figures = [[percent(40), percent(18)], [percent(50)], [percent(81)], [percent(18)]];
    const group = () => [{ core: [0, 1], extra: [3] }];
    // It matches the whole core too little (0.03), but the sentences giving 18% well (0.09).
    const average = (k: number, members: number[]) => (k === 2 && members.every((j) => j === 0 || j === 3) ? 0.09 : 0.03);
    expect(rivalCounts(group(), [0, 1, 2, 3], { figuresOf: (k) => figures[k]!, average })).toEqual([[2, 0]]);
    expect(rivalCounts(group(), [0, 1, 2, 3], { figuresOf: (k) => figures[k]!, average: () => 0.03 })).toEqual([]);
  });

  it('takes a year only with the digits of one two articles give transposed ("1989" for "1998")', () => {
    const year = (amount: number): Figure => ({ kind: 'year', amount, value: String(amount), text: String(amount) });
    const slip = [[year(1998)], [year(1998)], [year(1989)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => slip[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const close = [[year(1998)], [year(1998)], [year(1999)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => close[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('takes an age only with its digits transposed ("42" for "24"): two close ages are mostly two people', () => {
    const age = (amount: number): Figure => ({
      kind: 'count',
      amount,
      value: `${amount} year`,
      unit: 'year',
      text: `${amount}-year-old`,
      age: 'person',
    });
    const slip = [[age(24)], [age(24)], [age(42)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => slip[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const other = [[age(24)], [age(24)], [age(18)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => other[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('takes no count of another thing, and no small count, for a rival', () => {
    const other = [[months(18)], [months(18)], [jobs(20)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => other[k]!, average: () => 0.06 })).toEqual([]);
    const small = [[months(3)], [months(3)], [months(4)]];
    expect(rivalCounts(groups(), articleOf, { figuresOf: (k) => small[k]!, average: () => 0.06 })).toEqual([]);
  });

  it('joins a sentence already in another group only through a slip of the count, its digits transposed', () => {
    const people = (amount: number): Figure => ({
      kind: 'count',
      amount,
      value: `${amount} peopl`,
      unit: 'peopl',
      text: `${amount} people`,
    });
    // Sentence 2 sits in a second group (with sentence 3) for the claim of those waiting over a year.
    const two = () => [
      { core: [0, 1], extra: [] },
      { core: [2, 3], extra: [] },
    ];
    const slip = [[people(250000)], [people(250000)], [people(205000), people(40000)], [people(40000)]];
    expect(rivalCounts(two(), [0, 1, 2, 0], { figuresOf: (k) => slip[k]!, average: () => 0.06 })).toEqual([[2, 0]]);
    const close = [[people(250000)], [people(250000)], [people(240000), people(40000)], [people(40000)]];
    expect(rivalCounts(two(), [0, 1, 2, 0], { figuresOf: (k) => close[k]!, average: () => 0.06 })).toEqual([]);
    // Two digits are too few: "67" seats won and the "76" a majority needs are two amounts.
    const seats = (amount: number): Figure => ({ kind: 'count', amount, value: `${amount} seat`, unit: 'seat', text: `${amount} seats` });
    const few = [[seats(67)], [seats(67)], [seats(76), seats(40)], [seats(40)]];
    expect(rivalCounts(two(), [0, 1, 2, 0], { figuresOf: (k) => few[k]!, average: () => 0.06 })).toEqual([]);
  });
});

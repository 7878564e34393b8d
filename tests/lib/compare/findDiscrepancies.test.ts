import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../../src/lib/compare/findDiscrepancies.ts';
import { extractFacts } from '../../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';

/** One sentence per article, facts extracted across the "story" they form. */
function facts(...bodies: string[]) {
  const { sentences, people } = extractFacts(bodies.map((body, i) => segmentArticle({ id: `a${i + 1}`, language: 'en', body })));
  return { sentences, people };
}
const types = (list: ReturnType<typeof findDiscrepancies>) => list.map((d) => d.type);

describe('findDiscrepancies', () => {
  it('reports different weekdays with each article’s value', () => {
    const { sentences, people } = facts('The minister spoke on Monday.', 'The minister spoke on Sunday.', 'The minister spoke on Sunday.');
    const [d] = findDiscrepancies(sentences, 'statement', { people });
    expect(d).toEqual({
      type: 'weekday',
      values: [
        { article: 'a1', value: 'Monday' },
        { article: 'a2', value: 'Sunday' },
        { article: 'a3', value: 'Sunday' },
      ],
    });
  });

  it('reports different amounts in one currency but not amounts in different currencies', () => {
    const a = facts('It cost £700 million.', 'It cost £50 million.');
    expect(types(findDiscrepancies(a.sentences, 'figure', a))).toEqual(['amount']);
    const b = facts('It cost £50 million.', 'It cost $66 million.');
    expect(findDiscrepancies(b.sentences, 'figure', b)).toEqual([]);
  });

  it('reports different counts of the same thing', () => {
    const { sentences, people } = facts('It led to four deportations.', 'It led to five deportations.');
    expect(types(findDiscrepancies(sentences, 'figure', { people }))).toEqual(['number']);
  });

  it('reports “former President” against “President” for the same person', () => {
    const { sentences, people } = facts('Former President Donald Trump spoke.', 'President Donald Trump spoke.');
    const title = findDiscrepancies(sentences, 'statement', { people }).find((d) => d.type === 'title')!;
    expect(title.subject).toBe('Donald Trump');
    expect(title.values.map((v) => v.value)).toEqual(['Former President', 'President']);
  });

  it('takes a reordered portfolio or a spelling variant for the same title', () => {
    const health = facts('Health Minister Tomas Varga spoke.', 'The Minister of Health Tomas Varga spoke.');
    expect(findDiscrepancies(health.sentences, 'statement', health)).toEqual([]);
    const spelling = facts('Councillor Ana Petrova spoke.', 'Councilor Ana Petrova spoke.');
    expect(findDiscrepancies(spelling.sentences, 'statement', spelling)).toEqual([]);
    const appositive = facts('Donald Trump, the former president, spoke.', 'President Donald Trump spoke.');
    expect(types(findDiscrepancies(appositive.sentences, 'statement', appositive))).toEqual(['title']);
  });

  it('does not count a demonym or country as a different title', () => {
    const { sentences, people } = facts(
      'Rwandan Foreign Minister Olivier Nduhungirehe spoke.',
      'Foreign Minister Olivier Nduhungirehe spoke.',
    );
    expect(findDiscrepancies(sentences, 'statement', { people })).toEqual([]);
  });

  it('reports a misspelled name', () => {
    const { sentences, people } = facts('Olivier Nduhungirehe spoke.', 'Olivier Nduhungirehe agreed.', 'Olivier Nduhungirefer spoke.');
    const spelling = findDiscrepancies(sentences, 'statement', { people }).find((d) => d.type === 'name-spelling')!;
    expect(spelling.values).toContainEqual({ article: 'a3', value: 'Nduhungirefer' });
  });

  it('reports different quoted words for a quote, not a difference in quotation marks', () => {
    const same = facts('“We are not there yet,” she said.', '"We are not there yet," she said.');
    expect(findDiscrepancies(same.sentences, 'quote', same)).toEqual([]);
    const differ = facts('“We are not there yet,” she said.', '“We are nowhere near there,” she said.');
    expect(types(findDiscrepancies(differ.sentences, 'quote', differ))).toEqual(['quote-wording']);
  });

  it('reports a figure only some articles give as an omission, not as different numbers', () => {
    const { sentences, people } = facts('The union wants 15% and the airline offered 6%.', 'The union wants 15%.');
    expect(findDiscrepancies(sentences, 'figure', { people })).toEqual([
      { type: 'omitted-figure', values: [{ article: 'a1', value: '6%' }], missing: ['a2'] },
    ]);
  });

  it('still reports different numbers when each article gives one the other lacks', () => {
    const { sentences, people } = facts(
      'The union wants 15% and the airline offered 6%.',
      'The union wants 15% and the airline offered 9%.',
    );
    expect(types(findDiscrepancies(sentences, 'figure', { people }))).toEqual(['number']);
  });

  it('compares amounts whatever each article counts, and leaves out small incidental counts', () => {
    const jobs = facts('The mine would create 600 permanent jobs.', 'The mine would create 600 employments.');
    expect(findDiscrepancies(jobs.sentences, 'figure', jobs)).toEqual([]);
    const sides = facts('Talks between the two sides collapsed after one week.', 'Talks collapsed.');
    expect(findDiscrepancies(sides.sentences, 'statement', sides)).toEqual([]);
  });

  it('does not take an amount converted to another currency for an omission', () => {
    const { sentences, people } = facts('Rwanda is seeking £50 million ($66 million).', 'Rwanda is seeking £50 million.');
    expect(findDiscrepancies(sentences, 'figure', { people })).toEqual([]);
  });

  it('does not report the figures of a sentence that supports the claim only as a second one', () => {
    const { sentences, people } = facts('Starmer scrapped the deal, saying it cost £700 million.', 'Starmer scrapped the deal.');
    expect(types(findDiscrepancies(sentences, 'statement', { people }))).toEqual(['omitted-figure']);
    expect(findDiscrepancies(sentences, 'statement', { people, secondary: new Set([sentences[0]!]) })).toEqual([]);
  });

  it('marks a quotation wording made only of pieces of another article’s wording as trimmed, and a reworded one not', () => {
    const { sentences, people } = facts(
      '“A permit granted without hearing the people cannot stand,” Vasko wrote.',
      'Vasko wrote that it “cannot stand”.',
      '“A permit granted without hearing the people,” Vasko wrote.',
      '“A permit given without listening to the people cannot remain,” wrote Vasko.',
    );
    const [wording] = findDiscrepancies(sentences, 'quote', { people }).filter((d) => d.type === 'quote-wording');
    expect(wording!.values.map((v) => [v.article, v.trimmed ?? false])).toEqual([
      ['a1', false],
      ['a2', true],
      ['a3', true],
      ['a4', false],
    ]);
  });

  it('finds nothing when the articles agree', () => {
    const { sentences, people } = facts('On Sunday, 30,000 people marched.', 'On Sunday, 30,000 people marched.');
    expect(findDiscrepancies(sentences, 'figure', { people })).toEqual([]);
  });
});

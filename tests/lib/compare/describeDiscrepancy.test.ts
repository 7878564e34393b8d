import { describe, expect, it } from 'vitest';
import { describeDiscrepancy } from '../../../src/lib/compare/describeDiscrepancy.ts';

const label = (id: string) => `Article ${id}`;

describe('describeDiscrepancy', () => {
  it('counts articles per weekday, the majority first, and names them', () => {
    const text = describeDiscrepancy(
      {
        type: 'weekday',
        values: [
          { article: '1', value: 'Monday' },
          { article: '2', value: 'Sunday' },
          { article: '3', value: 'Sunday' },
          { article: '4', value: 'Sunday' },
        ],
      },
      label,
    );
    expect(text).toBe('3 articles say Sunday (Article 2, Article 3, Article 4), 1 article says Monday (Article 1)');
  });

  it('counts a date worded two ways ("December 14", "14 December") once, naming the other wording', () => {
    const text = describeDiscrepancy(
      {
        type: 'date',
        values: [
          { article: '1', value: 'December 14', reading: '12-14' },
          { article: '2', value: 'December 13', reading: '12-13' },
          { article: '3', value: 'December 14', reading: '12-14' },
          { article: '4', value: '14 December', reading: '12-14' },
        ],
      },
      label,
    );
    expect(text).toBe(
      '3 articles say December 14 (Article 1, Article 3, Article 4: “14 December”), 1 article says December 13 (Article 2)',
    );
  });

  it('says which articles give their day in the sentence before their account', () => {
    const text = describeDiscrepancy(
      {
        type: 'weekday',
        values: [
          { article: '1', value: 'Monday' },
          { article: '2', value: 'Sunday', before: true },
          { article: '3', value: 'Sunday' },
        ],
      },
      label,
    );
    expect(text).toBe('2 articles say Sunday (Article 2 in the sentence before, Article 3), 1 article says Monday (Article 1)');
  });

  it('says whose words each article makes a quotation', () => {
    const text = describeDiscrepancy(
      {
        type: 'speaker',
        values: [
          { article: '1', value: 'Mira Santos' },
          { article: '2', value: 'Mira Santos' },
          { article: '3', value: 'Emil Varga' },
        ],
      },
      label,
    );
    expect(text).toBe('Quoted as Mira Santos’s words in Article 1, Article 2; as Emil Varga’s in Article 3');
  });

  it('counts a time hedged in one article and not in another once, naming the hedged wording', () => {
    const text = describeDiscrepancy(
      {
        type: 'time',
        values: [
          { article: '2', value: 'about 3:40 a.m.', reading: '03:40' },
          { article: '1', value: '3:40 a.m.', reading: '03:40' },
          { article: '3', value: 'towards 4:40', reading: '04:40' },
        ],
      },
      label,
    );
    expect(text).toBe('2 articles say 3:40 a.m. (Article 1, Article 2: “about 3:40 a.m.”), 1 article says towards 4:40 (Article 3)');
  });

  it('counts a speaker spelt two ways once, naming the article that spells it otherwise', () => {
    const text = describeDiscrepancy(
      {
        type: 'speaker',
        values: [
          { article: '1', value: 'Henrik Lund', reading: 'Henrik Lund' },
          { article: '2', value: 'Agnes Moll', reading: 'Agnes Moll' },
          { article: '3', value: 'Henrik Lunde', reading: 'Henrik Lund' },
        ],
      },
      label,
    );
    expect(text).toBe('Quoted as Henrik Lund’s words in Article 1, Article 3: “Henrik Lunde”; as Agnes Moll’s in Article 2');
  });

  it('sets amounts against each other with their sources', () => {
    const text = describeDiscrepancy(
      {
        type: 'amount',
        values: [
          { article: '3', value: '£700 million' },
          { article: '5', value: '£50 million' },
        ],
      },
      label,
    );
    expect(text).toBe('£700 million (Article 3) vs £50 million (Article 5)');
  });

  it('names the articles that give one reading in other words, the majority reading first', () => {
    const text = describeDiscrepancy(
      {
        type: 'number',
        values: [
          { article: '1', value: '3.2%', reading: '3.2%' },
          { article: '2', value: '3,2 percent', reading: '3.2%' },
          { article: '3', value: '3.1 percent', reading: '3.1%' },
          { article: '4', value: '3.2%', reading: '3.2%' },
        ],
      },
      label,
    );
    expect(text).toBe('3.2% (Article 1, Article 4; Article 2: “3,2 percent”) vs 3.1 percent (Article 3)');
  });

  it('says when qualifiers let differing figures all be true', () => {
    const d = {
      type: 'number' as const,
      values: [
        { article: '1', value: '180 flights' },
        { article: '2', value: 'more than 170 flights' },
      ],
    };
    expect(describeDiscrepancy(d, label)).toBe('180 flights (Article 1) vs more than 170 flights (Article 2)');
    expect(describeDiscrepancy({ ...d, consistent: true }, label)).toMatch(
      /^180 flights \(Article 1\) vs more than 170 flights \(Article 2\) — not necessarily a contradiction/,
    );
  });

  it('says which articles give a figure and which leave it out, grouping one wording', () => {
    const text = describeDiscrepancy(
      {
        type: 'omitted-figure',
        values: [
          { article: '1', value: '6%' },
          { article: '4', value: 'about 6%' },
          { article: '5', value: '6%' },
        ],
        missing: ['2'],
      },
      label,
    );
    expect(text).toBe('6% in Article 1, Article 5; about 6% in Article 4; not in Article 2');
  });

  it('names the misspelling and where it appears', () => {
    const text = describeDiscrepancy(
      {
        type: 'name-spelling',
        subject: 'Olivier Nduhungirehe',
        values: [
          { article: '1', value: 'Nduhungirehe' },
          { article: '5', value: 'Nduhungirefer' },
          { article: '2', value: 'Nduhungirehe' },
        ],
      },
      label,
    );
    expect(text).toBe('Olivier Nduhungirehe is spelled “Nduhungirehe” in Article 1, Article 2; “Nduhungirefer” in Article 5');
  });

  it('keeps the articles’ order for values as many articles give ("Wednesday (Article 1), Thursday (Article 4)")', () => {
    const text = describeDiscrepancy(
      {
        type: 'weekday',
        values: [
          { article: '1', value: 'Wednesday' },
          { article: '4', value: 'Thursday' },
        ],
      },
      label,
    );
    expect(text).toBe('1 article says Wednesday (Article 1), 1 article says Thursday (Article 4)');
  });

  it('leads with the story’s spelling of a name when as many articles spell it each way', () => {
    const text = describeDiscrepancy(
      {
        type: 'name-spelling',
        subject: 'Dana Koval',
        values: [
          { article: '4', value: 'Kovaal' },
          { article: '1', value: 'Koval' },
        ],
      },
      label,
    );
    expect(text).toBe('Dana Koval is spelled “Koval” in Article 1; “Kovaal” in Article 4');
  });

  it('names differing titles', () => {
    const text = describeDiscrepancy(
      {
        type: 'title',
        subject: 'Donald Trump',
        values: [
          { article: '2', value: 'Former President' },
          { article: '1', value: 'President' },
        ],
      },
      label,
    );
    expect(text).toBe('Donald Trump is called “Former President” in Article 2; “President” in Article 1');
  });

  it('counts a title capitalised two ways once, naming the article that capitalises it otherwise', () => {
    const text = describeDiscrepancy(
      {
        type: 'title',
        subject: 'Rui Tavera',
        values: [
          { article: '1', value: 'civil protection chief', reading: 'civil protection chief' },
          { article: '3', value: 'Civil protection chief', reading: 'civil protection chief' },
          { article: '4', value: 'commander', reading: 'commander' },
        ],
      },
      label,
    );
    expect(text).toBe(
      'Rui Tavera is called “civil protection chief” in Article 1, Article 3: “Civil protection chief”; “commander” in Article 4',
    );
  });

  it('quotes each wording of a quotation where it appears, in article order, cutting long ones visibly', () => {
    const long =
      'We are working with other countries to say, we want to send you some of the most despicable human beings to your countries';
    const text = describeDiscrepancy(
      {
        type: 'quote-wording',
        values: [
          { article: '1', value: 'Still in the early stages' },
          { article: '5', value: 'still in its early stages' },
          { article: '3', value: 'Still in the early stages' },
          { article: '2', value: long },
        ],
      },
      label,
    );
    expect(text).toMatch(/^“Still in the early stages” in Article 1, Article 3; /);
    expect(text.indexOf('in Article 5')).toBeGreaterThan(text.indexOf('in Article 1, Article 3'));
    expect(text.indexOf('in Article 5')).toBeLessThan(text.indexOf('in Article 2'));
    expect(text).toContain('“still in its early stages” in Article 5');
    const cut = text.match(/“(We are working[^”]*)”/)![1]!;
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(91);
  });

  it('says which wordings are trimmed', () => {
    const text = describeDiscrepancy(
      {
        type: 'quote-wording',
        values: [
          { article: '1', value: 'A permit granted without hearing the people cannot stand' },
          { article: '2', value: 'cannot stand', trimmed: true },
        ],
      },
      label,
    );
    expect(text).toBe('“A permit granted without hearing the people cannot stand” in Article 1; “cannot stand” in Article 2 (trimmed)');
  });
});

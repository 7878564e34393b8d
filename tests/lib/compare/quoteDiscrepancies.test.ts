import { describe, expect, it } from 'vitest';
import { quoteDiscrepancies } from '../../../src/lib/compare/quoteDiscrepancies.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const types = (list: ReturnType<typeof quoteDiscrepancies>) => list.map((d) => d.type);

describe('quoteDiscrepancies', () => {
  it('reports different quoted words for a quote, not a difference in quotation marks', () => {
    const same = facts('“We are not there yet,” she said.', '"We are not there yet," she said.');
    expect(quoteDiscrepancies(same.sentences)).toEqual([]);
    const differ = facts('“We are not there yet,” she said.', '“We are nowhere near there,” she said.');
    expect(types(quoteDiscrepancies(differ.sentences))).toEqual(['quote-wording']);
  });

  it('gives an article whose headline repeats its quotation, or a piece of it, one wording', () => {
    const { sentences } = facts(
      '"This is the club I dreamed of as a boy," Ferreyra said.',
      '# Ferreyra: \'This is the club I dreamed of as a boy\'\n\n"This is the club I dreamed of as a boy," Ferreyra said.',
    );
    expect(quoteDiscrepancies(sentences)).toEqual([]);
    const piece = facts(
      '"Today we turn a page in our history," Arven said.',
      '# Arven in Solda: \'We are turning a page\'\n\n"Today we are turning a page in our history," Arven said.',
    );
    const [wording] = quoteDiscrepancies(piece.sentences);
    expect(wording!.values.map((v) => v.value)).toEqual([
      'Today we turn a page in our history',
      'Today we are turning a page in our history',
    ]);
  });

  it('marks a quotation wording made only of pieces of another article’s wording as trimmed, and a reworded one not', () => {
    const { sentences } = facts(
      '“A permit granted without hearing the people cannot stand,” Vasko wrote.',
      'Vasko wrote that it “cannot stand”.',
      '“A permit granted without hearing the people,” Vasko wrote.',
      '“A permit given without listening to the people cannot remain,” wrote Vasko.',
    );
    const [wording] = quoteDiscrepancies(sentences).filter((d) => d.type === 'quote-wording');
    expect(wording!.values.map((v) => [v.article, v.trimmed ?? false])).toEqual([
      ['a1', false],
      ['a2', true],
      ['a3', true],
      ['a4', false],
    ]);
  });

  it('leaves out a quotation of another claim that a two-claim sentence gives, but keeps a mistranslated one', () => {
    const { sentences } = facts(
      'Amani said the loan would "restore confidence" and promised no new taxes on basic goods.',
      '"There will be no new taxes on basic goods," Amani said.',
      'Amani assured that there will be « no new tax on the products of first necessity ».',
    );
    const [wording] = quoteDiscrepancies(sentences);
    expect(wording!.values.map((v) => v.article)).toEqual(['a2', 'a3']);
    const cheque = facts('Danek called it "a blank cheque".', 'Danek denounced « a check in white ».');
    expect(quoteDiscrepancies(cheque.sentences)[0]!.values.map((v) => v.value)).toEqual(['a blank cheque', 'a check in white']);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/lib/extract/findQuotes.ts';

describe('findQuotes', () => {
  it('finds curly and straight double quotes', () => {
    expect(findQuotes('“We are working on it,” he said, and "we will finish it soon."').map((q) => q.text)).toEqual([
      'We are working on it',
      'we will finish it soon',
    ]);
  });

  it('marks short quoted phrases as fragments', () => {
    const [quote] = findQuotes('the discussions are at an "early stage," he said');
    expect(quote).toMatchObject({ text: 'early stage', fragment: true });
  });

  it('takes a short quotation that opens the sentence, or is asked or exclaimed, for an utterance, not a fragment', () => {
    expect(findQuotes('“We will appeal,” she said.')[0]).toMatchObject({ text: 'We will appeal', fragment: false });
    expect(findQuotes('“Never.”')[0]!.fragment).toBe(false);
    expect(findQuotes('He asked: “Why now?”')[0]!.fragment).toBe(false);
    expect(findQuotes('He called the plan “wasteful.”')[0]!.fragment).toBe(true);
  });

  it('quotes from the sentence start when only a closing mark is present', () => {
    const [quote] = findQuotes('And the farther away, the better, they can’t come back,” Rubio said.');
    expect(quote?.text).toBe('And the farther away, the better, they can’t come back');
    expect(quote?.fragment).toBe(false);
  });

  it('quotes to the sentence end when the quotation never closes', () => {
    expect(findQuotes('He said: “We will not stop').map((q) => q.text)).toEqual(['We will not stop']);
  });

  it('keeps nested single quotes inside the outer quote', () => {
    const [quote] = findQuotes('“We say, ‘Will you do that as a favour to us?’ And so on,” he said.');
    expect(quote?.text).toContain('‘Will you do that as a favour to us?’');
  });

  it('finds nothing in a sentence without quotation marks', () => {
    expect(findQuotes('Rwanda’s government confirmed the talks.')).toEqual([]);
  });

  it('finds British-style single quotation marks but not apostrophes', () => {
    expect(findQuotes('‘We are not there yet,’ the minister’s spokesman said.').map((q) => q.text)).toEqual(['We are not there yet']);
    expect(findQuotes('Rwanda’s minister said talks can’t be rushed.')).toEqual([]);
  });

  it('closes a German-style quotation with “, or with a straight or English mark as machine translations do', () => {
    expect(findQuotes('„Such water we have not seen in human memory", said the mayor.').map((q) => q.text)).toEqual([
      'Such water we have not seen in human memory',
    ]);
    expect(findQuotes('„Wir zahlen nicht mehr dafür“, sagte der Minister.').map((q) => q.text)).toEqual(['Wir zahlen nicht mehr dafür']);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/segment/splitSentences.ts';

describe('splitSentences', () => {
  it("keeps 'U.S. State Department' in one sentence", () => {
    const text = 'A spokesperson for the U.S. State Department acknowledged the ongoing engagement with Rwanda. The spokesperson declined.';
    expect(splitSentences(text)).toEqual([
      'A spokesperson for the U.S. State Department acknowledged the ongoing engagement with Rwanda.',
      'The spokesperson declined.',
    ]);
  });

  it('keeps middle initials such as J.P. inside the sentence', () => {
    expect(splitSentences("Rwanda's foreign minister, Olivier J.P. Nduhungirehe, confirmed on Sunday that talks began.")).toHaveLength(1);
  });

  it('keeps titles, party-state tags and a.m. inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Sen. Jones (D-Nev.) at 9 a.m. Monday. Then he left.')).toEqual([
      'Mr. Smith met Sen. Jones (D-Nev.) at 9 a.m. Monday.',
      'Then he left.',
    ]);
  });

  it('keeps a day written "1. June 2027" (German style, kept by translations) inside the sentence', () => {
    expect(splitSentences('The ban was decided. From 1. June 2027 they may not be sold.')).toEqual([
      'The ban was decided.',
      'From 1. June 2027 they may not be sold.',
    ]);
    expect(splitSentences('It applies from 1. June onwards.')).toHaveLength(1);
    expect(splitSentences('The team finished 1. March came next.')).toHaveLength(2);
  });

  it('splits before a sentence that opens with a number ("… have died. 34 are injured"), not after "Oct." or "No."', () => {
    expect(splitSentences('The prefecture says 11 people have died. 34 are injured, nine of them seriously.')).toEqual([
      'The prefecture says 11 people have died.',
      '34 are injured, nine of them seriously.',
    ]);
    expect(splitSentences('BRIXA, Oct. 3 (Wire) - A bridge fell at No. 10 Quay Street.')).toHaveLength(1);
    expect(splitSentences('It stands at Nos. 4 and 5 Quay Street.')).toHaveLength(1);
    expect(splitSentences('The scheme costs Rs. 500 crore. It starts in May.')).toEqual([
      'The scheme costs Rs. 500 crore.',
      'It starts in May.',
    ]);
  });

  it('splits after an answer "No." before a word ("No. We will see the city in court.")', () => {
    expect(splitSentences('No. We will see the city in court.')).toEqual(['No.', 'We will see the city in court.']);
    expect(splitSentences('The answer was no. We will appeal.')).toEqual(['The answer was no.', 'We will appeal.']);
  });

  it('still splits after a country abbreviation that ends a sentence', () => {
    expect(splitSentences('He was deported from the U.S. The talks went on.')).toEqual([
      'He was deported from the U.S.',
      'The talks went on.',
    ]);
  });

  it('keeps a quotation of several sentences with its attribution', () => {
    const text = '“We will send them. Will you take them?” Rubio asked. Nobody answered.';
    expect(splitSentences(text)).toEqual(['“We will send them. Will you take them?” Rubio asked.', 'Nobody answered.']);
  });

  it('splits consecutive quotations that are each closed', () => {
    const text = '“It has not yet reached a stage where we can say,” he explained. “Still in the early stages.”';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('does not glue the rest of a paragraph to a quotation mark that never closes', () => {
    expect(splitSentences('He said “we are done. It is over. Goodbye.')).toHaveLength(3);
  });

  it('returns the text verbatim, only trimmed', () => {
    const text = '  Rwanda’s government has confirmed it.   It is “early”.  ';
    expect(splitSentences(text).join(' ')).toBe('Rwanda’s government has confirmed it. It is “early”.');
  });

  it('returns nothing for empty text and one sentence for text without a full stop', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('No full stop here')).toEqual(['No full stop here']);
  });

  it('segments non-English text without crashing', () => {
    expect(splitSentences('Le ministre a parlé. Les discussions continuent.', { language: 'fr' })).toHaveLength(2);
    expect(splitSentences('u.a. Text', { language: 'xx-invalid-tag-!!' }).length).toBeGreaterThan(0);
  });

  it('ends a German-style quotation („…“, or „…" as machine translations close it) where it closes', () => {
    const text =
      '„Such water we have not seen in human memory", said the mayor Helle Brandt. „Our priority is now to bring all in safety."';
    expect(splitSentences(text)).toEqual([
      '„Such water we have not seen in human memory", said the mayor Helle Brandt.',
      '„Our priority is now to bring all in safety."',
    ]);
    expect(splitSentences('„Wir zahlen nicht“, sagte der Minister. Er ging.')).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { quotesOnly } from '../../../src/lib/align/quotesOnly.ts';
import { storyFacts } from '../../support/storyFacts.ts';

const headline = (text: string) => storyFacts(`# ${text}\n\nThe council voted on Thursday.`).sentences[0]!;

describe('quotesOnly', () => {
  it("reads a quotation with its speaker and topic ('… on the ruling', 'says …', '… in Solda') as all a headline says", () => {
    expect(quotesOnly(headline("'He will not get a fair trial': Van der Hoek's lawyer on the ruling"))).toBe(true);
    expect(quotesOnly(headline("'Not yet', says Nduhungirehe"))).toBe(true);
    expect(quotesOnly(headline("Arven in Solda: 'We are turning a page'"))).toBe(true);
  });

  it("reads a quotation under a short verbless caption before a colon ('Brackley council leader: …') as all a headline says", () => {
    expect(quotesOnly(headline("Brackley council leader: 'This must never happen again'"))).toBe(true);
    // A caption with a verb reports, and so does one the quotation does not end.
    expect(quotesOnly(headline("Protesters greet Kessel restart: 'Broken for three years, and now we must trust it?'"))).toBe(false);
    expect(quotesOnly(headline('Record for Ardel: "Harbour at Dawn" sold for 91,2 millions of dollars'))).toBe(false);
  });

  it('reads a headline that also reports something, or quotes nothing, as more than a quotation', () => {
    expect(quotesOnly(headline("'Cost lives': budget squeaks through"))).toBe(false);
    expect(quotesOnly(headline('Council bans holiday lets in the old town'))).toBe(false);
  });
});

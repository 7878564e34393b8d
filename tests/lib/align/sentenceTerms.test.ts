import { describe, expect, it } from 'vitest';
import { sentenceTerms } from '../../../src/lib/align/sentenceTerms.ts';
import { storyFacts } from '../../support/storyFacts.ts';

const stems = (...bodies: string[]) => storyFacts(...bodies).sentences.map((s) => sentenceTerms(s).map((t) => t.stem));

describe('sentenceTerms', () => {
  it('reads a hyphenated compound as its words', () => {
    const [compound, phrase] = stems(
      'He got a four-year sentence over the UK-Rwanda deal.',
      'Four years for the deal between the UK and Rwanda.',
    );
    expect(compound).toEqual(expect.arrayContaining(['four', 'year', 'UK', 'rwanda']));
    expect(phrase).toEqual(expect.arrayContaining(['four', 'year', 'UK', 'rwanda']));
  });

  it('reads an identifier ("NLX-2026-0412") as one word, not as its letters alone', () => {
    const [coded] = stems('The flaw, tracked as NLX-2026-0412, affects Home 5 routers.');
    expect(coded).toContain('nlx-2026-0412');
    expect(coded).not.toContain('nlx');
  });

  it('reads a quarter or half year as business copy codes it ("Q2", "H1") as the words other reports write', () => {
    const [coded, written] = stems(
      'GDP shrank 0.3% in Q2 after a fall in H1.',
      'GDP shrank 0.3% in the second quarter after a fall in the first half.',
    );
    expect(coded).toEqual(written);
  });

  it('leaves out a number from ten to ninety written in words, as its digits are: the figure is the evidence', () => {
    const [words, digits] = stems('Forty-seven crooks were cuffed in twelve raids.', '47 crooks were cuffed in 12 raids.');
    expect(words).toEqual(digits);
    expect(stems('Two brothers and three cousins were held.')[0]).toEqual(expect.arrayContaining(['two', 'three']));
    expect(stems('Hundreds of fans and a million viewers.')[0]).toEqual(expect.arrayContaining(['hundr', 'million']));
  });

  it('reads words in capitals as words when stressed or shouted ("RAISES your risk", "NAP YOUR WAY TO …"), and acronyms as acronyms', () => {
    const [stressed, plain] = stems('Snoozing for more than an hour RAISES your risk.', 'Snoozing for more than an hour raises your risk.');
    expect(stressed).toEqual(plain);
    expect(stems('NAP YOUR WAY TO A SHARPER BRAIN')[0]).toEqual(stems('Nap your way to a sharper brain')[0]);
    expect(stems('WHO warns NATO and the UN.')[0]).toEqual(['who', 'warn', 'nato', 'UN']);
  });

  it('leaves a figure’s qualifier "at least" out: the figure is the evidence', () => {
    expect(stems('At least 41 migrants died.')[0]).not.toContain('least');
  });

  it('leaves out every form of a stop-listed verb, not only its base form', () => {
    const [made, makes, takes] = stems('Ilka made landfall.', 'Ilka makes landfall.', 'The storm took three lives.');
    expect(makes).toEqual(made);
    expect(makes).not.toContain('make');
    expect(takes).not.toContain('took');
    expect(takes).toContain('live');
  });

  it('reads "U.S." and "US" as one word but leaves the pronoun "us" out', () => {
    const [dotted, plain] = stems('The U.S. agreed.', 'The US agreed with us.');
    expect(dotted).toContain('US');
    expect(plain!.filter((s) => s === 'US')).toHaveLength(1);
  });

  it('keeps "US" apart from "used" and "using", which Porter stems to "us"', () => {
    const [country, verb] = stems('The US agreed.', 'The first flight used the terminal, using its gates.');
    expect(verb!.some((stem) => country!.includes(stem))).toBe(false);
    expect(stems('GOAL for Aske.', 'A goal for Aske.').map((words) => words.includes('goal'))).toEqual([true, true]);
  });

  it('replaces every spelling of one resolved person by that person', () => {
    const [a, b] = stems('Olivier Nduhungirehe spoke.', 'Olivier Nduhungirefer spoke.');
    expect(a![0]).toMatch(/^@/);
    expect(b![0]).toBe(a![0]);
  });

  it('reads British and American spellings as one word', () => {
    const [british, us] = stems('Labour asked for a favour on defence.', 'Labor asked for a favor on defense.');
    expect(british).toEqual(us);
    expect(stems('The constructor won.')[0]).toContain('constructor');
  });

  it('reads a translation’s "persons" as "people"', () => {
    const [translated, english] = stems('Four persons were hurt.', 'Four people were hurt.');
    expect(translated).toEqual(english);
  });
});

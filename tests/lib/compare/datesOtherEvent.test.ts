import { describe, expect, it } from 'vitest';
import { datesOtherEvent } from '../../../src/lib/compare/datesOtherEvent.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

/** Whether the first article's weekday dates another event than the claim the others report. */
const other = (...bodies: string[]) => {
  const { sentences } = facts(...bodies);
  const [first, ...rest] = sentences;
  const day = first!.facts.figures.find((f) => f.kind === 'weekday')!;
  return datesOtherEvent(day, first!, rest);
};

describe('datesOtherEvent', () => {
  it('takes a day in a main clause for another event when the claim is the clause after "after"', () => {
    expect(
      other(
        "Kavrin's carmakers were counting the cost on Friday after Ostrel said it would slap a 10 per cent levy on their cars.",
        'Ostrel will impose a 10% tariff on Kavrin-made cars, the trade ministry said on Thursday.',
      ),
    ).toBe(true);
    expect(
      other(
        'Car dealers in Brenholm were preparing on Wednesday for a flood of calls after Tarvic said it would recall 212,000 cars.',
        'Carmaker Tarvic is recalling 212,000 cars, the company said on Tuesday.',
      ),
    ).toBe(true);
  });

  it('takes a day before "when" for the day of both events ("suffered a setback on Saturday when a rocket … failed")', () => {
    expect(
      other(
        "Kelvara's space ambitions suffered a setback on Saturday when a rocket carrying the country's first weather satellite failed.",
        "A rocket carrying Kelvara's first weather satellite failed shortly after launch.",
      ),
    ).toBe(false);
  });

  it('leaves a wire dateline out of the main clause ("VELLMOUTH, Oct 19 (Wire) - Pelmara airport closed on Saturday after …")', () => {
    expect(
      other(
        'VELLMOUTH, Oct 19 (Wire) - Pelmara airport closed on Saturday after drones were seen near the runway.',
        'Pelmara airport closed for seven hours after drones were seen.',
      ),
    ).toBe(false);
  });

  it('ends the clause after "after" where it turns back to the main event ("…, but 12 died")', () => {
    expect(
      other(
        'Rescuers refloated 28 pilot whales on Tuesday after about 40 of the animals stranded on a beach in Kelda Bay, but 12 died, the marine rescue group Sea Watch Kelda said.',
        'Volunteers refloated 28 whales on Tuesday and 12 of the animals died.',
        'The 12 dead whales will be buried on the beach, the rescue group said.',
      ),
    ).toBe(false);
  });

  it('keeps a day that dates the claim itself, whatever clause follows ("stepped down on Wednesday after auditors …")', () => {
    expect(
      other(
        'Finance minister Viktor Salm stepped down on Wednesday after auditors accused him of charging the taxpayer for travel.',
        'Finance minister Viktor Salm resigned on Monday.',
      ),
    ).toBe(false);
  });

  it('keeps a day followed by a noun phrase and an attribution, whose telling verb is no second event ("after a three-year shutdown …, its operator said")', () => {
    expect(
      other(
        'The Kessel nuclear power plant was reconnected to the grid on Thursday after a three-year shutdown for repairs to cracked pipes in its cooling system, its operator said.',
        'The nuclear central of Kessel has been reconnected to the network after a stop of three years for repairs of cracked pipes in its system of cooling.',
      ),
    ).toBe(false);
    // A verb the tagger reads in context, however the lexicon lists it ("shut"), still makes one.
    expect(
      other(
        'Oil prices jumped more than 6% on Monday after a drone attack shut the Sarvan pipeline.',
        'A drone attack shut the Sarvan pipeline on Sunday, the operator said.',
      ),
    ).toBe(true);
  });

  it('takes a day in a participle phrase after another day of its sentence for that phrase\'s event ("…, the first of them arriving on Monday")', () => {
    const { sentences } = facts(
      'On Thursday the government promised to import two million packs, the first of them arriving on Monday.',
      'The government will import two million packs of antibiotics, the minister said on Thursday.',
    );
    const first = sentences[0]!;
    const monday = first.facts.figures.find((f) => f.value === 'monday')!;
    const thursday = first.facts.figures.find((f) => f.value === 'thursday')!;
    expect(datesOtherEvent(monday, first, sentences.slice(1))).toBe(true);
    expect(datesOtherEvent(thursday, first, sentences.slice(1))).toBe(false);
    // Where the others report the phrase's event, its day is theirs.
    const arrival = facts(
      'On Thursday the government promised to import two million packs, the first of them arriving on Monday.',
      'The first 400,000 packs will arrive on Monday.',
    );
    const promise = arrival.sentences[0]!;
    expect(
      datesOtherEvent(
        promise.facts.figures.find((f) => f.value === 'monday')!,
        promise,
        arrival.sentences.slice(1),
      ),
    ).toBe(false);
    // "according to" is no event: "… according to final results published on Monday".
    const results = facts(
      "The Social Democrats won Sunday's election, taking 67 seats, according to final results published on Monday.",
      'The Social Democrats won the election of Sunday, after the final results which were published on Monday.',
    );
    const won = results.sentences[0]!;
    expect(
      datesOtherEvent(
        won.facts.figures.find((f) => f.value === 'monday')!,
        won,
        results.sentences.slice(1),
      ),
    ).toBe(false);
  });

  it('keeps a day followed by a phrase with no verb, however well the others echo its few words ("on Sunday after four years in exile")', () => {
    expect(
      other(
        'Former President Tomas Varga returned to Selvia on Sunday after four years in exile, greeted by tens of thousands of supporters at the airport in the capital, Dravo.',
        'Former Selvian president Tomas Varga came home on Sunday after four years abroad, telling cheering supporters that nobody would make him leave again.',
        'The former president Tomas Varga has returned Saturday in Selvia after four years of exile, welcomed by tens of thousands of partisans at the airport of Dravo.',
      ),
    ).toBe(false);
    // A phrase after a comma that goes on with the second clause stays in it.
    expect(
      other(
        "Kavrin's carmakers were counting the cost on Friday after Ostrel said it would slap a levy on their vehicles, on top of a 25 per cent duty on steel.",
        'Ostrel will impose a levy on Kavrin-made vehicles on top of its 25% duty on steel, the ministry said on Thursday.',
      ),
    ).toBe(true);
  });

  it('keeps a day with no second clause after it', () => {
    expect(other('Salm resigned on Wednesday.', 'Salm resigned on Monday after auditors accused him.')).toBe(false);
  });
});

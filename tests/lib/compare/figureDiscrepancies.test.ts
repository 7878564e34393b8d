import { describe, expect, it } from 'vitest';
import { figureDiscrepancies } from '../../../src/lib/compare/figureDiscrepancies.ts';
import type { Figure } from '../../../src/lib/types.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const types = (list: ReturnType<typeof figureDiscrepancies>) => list.map((d) => d.type);
/** The discrepancies without each value's `reading`, for tests about the wordings. */
const bare = (list: ReturnType<typeof figureDiscrepancies>) =>
  list.map((d) => ({ ...d, values: d.values.map(({ reading: _, ...v }) => v) }));

describe('figureDiscrepancies', () => {
  it('reports different weekdays with each article’s value', () => {
    const { sentences } = facts('The minister spoke on Monday.', 'The minister spoke on Sunday.', 'The minister spoke on Sunday.');
    const [d] = figureDiscrepancies(sentences, new Set());
    expect(d).toEqual({
      type: 'weekday',
      values: [
        { article: 'a1', value: 'Monday' },
        { article: 'a2', value: 'Sunday' },
        { article: 'a3', value: 'Sunday' },
      ],
    });
  });

  it('sets a vague number against no exact amount it allows when exact amounts disagree ("hundreds of operations" beside "340" and "430")', () => {
    const { sentences } = facts(
      'The hospital postponed 340 operations on Monday.',
      'Hundreds of operations were postponed. The hospital postponed 340 operations.',
      'The attack forced the hospital to postpone hundreds of operations.',
      'The hospital had to postpone 430 operations.',
    );
    const rows = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(rows.map((d) => d.values.map((v) => `${v.article}: ${v.value}`))).toEqual([
      ['a1: 340 operations', 'a2: 340 operations', 'a4: 430 operations'],
    ]);
  });

  it('still shows a vague number beside the exact amount it hedges when nothing else disagrees ("thousands of customers", "more than 3,000")', () => {
    const { sentences } = facts('The gang robbed more than 3,000 customers.', 'The gang robbed thousands of customers.');
    const [d] = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(d?.consistent).toBe(true);
    expect(d?.values.map((v) => v.value)).toEqual(['more than 3,000 customers', 'thousands of customers']);
  });

  it('sets no age given beside a name against one in a sentence that does not name that person ("Marin, 29" against "the 23-year-old\'s first title")', () => {
    const apart = facts('Sofia Marin, 29 years, aimed a third title.', "It is the 23-year-old's first title.");
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('number');
    // The same person's two ages are still set against each other.
    const misread = facts('Sofia Marin, 29 years, aimed a third title.', 'Sofia Marin, 24 years, aimed a third title.');
    expect(types(figureDiscrepancies(misread.sentences, new Set()))).toContain('number');
    // English copy's bare age after a name too ("Salo, 61,"), which no report leaves out.
    const bare = facts('Salo, 61, denies the charges.', 'Salo, 67, contests the charges.', 'Salo denies the charges.');
    expect(types(figureDiscrepancies(bare.sentences, new Set()))).toEqual(['number']);
  });

  it('sets no two spans of time against each other when no word near one is near the other ("20 seconds faster than the previous mark", "35 seconds away")', () => {
    const apart = facts(
      'Korir finished in 2:00:35, 20 seconds faster than the previous mark.',
      'His 2:00:35 leaves the two-hour barrier just 35 seconds away.',
    );
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('number');
    // Spans that measure one thing in words the reports share are still compared.
    const misread = facts(
      'The activists were sentenced to eight months in prison.',
      'The activists were condemned to 18 months of prison.',
    );
    expect(types(figureDiscrepancies(misread.sentences, new Set()))).toContain('number');
  });

  it('reads "as much as" and "up to" before one amount alike, so only the other amount disagrees', () => {
    const { sentences } = facts(
      'Shops face fines of up to 5,000 euros.',
      'Retailers could be fined as much as 5,000 euros.',
      'The shops will risk fines until 50,000 euros.',
    );
    const [d] = figureDiscrepancies(sentences, new Set());
    const readings = new Set(d!.values.map((v) => v.reading));
    expect(readings.size).toBe(2);
  });

  it('sets no amount a member gives for another of its claims against this claim\'s ("the 8 million euros it imposed on Pingo")', () => {
    const { sentences } = facts(
      'The authority fined Chatter 40 million euros on Thursday.',
      'Its 40 million euro fine is five times the previous record, the 8 million euros it imposed on Pingo in 2022.',
      'The authority imposed a fine of 14 millions of euros on Chatter.',
    );
    const pingo = new Set(sentences[1]!.facts.figures.filter((f) => f.amount === 8_000_000));
    expect(pingo.size).toBe(1);
    const rows = figureDiscrepancies(sentences, new Set(), sentences, pingo).filter((d) => d.type === 'amount');
    expect(rows.map((d) => d.values.map((v) => v.value))).toEqual([['40 million euros', '40 million euro', '14 millions of euros']]);
  });

  it('sets no amount that reads as another claim\'s figure against this claim\'s ("Inflation eases to 3.1 percent" beside the core rate\'s "4.1%")', () => {
    const { sentences } = facts('Inflation eases to 3.1 percent', 'Core inflation eased to 4.1%.', 'The core rate sank to 4,1 percent.');
    const brief = new Set(sentences[0]!.facts.figures);
    expect(types(figureDiscrepancies(sentences, new Set()))).toContain('number');
    expect(types(figureDiscrepancies(sentences, new Set(), sentences, brief, brief))).not.toContain('number');
  });

  it('takes a record dated "since" a year for its window in years, not an omission ("first league title in 27 years", "first time since 1998")', () => {
    const { sentences } = facts(
      'Brannfors clinched their first league title in 27 years on Sunday.',
      'Brannfors won their first league title in 27 years.',
      'Brannfors are champions for the first time since 1998 after a 3-1 win.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('omitted-figure');
    // An article giving no such year still leaves the window out.
    const without = facts(
      'Brannfors clinched their first league title in 27 years.',
      'Brannfors won the title in 27 years.',
      'Brannfors are champions.',
    );
    expect(types(figureDiscrepancies(without.sentences, new Set()))).toContain('omitted-figure');
  });

  it('shows a range’s low end left out by another article as the whole range ("2 to 3 percent", not "2")', () => {
    const { sentences } = facts(
      'Platforms raised their fees for advertisers by 2 to 3 percent when a similar tax came in.',
      'Platforms raised their fees for advertisers by 3 percent when a similar tax came in.',
    );
    const omitted = figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'omitted-figure');
    expect(omitted).toEqual({ type: 'omitted-figure', values: [{ article: 'a1', value: '2 to 3 percent' }], missing: ['a2'] });
  });

  it('sets against each other two spans that measure one gap between events, however far apart ("two hours before the start", "twelve hours before the beginning")', () => {
    const { sentences } = facts(
      'The exam was cancelled after the paper was posted online two hours before the start.',
      'The exam was annulled after the subject was published online twelve hours before the beginning.',
    );
    const [d] = figureDiscrepancies(sentences, new Set());
    expect(d).toMatchObject({ type: 'number', values: [{ value: 'two hours' }, { value: 'twelve hours' }] });
    // Spans six times apart that are tied to no event measure two things.
    const apart = facts('He signed a two-year contract with the club.', 'He signed a contract with the club, his first in twelve years.');
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('number');
  });

  it('does not set a change of a span ("six months longer") against a span another report gives ("shortened from 15 months")', () => {
    const { sentences } = facts(
      'Conscripts will serve six months longer under the plan announced on Monday.',
      'On Monday the government said service would be extended, reversing a cut that shortened it from 15 months.',
    );
    expect(figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number')).toEqual([]);
  });

  it('keeps a day before a second event\'s clause when the other articles date the claim by it ("recalled its ambassador on Monday after … arrested")', () => {
    const { sentences } = facts(
      'Brevland recalled its ambassador to Zentara on Monday after Zentaran authorities arrested three Brevlandic engineers on suspicion of spying, sharply escalating a dispute between the two neighbours.',
      'Brevland has called back on Tuesday its ambassador in Zentara, after the arrest of four Brevlandic engineers which are suspected of espionage.',
      "Brevland's decision on Monday to recall its ambassador, Ida Harnesk, is the sharpest diplomatic step Halden has taken against its neighbour in two decades.",
      'Brevland recalled its ambassador to Zentara on Monday over the arrest of three Brevlandic engineers accused of spying near the port of Kaslo.',
    );
    const d = figureDiscrepancies(sentences, new Set()).find((x) => x.type === 'weekday');
    expect(d?.values).toEqual([
      { article: 'a1', value: 'Monday' },
      { article: 'a2', value: 'Tuesday' },
      { article: 'a3', value: 'Monday' },
      { article: 'a4', value: 'Monday' },
    ]);
  });

  it('sets a translation\'s day before a second event\'s clause against the day another article gives in the same place ("collapsed on Thursday after …", "have failed on Wednesday, after that …")', () => {
    const { sentences } = facts(
      'Coalition talks in Varenland collapsed on Thursday after the Social Democrats walked out in a dispute over pension reform, raising the prospect of a snap election.',
      "Conservative leader Jonas Brekke accused the Social Democrats on Thursday of walking away from the country, after the two parties' talks on forming a government broke down.",
      'The negotiations for a coalition in Varenland have failed on Wednesday, after that the social democrats have left the table because of a dispute on the reform of the pensions.',
      "Varenland's coalition talks collapsed on Thursday when the Social Democrats walked out over pension reform.",
    );
    const d = figureDiscrepancies(sentences, new Set()).find((x) => x.type === 'weekday');
    expect(d?.values.map((v) => v.value)).toEqual(['Thursday', 'Thursday', 'Wednesday', 'Thursday']);
  });

  it('still leaves out a day before a second event\'s clause that the other articles do not mostly give ("reopened on Sunday after drones … shut it")', () => {
    const { sentences } = facts(
      'The airport closed for seven hours on Saturday night after drones were seen near the runway.',
      'Drones near the runway forced the airport to close for seven hours on Saturday.',
      'The airport closed for seven hours in the night of Sunday after drones were observed near the runway.',
      'The airport reopened early on Sunday after drones near its runway shut it for seven hours.',
    );
    const d = figureDiscrepancies(sentences, new Set()).find((x) => x.type === 'weekday');
    expect(d?.values.map((v) => v.article)).not.toContain('a4');
  });

  it("reads a day before a second event's clause as the claim's where another article words the same main clause so and it is read as the claim's (\"approved on Wednesday the culling …, after farmers reported …\")", () => {
    const { sentences } = facts(
      "Sorvia's government on Wednesday approved the culling of up to 40 wolves this winter, after farmers reported losing more than 1,200 sheep to wolf attacks last year.",
      'Sorvia will allow hunters to shoot as many as 40 wolves this winter, the government decided on Wednesday, responding to farmers over their losses.',
      'The government of Sorvia approved Thursday the slaughter of until 40 wolves this winter, after that the farmers signalled the loss of more than 2.100 sheep in attacks of wolves the last year.',
    );
    const d = figureDiscrepancies(sentences, new Set()).find((x) => x.type === 'weekday');
    expect(d?.values.map((v) => `${v.article} ${v.value}`)).toEqual(['a1 Wednesday', 'a2 Wednesday', 'a3 Thursday']);
  });

  it("does not report as left out an amount the claim's sentences give only for another of their claims (a brief's lede giving the profit and the forecast)", () => {
    const { sentences } = facts(
      'Kestrel Air made a net profit of €312m in the first half and raised its full-year forecast to €550m-€600m.',
      'Kestrel Air reported a net profit of €312 million for the first half.',
      'A half-year profit of €312 million is the kind of turnaround airline bosses dream of.',
    );
    const forecast = new Set(sentences[0]!.facts.figures.filter((f) => f.text !== '€312m'));
    const omitted = (other?: Set<Figure>) =>
      figureDiscrepancies(sentences, new Set(), sentences, other)
        .filter((d) => d.type === 'omitted-figure')
        .flatMap((d) => d.values.map((v) => v.value));
    expect(omitted()).toEqual(['€550m', '€600m']);
    expect(omitted(forecast)).toEqual([]);
  });

  it('does not set a part of a count against the whole when the part\'s article gives the whole as a count of something else ("about 1,400 of the town\'s jobs … as part of 1,800 cuts")', () => {
    const { sentences } = facts(
      'Halvorsen Steel will cut 1,800 jobs and close its blast furnace in Brennby.',
      "Halvorsen Steel said it would shut the furnace, taking about 1,400 of the town's jobs with it as part of 1,800 cuts across the company.",
      'Halvorsen Steel will cut 1,800 jobs and close its Brennby blast furnace.',
    );
    const found = figureDiscrepancies(sentences, new Set());
    expect(found.filter((d) => d.type === 'number')).toEqual([]);
    expect(found.find((d) => d.type === 'omitted-figure')?.values.map((v) => v.value)).toEqual(["about 1,400 of the town's jobs"]);
  });

  it('leaves a disagreement over an amount the claim\'s sentences give only for another of their claims to that claim ("€550m" against another report\'s "€505m")', () => {
    const { sentences } = facts(
      'Kestrel Air made a net profit of €312m in the first half and raised its full-year forecast to €550m.',
      'Kestrel Air reported a net profit of €312 million for the first half.\n\nIt raised its forecast to €505m.',
    );
    const members = [sentences[0]!, sentences[1]!];
    const forecast = new Set(sentences[0]!.facts.figures.filter((f) => f.text === '€550m'));
    const disputed = (other?: Set<Figure>) =>
      figureDiscrepancies(members, new Set(), sentences, other)
        .filter((d) => d.type === 'amount')
        .flatMap((d) => d.values.map((v) => v.value));
    expect(disputed()).toEqual(['€550m', '€505m']);
    expect(disputed(forecast)).toEqual([]);
  });

  it('sets an event\'s place in a series against another report\'s ("the third such incident", "the fourth of this year")', () => {
    const { sentences } = facts(
      'It was the third such incident this year, the air force said.',
      'The incident is the fourth of this year, according to the air force.',
    );
    const d = figureDiscrepancies(sentences, new Set()).find((x) => x.type === 'number');
    expect(d?.values.map((v) => v.value)).toEqual(['third such incident', 'fourth of this year']);
  });

  it('sets a year against the same year with its digits transposed ("1932", "1923"), not against a year further off', () => {
    const slip = facts('The bridge, built in 1932, collapsed on Monday.', 'The bridge, built in 1923, collapsed on Monday.');
    expect(
      figureDiscrepancies(slip.sentences, new Set())
        .find((d) => d.type === 'date')
        ?.values.map((v) => v.value),
    ).toEqual(['1932', '1923']);
    const apart = facts('The bridge, built in 1932, collapsed on Monday.', 'The bridge, built in 1941, collapsed on Monday.');
    expect(figureDiscrepancies(apart.sentences, new Set()).find((d) => d.type === 'date')).toBeUndefined();
  });

  it('does not report a span as left out by a report that gives it in another unit ("twelve months", "a year")', () => {
    const { sentences } = facts(
      'The bridge will be closed for twelve months from Monday.',
      'The bridge will be closed for a year from Monday.',
    );
    expect(figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'omitted-figure')).toEqual([]);
  });

  it('sets a transposed "81%" against "18%" in a row of its own, apart from the claim’s other disputed percentage', () => {
    const { sentences } = facts(
      'About 40% of its exports go to the bloc, and tariffs on its goods could rise to 18%.',
      'Nearly half of its exports go to the bloc, and tariffs on its goods could reach 18%.',
      'About 40% of its exports go to the bloc, and the customs duties on its goods could mount until 81%.',
    );
    const rows = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(rows.map((d) => d.values.map(({ article, value }) => `${article}: ${value}`))).toEqual([
      ['a1: About 40%', 'a2: Nearly half', 'a3: About 40%'],
      ['a1: 18%', 'a2: 18%', 'a3: 81%'],
    ]);
  });

  it('sets no measure against another more than three times apart ("187-kilometre stage", "six kilometres to go"), but a slip of digits is shown', () => {
    const apart = facts(
      'Brandt won the 187-kilometre stage on the Col de Varne on Sunday.',
      'Brandt won the stage, attacking with six kilometres to go on the Col de Varne on Sunday.',
    );
    expect(figureDiscrepancies(apart.sentences, new Set()).filter((d) => d.type === 'number')).toEqual([]);
    const slip = facts('The new bridge, 4.2 km long, opened on Saturday.', 'The new bridge, 2.4 km long, opened on Saturday.');
    expect(figureDiscrepancies(slip.sentences, new Set()).filter((d) => d.type === 'number')).toHaveLength(1);
    const decimal = facts('The new tunnel, 1.9 km long, opened on Saturday.', 'The new tunnel, 19 km long, opened on Saturday.');
    expect(figureDiscrepancies(decimal.sentences, new Set()).filter((d) => d.type === 'number')).toHaveLength(1);
  });

  it('does not say an article giving "412 days" leaves out "more than 13 months"', () => {
    const { sentences } = facts(
      'Mira Halden landed on Thursday after more than 13 months in orbit.',
      'Mira Halden landed on Thursday after 412 days in orbit.',
    );
    expect(figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'omitted-figure')).toEqual([]);
  });

  it('does not say an article breaking a total into two counts leaves it out ("164 passengers and six crew" for "170 people")', () => {
    const { sentences } = facts(
      'The plane, carrying 170 people, landed safely in Ostby.',
      'The plane, carrying 164 passengers and six crew, landed safely in Ostby.',
      'The plane, with 146 passengers and six crew, landed safely in Ostby.',
    );
    const omitted = figureDiscrepancies(sentences, new Set()).filter(
      (d) => d.type === 'omitted-figure' && d.values[0]!.value === '170 people',
    );
    expect(omitted.map((d) => (d.type === 'omitted-figure' ? d.missing : []))).toEqual([['a3']]);
  });

  it('does not set a span extended "by six months" against the new span another report gives ("to 18 months")', () => {
    const { sentences } = facts(
      'Military service will be extended by six months, the minister said on Monday.',
      'Military service will be extended to 18 months, the minister said on Monday.',
    );
    expect(figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number')).toEqual([]);
  });

  it('sets two spans of years against each other by their ends ("between 2015 and 2022", "between 2015 and 2021"), not a span against one of its years', () => {
    const { sentences } = facts(
      'He approved invoices for work never carried out between 2015 and 2022.',
      'He approved between 2015 and 2021 invoices for works never realised.',
    );
    expect(figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'date')?.values).toEqual([
      { article: 'a1', value: 'between 2015 and 2022', reading: '2015–2022' },
      { article: 'a2', value: 'between 2015 and 2021', reading: '2015–2021' },
    ]);
    const within = facts('He approved invoices for work never carried out between 2015 and 2022.', 'The fraud was found in 2022.');
    expect(types(figureDiscrepancies(within.sentences, new Set()))).not.toContain('date');
  });

  it('does not set against the claim’s day one that dates another event ("counting the cost on Friday after …")', () => {
    const { sentences } = facts(
      'Ostrel will impose a 10% tariff on Kavrin-made cars, the trade ministry said on Thursday.',
      "Kavrin's carmakers were counting the cost on Friday after Ostrel said it would slap a 10 per cent levy on their cars.",
      'Ostrel announced a 10% tariff on cars from Kavrin on Wednesday.',
    );
    const weekday = figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'weekday');
    expect(weekday?.values.map((v) => v.value)).toEqual(['Thursday', 'Wednesday']);
  });

  it('does not set against each other two percentages that measure two things ("fell 0.8% against the euro", "inflation back at 2%")', () => {
    const { sentences } = facts(
      'The krona fell 0.8% against the euro on Thursday.',
      'Strand said rates would stay at 4.25% until inflation is back at 2%.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('number');
    const same = facts('The krona fell 0.8% against the euro.', 'The krona fell 1.8% against the euro.');
    expect(types(figureDiscrepancies(same.sentences, new Set()))).toContain('number');
  });

  it('shows the amounts in dispute ("3.2%" against "3.1%"), not every amount of the kind the claim gives', () => {
    const { sentences } = facts(
      'Inflation slowed to 3.2% in October from 3.8% in September.',
      'Inflation fell to 3.2%, below the 3.4% forecast and down from 3.8%.',
      'Inflation eased to 3.1% in October, from 3.8% in September.',
    );
    const number = bare(figureDiscrepancies(sentences, new Set())).find((d) => d.type === 'number');
    expect(number?.values).toEqual([
      { article: 'a1', value: '3.2%' },
      { article: 'a2', value: '3.2%' },
      { article: 'a3', value: '3.1%' },
    ]);
    expect(number?.consistent).toBeUndefined();
  });

  it('still names an amount outside the disagreement that one report leaves out (the September rate)', () => {
    const { sentences } = facts(
      'Inflation slowed to 3.2% in October from 3.8% in September.',
      'Inflation fell to 3.2% in October, down from 3.8% in September.',
      'Inflation eased to 3.1% in October.',
    );
    const list = bare(figureDiscrepancies(sentences, new Set()));
    expect(list.find((d) => d.type === 'number')?.values.map((v) => v.value)).toEqual(['3.2%', '3.2%', '3.1%']);
    expect(list.find((d) => d.type === 'omitted-figure')).toEqual({
      type: 'omitted-figure',
      values: [
        { article: 'a1', value: '3.8%' },
        { article: 'a2', value: '3.8%' },
      ],
      missing: ['a3'],
    });
  });

  it('gives each value its reading, so that "3,2 percent", "3.2%" and the estimate "about 3.2%" read alike and a bound does not', () => {
    const { sentences } = facts(
      'Inflation fell to 3.2%.',
      'Inflation fell to 3,2 percent.',
      'Inflation fell to 3.1%.',
      'Inflation fell to about 3.2%.',
      'Inflation fell to at least 3.3%.',
    );
    const number = figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'number');
    expect(number?.values.map((v) => v.reading)).toEqual(['3.2%', '3.2%', '3.1%', '3.2%', 'at least 3.3%']);
    // The hedge stays in the wording shown.
    expect(number?.values[3]?.value).toBe('about 3.2%');
  });

  it('reads a bound the plain amount satisfies as that amount in a disagreement ("at least 46 people" and "46 protesters" against "at least 64")', () => {
    const { sentences } = facts(
      'The inquiry concerns the deaths of at least 46 people.',
      'The inquiry concerns the deaths of 46 protesters.',
      'The inquiry concerns the death of at least 64 persons.',
    );
    const number = figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'number');
    expect(number?.values.map((v) => v.reading)).toEqual(['46', '46', 'at least 64']);
  });

  it('shows the readings at most twice apart, or else the nearest, not every far-apart pair ("66 seats" against "67")', () => {
    const { sentences } = facts(
      'The Social Democrats took 67 seats, nine short of a majority.',
      'The Social Democrats won 66 seats.',
      'The Social Democrats won 67 of 150 seats.',
    );
    const number = bare(figureDiscrepancies(sentences, new Set())).find((d) => d.type === 'number');
    expect(number?.values.map((v) => v.value)).toEqual(['67 seats', '66 seats', '67 of 150 seats']);
    const cost = facts('It cost £700 million.', 'It cost £50 million.');
    expect(figureDiscrepancies(cost.sentences, new Set())[0]?.values.map((v) => v.value)).toEqual(['£700 million', '£50 million']);
  });

  it('does not set against each other two values one article gives side by side ("in October from … in September")', () => {
    const { sentences } = facts(
      'Inflation slowed to 3.2% in October from 3.8% in September.',
      'Inflation fell to 3.2%, down from 3.8% in September.',
      'Inflation eased to 3.2% in October.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('date');
  });

  it('still reports "25%" against "23%" when an article gives 23% twice ("almost a quarter, 23%")', () => {
    const { sentences } = facts(
      'Walking cut the risk by 23%.',
      'Walking cut the risk by almost a quarter, or 23%.',
      'Walking cut the risk by 25%.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).toContain('number');
  });

  it('reports different tallies ("97-1" against "97-2"), and reads a score either way round as one', () => {
    const votes = facts('The Senate passed the bill 97-1.', 'The Senate passed the bill 97-2.');
    expect(types(figureDiscrepancies(votes.sentences, new Set()))).toEqual(['number']);
    const score = facts('Marrow beat Port Ellis 2-1.', 'Port Ellis lost 1-2 to Marrow.');
    expect(types(figureDiscrepancies(score.sentences, new Set()))).toEqual([]);
  });

  it('reads a month or day without a year as the one year another report gives it ("June" and "June 2027"), not as either of two', () => {
    const month = facts('The ban takes effect in June 2027.', 'The ban takes effect in June.', 'The ban starts in June 2027.');
    expect(types(figureDiscrepancies(month.sentences, new Set()))).not.toContain('date');
    const day = facts('The tariffs take effect on March 1, 2027.', 'The tariffs take effect on March 1.');
    expect(types(figureDiscrepancies(day.sentences, new Set()))).not.toContain('date');
    const two = facts('The ban takes effect in June 2027.', 'The ban takes effect in June 2026.', 'The ban takes effect in June.');
    expect(types(figureDiscrepancies(two.sentences, new Set()))).toEqual(['date']);
    const other = facts('The ban takes effect in June 2027.', 'The ban takes effect in July.');
    expect(types(figureDiscrepancies(other.sentences, new Set()))).toEqual(['date']);
  });

  it('reports years one apart ("2022", "2023") but not years that date two events ("born in 1938", "in 2015")', () => {
    const near = facts('The UK signed the deal in 2022.', 'The UK signed the deal in 2023.');
    expect(types(figureDiscrepancies(near.sentences, new Set()))).toEqual(['date']);
    const apart = facts('Born in 1938, she made 40 albums.', 'By the time she stopped touring in 2015 she had made 40 albums.');
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('date');
  });

  it('reports temperatures no rounding explains ("46.3C" and "44C"), not one reading in two scales or a loose one', () => {
    const apart = facts('Orvasa hit 46.3C on Tuesday.', 'Orvasa hit 44C on Tuesday.');
    expect(figureDiscrepancies(apart.sentences, new Set())).toContainEqual({
      type: 'temperature',
      values: [
        { article: 'a1', value: '46.3C' },
        { article: 'a2', value: '44C' },
      ],
    });
    const scales = facts('Orvasa hit 46.3C on Tuesday.', 'Orvasa hit 115 degrees Fahrenheit on Tuesday.');
    expect(types(figureDiscrepancies(scales.sentences, new Set()))).not.toContain('temperature');
    const loose = facts('Orvasa hit 46.3C on Tuesday.', 'Orvasa hit around 44C on Tuesday.');
    expect(types(figureDiscrepancies(loose.sentences, new Set()))).not.toContain('temperature');
    const forecast = facts('Orvasa hit 46.3C on Tuesday.', 'Orvasa will cool to 35C by Sunday.');
    expect(types(figureDiscrepancies(forecast.sentences, new Set()))).not.toContain('temperature');
  });

  it('compares measurements after converting their units ("12,000 hectares" is "29,650 acres", not "15,000 hectares")', () => {
    const converted = facts('The fire burned 12,000 hectares.', 'The fire burned 29,650 acres.');
    expect(types(figureDiscrepancies(converted.sentences, new Set()))).not.toContain('number');
    const apart = facts('The fire burned 12,000 hectares.', 'The fire burned 15,000 hectares.');
    expect(bare(figureDiscrepancies(apart.sentences, new Set()))).toContainEqual({
      type: 'number',
      values: [
        { article: 'a1', value: '12,000 hectares' },
        { article: 'a2', value: '15,000 hectares' },
      ],
    });
  });

  it('compares race times to the second however written ("2:00:41" is "2 hours, 0 minutes and 41 seconds", not "2:01:41")', () => {
    const same = facts('Keter won the marathon in 2:00:41.', 'Keter won the marathon in 2 hours, 0 minutes and 41 seconds.');
    expect(types(figureDiscrepancies(same.sentences, new Set()))).not.toContain('number');
    const apart = facts('Keter won the marathon in 2:00:41.', 'Keter won the marathon in 2:01:41.');
    expect(bare(figureDiscrepancies(apart.sentences, new Set()))).toContainEqual({
      type: 'number',
      values: [
        { article: 'a1', value: '2:00:41' },
        { article: 'a2', value: '2:01:41' },
      ],
    });
  });

  it('reports clock times less than three hours apart that no hedge reconciles ("towards 6h40" is no 7:40; "shortly before 7 a.m." may be 6:40), not two moments of a story', () => {
    const differ = facts('The crash happened at 6:40 a.m.', 'The crash happened at 7:40 a.m.', 'The trains collided towards 6h40.');
    const [d] = figureDiscrepancies(differ.sentences, new Set());
    expect(d).toEqual({
      type: 'time',
      values: [
        { article: 'a1', value: '6:40 a.m.', reading: '06:40' },
        { article: 'a2', value: '7:40 a.m.', reading: '07:40' },
        { article: 'a3', value: 'towards 6h40', reading: '06:40' },
      ],
    });
    // Two hedged times a quarter of an hour either way from each other's: one moment.
    const hedged = facts('The fire started at about 3:40 a.m.', 'The fire started towards 3:55.');
    expect(types(figureDiscrepancies(hedged.sentences, new Set()))).not.toContain('time');
    const apart = facts('The fire started at about 3:40 a.m.', 'The fire started towards 4:40.');
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).toContain('time');
    const loose = facts('The crash happened at 6:40 a.m.', 'The trains collided shortly before 7 a.m.');
    expect(types(figureDiscrepancies(loose.sentences, new Set()))).not.toContain('time');
    const moments = facts('The fire started at 10 p.m.', 'The fire, which started at 10 p.m., was out at 4 a.m.', 'It was out at 4 a.m.');
    expect(types(figureDiscrepancies(moments.sentences, new Set()))).not.toContain('time');
  });

  it('reports a period’s end two reports give differently though they share its start ("from 9 p.m. to 5 a.m.", "from 21 hours until 6 hours")', () => {
    const { sentences } = facts('The curfew will run from 9 p.m. to 5 a.m.', 'The curfew will apply from 21 hours until 6 hours.');
    expect(figureDiscrepancies(sentences, new Set())).toEqual([
      {
        type: 'time',
        values: [
          { article: 'a1', value: '5 a.m.', reading: '05:00' },
          { article: 'a2', value: 'until 6 hours', reading: '06:00' },
        ],
      },
    ]);
  });

  it('sets ages against each other only when at most twice apart ("aged 18 and over" for one group is no reading of "56")', () => {
    const story = facts(
      'The vaccine is free to people aged 65 and over. People with weak immune systems aged 18 and over are eligible too.',
      'The vaccine is free to the persons aged of 56 years and more.',
    );
    const ages = figureDiscrepancies(story.sentences, new Set()).filter((d) => d.type === 'number');
    expect(ages.map((d) => d.values.map((v) => v.value))).toEqual([['65', '56 years']]);
    const apart = facts('People aged 18 and over are eligible.', 'The persons aged of 56 years and more are eligible.');
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('number');
  });

  it('sets an amount against a slip of it the other article gives in another claim, not against any close amount', () => {
    const story = facts(
      'The cabinet approved a $3.4 billion dam.',
      'The cabinet approved a dam.\n\nThe dam will cost 4.3 billions of dollars.',
      'The cabinet approved a dam.\n\nThe dam will cost $3.9 billion.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('approved'));
    const [amount, omitted] = figureDiscrepancies(claim, new Set(), story.sentences);
    expect(amount).toMatchObject({
      type: 'amount',
      // Money reads with its currency, as a disagreement inside the claim reads it.
      values: [
        { article: 'a1', value: '$3.4 billion', reading: 'USD 3400000000' },
        { article: 'a2', value: '4.3 billions of dollars', reading: 'USD 4300000000' },
      ],
    });
    // A close amount that is no slip of it ("$3.9 billion") leaves the claim's amount out.
    expect(omitted).toEqual({ type: 'omitted-figure', values: [{ article: 'a1', value: '$3.4 billion' }], missing: ['a3'] });
    // Transposed digits are a slip even when only one names what it counts.
    const wolves = facts(
      'The minister said the population had grown to around 480.',
      'The minister spoke.\n\nThe population of wolves has grown to around 840 animals.',
    );
    const said = wolves.sentences.filter((s) => s.text.includes('minister'));
    expect(figureDiscrepancies(said, new Set(), wolves.sentences)[0]?.values.map((v) => v.value)).toEqual([
      'around 480',
      'around 840 animals',
    ]);
  });

  it('marks a reading given in another claim that the claim’s amount satisfies as consistent ("more than 20" hurt for 23)', () => {
    const story = facts(
      'Twenty-three people were injured when the bridge fell.',
      'The bridge fell on Friday.\n\nMore than 20 others were hurt.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('bridge'));
    const [number] = figureDiscrepancies(claim, new Set(), story.sentences);
    expect(number).toMatchObject({ type: 'number', consistent: true });
    const apart = facts(
      'Twenty-three people were injured when the bridge fell.',
      'The bridge fell on Friday.\n\nAbout 17 people were hurt.',
    );
    const [other] = figureDiscrepancies(
      apart.sentences.filter((s) => s.text.includes('bridge')),
      new Set(),
      apart.sentences,
    );
    expect(other).toMatchObject({ type: 'number' });
    expect(other).not.toHaveProperty('consistent');
  });

  it('takes an article’s day for the claim from its sentence whose words around the day the others share ("announced on Thursday", not "dismissed … on Friday")', () => {
    const { sentences } = facts(
      'Health Minister Clara Venn announced on Friday that the government would spend 600 million euros.',
      'Opposition parties dismissed the plan on Friday as an election stunt.\n\nHealth Minister Clara Venn announced on Thursday that the government would spend 600 million euros.',
    );
    const weekday = figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'weekday');
    expect(weekday?.values).toEqual([
      { article: 'a1', value: 'Friday' },
      { article: 'a2', value: 'Thursday' },
    ]);
    // With nothing to choose between its two days, the article gives both, and disagrees with neither.
    const even = facts('The plan was announced on Friday.', 'The plan was announced on Friday.\n\nThe plan was announced on Thursday.');
    expect(types(figureDiscrepancies(even.sentences, new Set()))).not.toContain('weekday');
  });

  it('takes the day an article gives elsewhere for an event one to three days before the day it was told as the claim’s too', () => {
    // "the orchestra said on Sunday" is when the death was told; "died … on Saturday evening" is when it happened.
    const story = facts(
      'Ilja Marek has died at the age of 87, the orchestra said on Sunday.\n\nMarek died peacefully at his home on Saturday evening.',
      'Ilja Marek died on Saturday, aged 87.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('87'));
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).not.toContain('weekday');
    // A day after the telling is another event's: the disagreement stands.
    const later = facts(
      'Health Minister Clara Venn announced on Thursday that the plan would cost 600 million euros.\n\nThe opposition dismissed the plan on Friday.',
      'Health Minister Clara Venn said on Friday that the plan would cost 600 million euros.',
    );
    const plan = later.sentences.filter((s) => s.text.includes('600'));
    expect(types(figureDiscrepancies(plan, new Set(), later.sentences))).toContain('weekday');
  });

  it('finds no day disagreement with an article that gives the other’s day elsewhere as the day its source spoke', () => {
    const story = facts(
      'Drivers will strike after pay talks broke down on Monday night.\n\n“We cannot wait,” union leader Oskar Vinter said on Tuesday.',
      'Drivers will strike after pay talks collapsed, their union said on Tuesday.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('strike'));
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).not.toContain('weekday');
    // Without the day its source spoke, the article does disagree.
    const apart = facts(
      'Drivers will strike after pay talks broke down on Monday night.',
      'Drivers will strike, their union said on Tuesday.',
    );
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).toContain('weekday');
  });

  it('compares the day a plan starts with the day other reports give for its start ("from Thursday", "from Friday")', () => {
    const { sentences } = facts(
      'Drivers will strike for 48 hours from Thursday.',
      'The drivers will make strike during 48 hours from Friday.',
    );
    expect(figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'weekday')?.values).toEqual([
      { article: 'a1', value: 'from Thursday' },
      { article: 'a2', value: 'from Friday' },
    ]);
  });

  it('marks no bounds consistent when one amount is the other with its digits transposed ("at least 19", "at least 91")', () => {
    const slip = facts('At least 19 people have died in the heatwave.', 'At least 91 persons have died in the heatwave.');
    const [d] = figureDiscrepancies(slip.sentences, new Set());
    expect(d?.type).toBe('number');
    expect(d?.consistent).toBeUndefined();
    const bounds = facts('At least 19 people have died in the heatwave.', 'At least 23 people have died in the heatwave.');
    expect(figureDiscrepancies(bounds.sentences, new Set())[0]?.consistent).toBe(true);
  });

  it('finds no weekday disagreement between articles that agree on the event’s day and date other events too', () => {
    const { sentences } = facts(
      'The asteroid will pass on Friday, the observatory said on Monday.',
      'The asteroid that will pass on Friday was found only last Thursday.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('weekday');
  });

  it('compares no weekday that bounds a plan ("water cuts from Thursday") with the day of the event', () => {
    const { sentences } = facts(
      'The emergency was declared on Monday.',
      'Water will be cut from Thursday after the emergency was declared.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('weekday');
    const hedged = facts('The hospital was attacked on Sunday.', 'After the attack the hospital is shut until at least Tuesday.');
    expect(types(figureDiscrepancies(hedged.sentences, new Set()))).not.toContain('weekday');
  });

  it('compares no weekday in an update note’s label ("Update, Monday 9:00:") with the day of the event', () => {
    const { sentences } = facts(
      'Operations were cancelled after the attack on Sunday.',
      'Update, Monday 9:00: Operations remain cancelled after the attack.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('weekday');
    const stated = facts('Operations were cancelled after the attack on Sunday.', 'Operations were cancelled after the attack on Monday.');
    expect(types(figureDiscrepancies(stated.sentences, new Set()))).toContain('weekday');
  });

  it('reads a share written as a fraction ("barely a third") as an estimate that 35% may match', () => {
    const { sentences } = facts('The region had 35% of its normal rainfall.', 'The region had barely a third of its normal rainfall.');
    expect(figureDiscrepancies(sentences, new Set())[0]).toMatchObject({ type: 'number', consistent: true });
  });

  it('lists no age as a figure other articles leave out ("The 24-year-old signed")', () => {
    const { sentences } = facts('The 24-year-old signed a five-year contract.', 'The striker signed a five-year contract.');
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('omitted-figure');
    const spelled = facts('The film won, declared the director, 34 years old.', 'The film won, the director said.');
    expect(types(figureDiscrepancies(spelled.sentences, new Set()))).not.toContain('omitted-figure');
    const translated = facts('The athlete of 26 years tested positive.', 'The sprinter tested positive.');
    expect(types(figureDiscrepancies(translated.sentences, new Set()))).not.toContain('omitted-figure');
    for (const aged of [
      'At 19, Roic is the youngest champion.',
      'Roic, aged 19, is the youngest champion.',
      'With 19 years, Roic is the youngest champion.',
    ]) {
      const story = facts(aged, 'Roic is the youngest champion.');
      expect(types(figureDiscrepancies(story.sentences, new Set()))).not.toContain('omitted-figure');
    }
  });

  it('takes a bare amount another account gives as money for that money ("1,5 billions", "$1.5 billion")', () => {
    const { sentences } = facts(
      'The valuation is four times the $1.5 billion Kestra was worth in 2025.',
      'It is four times the valuation of 1,5 billions of 2025.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('omitted-figure');
  });

  it('lists no time ago as a figure other articles leave out ("opened 30 years ago")', () => {
    const { sentences } = facts('The bridge, opened 30 years ago, was closed.', 'The bridge was closed.');
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('omitted-figure');
  });

  it('compares spans of time only when they are within three times of each other ("four years" / "five years", not an age and a contract)', () => {
    const near = facts('He was jailed for four years.', 'He was jailed for five years.');
    expect(types(figureDiscrepancies(near.sentences, new Set()))).toEqual(['number']);
    const apart = facts('The 24-year-old signed a five-year contract.', 'The player of 24 years is engaged for five seasons.');
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('number');
  });

  it('reports different amounts in one currency but not amounts in different currencies', () => {
    const a = facts('It cost £700 million.', 'It cost £50 million.');
    expect(types(figureDiscrepancies(a.sentences, new Set()))).toEqual(['amount']);
    const b = facts('It cost £50 million.', 'It cost $66 million.');
    expect(figureDiscrepancies(b.sentences, new Set())).toEqual([]);
  });

  it('reports different counts of the same thing', () => {
    const { sentences } = facts('It led to four deportations.', 'It led to five deportations.');
    expect(types(figureDiscrepancies(sentences, new Set()))).toEqual(['number']);
  });

  it('takes a bare part of a group ("14 of its oldest aircraft") for no count of the claim’s thing, unless another article counts it so', () => {
    const base = facts(
      'The airline will close its base in Tarrow and retire 14 of its oldest aircraft.',
      'The airline plans to close its base in Tarrow, with the loss of about 150 jobs there.',
    );
    expect(types(figureDiscrepancies(base.sentences, new Set()))).not.toContain('number');
    const whales = facts('Volunteers returned 28 of them to the sea.', 'Rescuers saved 30 whales.', 'Rescuers refloated 28 whales.');
    expect(
      figureDiscrepancies(whales.sentences, new Set())
        .find((d) => d.type === 'number')
        ?.values.map((v) => v.value),
    ).toEqual(['28', '30 whales', '28 whales']);
  });

  it('compares a bare number with the claim’s counts when they all count one thing, and bare numbers with nothing else', () => {
    const cases = facts(
      'Health officials confirmed 48 cases.',
      'The number of cases has reached 48.',
      'The province has recorded 46 measles cases.',
    );
    expect(bare(figureDiscrepancies(cases.sentences, new Set()))[0]!.values).toEqual([
      { article: 'a1', value: '48 cases' },
      { article: 'a2', value: '48' },
      { article: 'a3', value: '46 measles cases' },
    ]);
    // A small count of something else ("two trains") is incidental: the bare toll is still compared.
    const toll = facts('At least 14 people were killed when two trains collided.', 'The toll has risen to 17.');
    expect(figureDiscrepancies(toll.sentences, new Set())[0]).toMatchObject({
      type: 'number',
      values: [
        { article: 'a1', value: 'At least 14 people' },
        { article: 'a2', value: '17' },
      ],
      consistent: true,
    });
    const ages = facts('The study followed adults over the age of 60.', 'The study followed more than 12,000 over-60s.');
    expect(types(figureDiscrepancies(ages.sentences, new Set())).filter((t) => t === 'number')).toEqual([]);
  });

  it('reports a figure only some articles give as an omission, not as different numbers', () => {
    const { sentences } = facts('The union wants 15% and the airline offered 6%.', 'The union wants 15%.');
    expect(figureDiscrepancies(sentences, new Set())).toEqual([
      { type: 'omitted-figure', values: [{ article: 'a1', value: '6%' }], missing: ['a2'] },
    ]);
  });

  it('still reports different numbers when each article gives one the other lacks', () => {
    const { sentences } = facts('The union wants 15% and the airline offered 6%.', 'The union wants 15% and the airline offered 9%.');
    expect(types(figureDiscrepancies(sentences, new Set()))).toEqual(['number']);
  });

  it('compares amounts whatever each article counts, and leaves out small incidental counts', () => {
    const jobs = facts('The mine would create 600 permanent jobs.', 'The mine would create 600 employments.');
    expect(figureDiscrepancies(jobs.sentences, new Set())).toEqual([]);
    const sides = facts('Talks between the two sides collapsed after one week.', 'Talks collapsed.');
    expect(figureDiscrepancies(sides.sentences, new Set())).toEqual([]);
  });

  it('does not say an article leaves out an amount it gives elsewhere in its text', () => {
    const story = facts('Shares fell 6% after hackers stole 1.2 million records.', 'Shares fell 6%.\n\nHackers stole 1.2 million records.');
    const claim = story.sentences.filter((s) => s.text.startsWith('Shares'));
    expect(types(figureDiscrepancies(claim, new Set()))).toEqual(['omitted-figure']);
    expect(figureDiscrepancies(claim, new Set(), story.sentences)).toEqual([]);
  });

  it('does not say an article leaves out a number it writes, even inside a word', () => {
    const { sentences } = facts(
      'It followed 12,400 adults over the age of 60.',
      'It followed 12,400 over-60s.',
      'It followed 12,400 adults.',
    );
    const omitted = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'omitted-figure');
    expect(omitted).toEqual([{ type: 'omitted-figure', values: [{ article: 'a1', value: '60' }], missing: ['a3'] }]);
  });

  it('does not say an article giving "a year and a half" leaves out "18 months", nor take "three years" of something for "36 months"', () => {
    const span = facts(
      'The operation had been running for 18 months.',
      'The operation had been running for a year and a half.',
      'The operation had been running for some time.',
    );
    const omitted = figureDiscrepancies(span.sentences, new Set()).filter((d) => d.type === 'omitted-figure');
    expect(omitted).toEqual([{ type: 'omitted-figure', values: [{ article: 'a1', value: '18 months' }], missing: ['a3'] }]);
    const loan = facts('It approved a 36-month loan.', 'It approved a loan after three years of turmoil.');
    expect(figureDiscrepancies(loan.sentences, new Set()).find((d) => d.type === 'omitted-figure')?.missing).toEqual(['a2']);
  });

  it('does not read a bare number as a rank ("the top 20" beside "19th" is no place of its own)', () => {
    const { sentences } = facts(
      'The biggest climber in the top 20 is Halden University, up six places to 19th.',
      'Halden University has been ranked 19th in the world, up from 25th last year.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('number');
  });

  it('does not say an article giving a vote\'s tally leaves out its margin ("a majority of 27" for "214 votes to 187")', () => {
    const { sentences } = facts(
      'The chamber passed the bill by 214 votes to 187.',
      'The chamber passed the bill by a majority of 27.',
      'The chamber passed the bill.',
    );
    const omitted = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'omitted-figure');
    expect(omitted).toEqual([{ type: 'omitted-figure', values: [{ article: 'a2', value: '27' }], missing: ['a3'] }]);
  });

  it('does not say an article leaves out an amount it gives as a close estimate ("about 38,000" for "37,900")', () => {
    const omitted = (elsewhere: string) => {
      const story = facts('Tarvic is recalling 37,900 cars in Brenmark.', `Tarvic is recalling cars.\n\n${elsewhere}`);
      const claim = story.sentences.filter((s) => s.text.includes('recalling'));
      return types(figureDiscrepancies(claim, new Set(), story.sentences)).includes('omitted-figure');
    };
    expect(omitted('About 38,000 of them were sold in Brenmark.')).toBe(false);
    // An open bound is no estimate of the amount: "more than 10,000" does not give 37,900.
    expect(omitted('More than 10,000 of them were sold in Brenmark.')).toBe(true);
  });

  it('sets a slip against the claim’s own readings when the slipping article also states the right amount elsewhere ("21 years" beside its quotation’s "Twelve years")', () => {
    const story = facts(
      'Corvel and Tessia restored ties, ending a 12-year rupture.',
      'The two countries restored ties, severed for 12 years.',
      'Corvel and Tessia have restored ties, putting an end to a rupture of 21 years.\n\n"Twelve years of silence have not helped anybody," said the minister.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('ties'));
    const number = figureDiscrepancies(claim, new Set(), story.sentences).find((d) => d.type === 'number');
    expect(number?.values.map((v) => `${v.article}:${v.value}`)).toEqual(['a1:12-year', 'a2:12 years', 'a3:21 years']);
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).not.toContain('omitted-figure');
  });

  it('takes transposed digits from a thousand up for a slip whatever each calls what it counts ("83.000 demands" for "38,000 applications")', () => {
    const { sentences } = facts(
      'Marsten received about 38,000 asylum applications last year.',
      'Asylum applications in Marsten rose to about 38,000 last year.',
      'Marsten has received approximately 83.000 demands of asylum last year.',
    );
    const kinds = types(figureDiscrepancies(sentences, new Set()));
    expect(kinds).toEqual(['number']);
    // Small transposed counts of two named things stay two things ("14 boats", "41 fishermen").
    const small = facts('Police seized 14 boats.', 'Police seized 14 boats and detained 41 fishermen.', 'Police seized 41 fishermen.');
    expect(types(figureDiscrepancies(small.sentences, new Set()))).not.toContain('number');
  });

  it('reports two amounts each a slip of the other ("lap 43", a translation\'s "34th round") as one disagreement', () => {
    const { sentences } = facts(
      'Halberg crashed out of the lead on lap 43 of 58.',
      'Halberg crashed while leading on lap 43.',
      'Halberg was victim of an exit of track in the 34th round on 58.',
    );
    const numbers = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(numbers.map((d) => d.values.map((v) => `${v.article}:${v.value}`))).toEqual([['a1:43', 'a2:43', 'a3:34th round']]);
  });

  it('does not say an article leaves out the rounded amount it gives precisely ("6%" in a headline, "6.2%" in the text)', () => {
    const rounded = facts('# Halvane jumps 6%\n\nHalvane shares rose 6.2% on Friday.', 'Halvane shares rose 6.2% on Friday.');
    expect(figureDiscrepancies(rounded.sentences, new Set())).toEqual([]);
    // Two whole numbers are two amounts, however close: the 49% left to Halvane is not the state's 51%.
    const shares = facts('Minercor will hold 51%, leaving Halvane with 49%.', 'Minercor will hold 51%.');
    expect(types(figureDiscrepancies(shares.sentences, new Set()))).toEqual(['omitted-figure']);
  });

  it('reports two close counts of differently named things, each left out by the other side, as different numbers', () => {
    const { sentences } = facts(
      'The museum will return 42 bronze sculptures to Ondara.',
      'Its national museum would return all 43 pieces in its collection.',
    );
    const [d] = figureDiscrepancies(sentences, new Set());
    expect(d).toEqual({
      type: 'number',
      values: [
        { article: 'a1', value: '42 bronze sculptures', reading: '42' },
        { article: 'a2', value: '43 pieces', reading: '43' },
      ],
    });
  });

  it('marks two such counts consistent when one bounds the other ("more than 1,200" infected, "1,240 cases")', () => {
    const { sentences } = facts(
      'The outbreak has killed 41 people and infected more than 1,200.',
      'Officials were reporting 41 deaths and 1,240 cases.',
    );
    const [d] = figureDiscrepancies(sentences, new Set());
    expect(d).toEqual({
      type: 'number',
      values: [
        { article: 'a1', value: 'more than 1,200', reading: 'more than 1200' },
        { article: 'a2', value: '1,240 cases', reading: '1240' },
      ],
      consistent: true,
    });
  });

  it('reads an estimate among two such counts as its amount, as it does in a disagreement ("about 1,000" infected)', () => {
    const { sentences } = facts(
      'The outbreak has killed 41 people and infected about 1,000.',
      'Officials were reporting 41 deaths and 1,240 cases.',
    );
    const [d] = figureDiscrepancies(sentences, new Set());
    expect(d?.values).toEqual([
      { article: 'a1', value: 'about 1,000', reading: '1000' },
      { article: 'a2', value: '1,240 cases', reading: '1240' },
    ]);
  });

  it('does not set a temperature against another an article gives elsewhere ("47.2C" today, "46.5C" the old record)', () => {
    const story = facts(
      'Tamsa reached 47.2C on Monday, a record.\n\nThe previous record of 46.5C was set in 2019.',
      'Tamsa recorded 47.2 degrees Celsius, beating a 2019 record.',
    );
    const claim = story.sentences.filter((s) => /2019/.test(s.text));
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).not.toContain('temperature');
    const rival = facts('The record was 46.5C.', 'The record was 46.9C.');
    expect(types(figureDiscrepancies(rival.sentences, new Set()))).toContain('temperature');
  });

  it('does not set a count of the injured against a death toll ("31 injured" against "at least 25" killed)', () => {
    const { sentences } = facts('At least 23 people were killed and 31 injured in the crash.', 'The crash killed at least 25 people.');
    const numbers = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(numbers.flatMap((d) => d.values.map((v) => v.value))).not.toContain('31 injured');
    // Two tolls still disagree.
    const tolls = facts('The crash killed 23 people.', 'The crash killed 25 people.');
    expect(types(figureDiscrepancies(tolls.sentences, new Set()))).toContain('number');
  });

  it('sets a death toll against a death toll, not against the missing ("dozens still missing" against "13 persons have died")', () => {
    const { sentences } = facts(
      'At least 31 people died when the ferry capsized, as divers searched for dozens still missing.',
      'At least 13 persons have died when the ferry capsized.',
    );
    const numbers = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(numbers.map((d) => d.values.map((v) => v.value))).toEqual([['At least 31 people', 'At least 13 persons']]);
  });

  it('compares the hurt with the hurt and the dead with the dead ("injuring more than 200" is no reading of a toll)', () => {
    const { sentences } = facts(
      'The quake struck on Thursday, killing at least 27 people and injuring more than 200.',
      'The quake struck on Thursday, killing at least 19 people.',
      'The death toll rose to 34, and more than 250 people were injured.',
    );
    const numbers = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(numbers.map((d) => d.values.map((v) => v.value))).toEqual([
      ['at least 27 people', 'at least 19 people', '34'],
      ['more than 200', 'more than 250 people'],
    ]);
  });

  it('does not set an end of a band ("a 3-5% target range") against a single reading another report gives ("7.1 percent in September")', () => {
    const { sentences } = facts(
      'Inflation rose to 7.8 percent in October from 7.1 percent in September.',
      "Annual inflation accelerated to 7.8% in October, well above the bank's 3-5% target range.",
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('number');
    // A change's two values are readings of their own: "from 5% to 6.5%" against "from 5% to 5.6%".
    const change = facts('The rate rose from 5% to 6.5% in June.', 'The rate rose from 5% to 5.6% in June.');
    expect(types(figureDiscrepancies(change.sentences, new Set()))).toContain('number');
  });

  it('does not take a span of years for left out by an article that gives the years bounding it ("a decade", "between 2015 and 2024")', () => {
    const { sentences } = facts(
      'The forest has lost nearly a fifth of its cover in a decade.',
      'The forest lost 18 percent of its cover between 2015 and 2024.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('omitted-figure');
    const other = facts(
      'The forest has lost a fifth of its cover in a decade.',
      'The forest lost 18 percent of its cover between 2021 and 2024.',
    );
    expect(types(figureDiscrepancies(other.sentences, new Set()))).toContain('omitted-figure');
  });

  it('does not take an amount converted to another currency for an omission', () => {
    const { sentences } = facts('Rwanda is seeking £50 million ($66 million).', 'Rwanda is seeking £50 million.');
    expect(figureDiscrepancies(sentences, new Set())).toEqual([]);
  });

  it('does not take an amount for left out by an article that gives it elsewhere in another currency', () => {
    const story = facts('Velland eyes a $3bn cable.', 'Velland is in talks over a cable.\n\nIt would cost about 2.8 billion euros.');
    const claim = story.sentences.filter((s) => s.text.includes('cable'));
    expect(types(figureDiscrepancies(claim, new Set()))).toEqual(['omitted-figure']);
    expect(figureDiscrepancies(claim, new Set(), story.sentences)).toEqual([]);
  });

  it('does not say an article leaves out a figure when it only supports the claim as a second one', () => {
    const { sentences } = facts(
      'The cable would power 1.5 million homes.',
      'The cable would power 1.5 million homes.',
      'The cable project runs under the strait.',
    );
    expect(figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'omitted-figure')?.missing).toEqual(['a3']);
    expect(figureDiscrepancies(sentences, new Set([sentences[2]!]))).toEqual([]);
  });

  it('does not say an article leaves out a figure of a quotation it quotes trimmed: the quotation row shows that', () => {
    const { sentences } = facts(
      '"For a hundred years, Hesta waited for the sea to be calm. From today, it does not have to wait," Lidholm said.',
      '"From today, Hesta does not have to wait," Prime Minister Anna Lidholm said.',
      'Lidholm said Hesta no longer had to wait for calm seas.',
    );
    expect(figureDiscrepancies(sentences, new Set()).find((d) => d.type === 'omitted-figure')?.missing).toEqual(['a3']);
  });

  it('reads "the bloc’s other five members" as a part of the whole that "six members" counts: no contradiction', () => {
    const { sentences } = facts(
      'Sarvona sends 40% of its exports to the bloc, which has six members.',
      "Four in ten of Sarvona's exports go to the bloc's other five members.",
    );
    const rows = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(rows.map((d) => d.consistent)).toEqual([true]);
  });

  it('lists an article whose second-claim sentence gives the amount among those giving it, in the articles’ order', () => {
    const { sentences } = facts(
      'Construction of the 80 turbines begins in 2027.',
      'With 80 turbines, the farm will power 900,000 homes.',
      'The farm will power 900,000 homes.',
    );
    const row = (secondary: Set<(typeof sentences)[number]>) =>
      figureDiscrepancies(sentences, secondary).find((d) => d.type === 'omitted-figure' && d.values[0]!.value === '80 turbines');
    expect(row(new Set([sentences[0]!]))?.values.map((v) => v.article)).toEqual(['a1', 'a2']);
    expect(row(new Set([sentences[0]!]))?.missing).toEqual(['a3']);
  });

  it('does not say an article leaves out an amount only another claim’s articles state (statedElsewhere)', () => {
    const { sentences } = facts(
      "The mine was worth about 5% of the economy, and Norland's 10 billion dollar claim hangs over public finances.",
      'Norland is claiming 10 billion dollars in damages.',
    );
    const share = sentences[0]!.facts.figures.find((f) => f.kind === 'percent')!;
    expect(types(figureDiscrepancies(sentences, new Set()))).toEqual(['omitted-figure']);
    expect(figureDiscrepancies(sentences, new Set(), sentences, new Set(), new Set(), new Set([share]))).toEqual([]);
  });

  it('takes two times one article gives, loosely or not, for two moments, which two other articles may each give one of', () => {
    const start = 'The alarm went off at 3:40 a.m. at the hospital.';
    const end = 'The fire at the hospital was controlled at 6:15.';
    expect(types(figureDiscrepancies(facts(start, end).sentences, new Set()))).toEqual(['time']);
    const both = 'The fire at the hospital started at about 3:40 a.m. and was under control by 6:15 a.m.';
    expect(types(figureDiscrepancies(facts(both, start, end).sentences, new Set()))).toEqual([]);
  });

  it('compares two people’s terms person by person, so that a report swapping them disagrees on each ("Karl Hemmer … four years", "Lena Voss … seven years")', () => {
    const { sentences } = facts(
      'The court sentenced Karl Hemmer to seven years in prison.\n\nHis deputy, Lena Voss, was sentenced to four years.',
      'Karl Hemmer was jailed for seven years.\n\nHis deputy, Lena Voss, got four years.',
      'The tribunal condemned Karl Hemmer to four years of prison.\n\nHis adjunct, Lena Voss, was condemned to seven years.',
    );
    const rows = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(rows.map((d) => d.values.map((v) => `${v.article}:${v.value}`))).toEqual([
      ['a1:seven years', 'a2:seven years', 'a3:four years'],
      ['a1:four years', 'a2:four years', 'a3:seven years'],
    ]);
  });

  it('does not report the figures of a sentence that supports the claim only as a second one', () => {
    const { sentences } = facts('Starmer scrapped the deal, saying it cost £700 million.', 'Starmer scrapped the deal.');
    expect(types(figureDiscrepancies(sentences, new Set()))).toEqual(['omitted-figure']);
    expect(figureDiscrepancies(sentences, new Set([sentences[0]!]))).toEqual([]);
  });

  it('does not compare a bare number with spans of time', () => {
    const { sentences } = facts(
      'The ban lasts a decade.',
      'The vote was 7 in favour, ending the ban for ten years.',
      'Councillors voted 7.',
    );
    expect(figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number')).toEqual([]);
  });

  it('finds no disagreement on an amount an article states in another sentence', () => {
    const story = facts(
      'Researchers followed them for nine years, and an hour a day cut the risk by 31%.',
      'They were tracked for nine years and had a 23% lower risk.\n\nAn hour a day cut the risk by 31%.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('nine years'));
    expect(types(figureDiscrepancies(claim, new Set()))).toEqual(['number']);
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).not.toContain('number');
  });

  it('still reports a toll of three against four when the first article counts four people rescued elsewhere', () => {
    const story = facts(
      'Three skiers were killed in the avalanche.\n\nFour people were pulled out alive.',
      'The death toll from the avalanche rose to four people.',
    );
    const claim = story.sentences.filter((s) => /killed|toll/.test(s.text));
    const [number] = figureDiscrepancies(claim, new Set(), story.sentences).filter((d) => d.type === 'number');
    expect(number?.values.map((v) => v.reading)).toEqual(['3', '4']);
  });

  it('reads a range of money as its two ends ("EUR 400-450 million" is "between 400 million and 450 million euros")', () => {
    const { sentences } = facts(
      'The group expects an operating profit of EUR 400-450 million.',
      'It now expects an operating profit of between 400 million and 450 million euros.',
    );
    expect(figureDiscrepancies(sentences, new Set())).toEqual([]);
    const apart = facts(
      'The group expects a profit of EUR 400-450 million.',
      'It now expects a profit of between 300 million and 350 million euros.',
    );
    const [amount] = figureDiscrepancies(apart.sentences, new Set());
    // The nearest readings are in dispute, the range read whole.
    expect(amount?.values.map((v) => v.reading)).toEqual(['EUR 400000000–450000000', 'EUR 350000000']);
  });

  it('does not set an age limit against a span of years ("pupils under 15", "taught for 22 years")', () => {
    const { sentences } = facts(
      'The law bans pupils under 15 from using phones.',
      'I have taught maths for 22 years, and I am not against the phone ban.',
      'The law forbids phones for pupils under 15 years.',
    );
    expect(types(figureDiscrepancies(sentences, new Set()))).not.toContain('number');
  });

  it('still finds no disagreement on a short prison term an article gives another person elsewhere', () => {
    const story = facts(
      'Deller was jailed for eight years.\n\nLusk received six years.',
      'The court sentenced Deller to eight years and Lusk to six.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('Lusk'));
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).not.toContain('number');
  });

  it('dates a quotation by the day its speaker’s sentence before it gives, and says so', () => {
    const story = facts(
      'Minister Ana Dobrev said on Wednesday that no deal was signed. “We are talking, we are listening, but nothing is decided,” she told ORT.',
      'Minister Ana Dobrev told ORT on Tuesday that “nothing is decided”.',
    );
    const claim = story.sentences.filter((s) => s.text.includes('nothing is decided'));
    const [days] = figureDiscrepancies(claim, new Set(), story.sentences).filter((d) => d.type === 'weekday');
    expect(days?.values).toEqual([
      { article: 'a1', value: 'Wednesday', before: true },
      { article: 'a2', value: 'Tuesday' },
    ]);
  });

  it('still reports different weekdays when an article names the other day for another event', () => {
    const story = facts('The minister spoke on Monday.', 'The minister spoke on Sunday.\n\nThe vote is on Monday.');
    const claim = story.sentences.filter((s) => s.text.includes('minister'));
    expect(types(figureDiscrepancies(claim, new Set(), story.sentences))).toEqual(['weekday']);
  });

  it('compares a bare number with another article’s count of the same amount, whatever else the claim counts', () => {
    const { sentences } = facts(
      'A magnitude 5.8 earthquake killed at least 12 people.',
      'The death toll has risen to 19.',
      'In Soreno the 5.8 quake killed 19 people.',
    );
    const numbers = figureDiscrepancies(sentences, new Set()).filter((d) => d.type === 'number');
    expect(numbers.map((d) => d.values.map((v) => v.value))).toEqual([['at least 12 people', '19', '19 people']]);
  });

  it('does not also report an amount in a disagreement as left out, however another article words it', () => {
    const { sentences } = facts('At least 12 people died.', 'It killed at least 12, and 12 deaths were confirmed.', 'It killed 19 people.');
    const found = figureDiscrepancies(sentences, new Set());
    expect(types(found)).toEqual(['number']);
  });

  it('takes amounts a hundred times apart for two quantities, not a disagreement', () => {
    const apart = facts('Some 2,000 people were evacuated.', 'Four people were hurt.');
    expect(types(figureDiscrepancies(apart.sentences, new Set()))).not.toContain('number');
    const cost = facts('The deal cost £700 million.', 'Rwanda is seeking £50 million.');
    expect(types(figureDiscrepancies(cost.sentences, new Set()))).toEqual(['amount']);
  });

  it('takes the same digits under two scale words for a disagreement ("1.2 billion kroner" against "1.2 million kroner")', () => {
    const slip = facts('Halberg was fined 1.2 billion kroner.', 'Halberg was fined 1.2 million kroner.');
    expect(types(figureDiscrepancies(slip.sentences, new Set()))).toEqual(['amount']);
    const two = facts('Some 2,000 people were evacuated.', 'Two people were hurt.');
    expect(types(figureDiscrepancies(two.sentences, new Set()))).not.toContain('number');
  });

  it('marks a difference its qualifiers reconcile as consistent, and a plain one not', () => {
    const hedged = facts('The strike grounded 180 flights.', 'The strike grounded more than 170 flights.');
    expect(bare(figureDiscrepancies(hedged.sentences, new Set()))).toEqual([
      {
        type: 'number',
        consistent: true,
        values: [
          { article: 'a1', value: '180 flights' },
          { article: 'a2', value: 'more than 170 flights' },
        ],
      },
    ]);
    const plain = facts('The strike grounded 180 flights.', 'The strike grounded 170 flights.');
    expect(figureDiscrepancies(plain.sentences, new Set())[0]).not.toHaveProperty('consistent');
  });

  it('takes a span of time for one amount in hours, days or weeks ("48 hours" and "two days"), but keeps years as they are', () => {
    const spans = facts('Some 140mm of rain fell in 48 hours.', 'Torrential rain, 140mm in two days, fell on the city.');
    expect(types(figureDiscrepancies(spans.sentences, new Set()))).not.toContain('omitted-figure');
    const other = facts('Some 140mm of rain fell in 48 hours.', 'Torrential rain, 140mm in three days, fell on the city.');
    expect(figureDiscrepancies(other.sentences, new Set()).find((d) => d.type === 'omitted-figure')?.values).toEqual([
      { article: 'a1', value: '48 hours' },
    ]);
    // An age in years is the same number however written ("over the age of 60", "more than 60 years").
    const ages = facts('The study followed 12,400 adults over the age of 60.', 'The study followed 12,400 adults of more than 60 years.');
    expect(types(figureDiscrepancies(ages.sentences, new Set()))).not.toContain('omitted-figure');
  });
});

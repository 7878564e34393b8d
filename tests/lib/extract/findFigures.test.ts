import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';

const values = (text: string) => findFigures(text).map((f) => `${f.kind}:${f.value}`);

describe('findFigures', () => {
  it('reads money with a currency symbol and a scale word', () => {
    expect(findFigures('it cost the government £700 million')[0]).toMatchObject({
      kind: 'money',
      currency: 'GBP',
      amount: 700_000_000,
      text: '£700 million',
    });
  });

  it('reads two currencies in one sentence and abbreviated scales', () => {
    expect(values('seeking £50 million ($66 million) and €2bn')).toEqual([
      'money:GBP 50000000',
      'money:USD 66000000',
      'money:EUR 2000000000',
    ]);
  });

  it('reads amounts written with a currency word', () => {
    expect(values('a fine of 3 million dollars')).toEqual(['money:USD 3000000']);
  });

  it('leaves francs without a country unassigned and lets a country name the currency', () => {
    expect(values('investors lost 230 million francs')).toEqual(['money:FRANC 230000000']);
    expect(values('a fine of 5 million Swiss francs and 2 million Rwandan francs')).toEqual(['money:CHF 5000000', 'money:RWF 2000000']);
    expect(values('It raised 3 million Australian dollars and 12 billion Hong Kong dollars.')).toEqual([
      'money:AUD 3000000',
      'money:HKD 12000000000',
    ]);
    expect(values('a fine of 40 Lisvarian francs')).toEqual(['money:LISVARIAN FRANC 40']);
  });

  it('reads the world’s currencies by name, a shared name ("rupees", "pesos") only with its country', () => {
    expect(values('a fine of 5 billion yen and 40 million rand')).toEqual(['money:JPY 5000000000', 'money:ZAR 40000000']);
    expect(values('It costs 2,000 rupees, or 2,000 Indian rupees.')).toEqual(['money:RUPEE 2000', 'money:INR 2000']);
    expect(values('30 million Norwegian kroner and 1.2 billion Mexican pesos')).toEqual(['money:NOK 30000000', 'money:MXN 1200000000']);
    expect(values('20 million Kenyan shillings')).toEqual(['money:KES 20000000']);
  });

  it('reads a span extended from one length to another, its object between, as two counts ("extend military service from 12 to 18 months")', () => {
    expect(values('Velgora will extend compulsory military service from 12 to 18 months.')).toEqual(['count:12', 'count:18 month']);
    expect(values('Workers were absent from six to nine months.')).toEqual(['count:6–9 month']);
  });

  it('reads a part of a group written with a thousands separator whole ("about 1,400 of the town\'s jobs", not "400")', () => {
    expect(values("It will take about 1,400 of the town's jobs with it.")).toEqual(['count:1400 job']);
    expect(values('Some 1,400 of the 2,000 workers will go.')).toEqual(['count:1400 worker']);
  });

  it('reads "another fifth" and "a further tenth" as shares, as "a fifth" is', () => {
    expect(values('Coal burns almost a third of it, and the nuclear plant supplies roughly another fifth.')).toEqual([
      'percent:33.3%',
      'percent:20%',
    ]);
    expect(values('A further tenth of the budget goes to roads.')).toEqual(['percent:10%']);
  });

  it('counts the noun after a nationality even where the lexicon also knows it as a verb ("three Swedish engineers", not "three Swedish")', () => {
    expect(values('Police arrested three Brevlandic engineers on Monday.')).toEqual(['count:3 engin', 'weekday:monday']);
    expect(values('Police arrested 3 Swedish engineers.')).toEqual(['count:3 engin']);
    expect(values('Some 300 Americans were evacuated.')).toEqual(['count:300 american']);
  });

  it('reads an event\'s place in a series of its like ("the third such incident", "a fourth straight meeting", "the 4th time") as the nth time', () => {
    expect(values('It was the third such incident this year.')).toEqual(['count:3 nth time']);
    expect(values('The bank held rates for a fourth straight meeting.')).toEqual(['count:4 nth time']);
    expect(values('It kept first place for the ninth year running.')).toEqual(['count:9 nth time']);
    expect(values('The incident is the fourth of this year.')).toEqual(['count:4 nth time']);
    expect(values('It is the 4th time the plant has shut.')).toEqual(['count:4 nth time']);
  });

  it('reads no place in a series from "the first" ("for the first time since 2019", "their first in 15 years"), which counts within a window of its own', () => {
    expect(values('It won for the first time since 2019.')).toEqual(['year:2019']);
    expect(values('The victory is their first in 15 years.')).toEqual(['count:15 year']);
  });

  it('reads a place in time spelled out ("the third day of the strike") as its digits are ("the 3rd day")', () => {
    expect(values('Talks resumed on the third day of the strike.')).toEqual(values('Talks resumed on the 3rd day of the strike.'));
    expect(values('Talks resumed on the third day of the strike.')).toEqual(['count:3 nth dai']);
  });

  it('reads a change from one level to another ("rose from 1,200 to 1,500 people") as two counts, not a range', () => {
    expect(values('Attendance rose from 1,200 to 1,500 people.')).toEqual(['count:1200', 'count:1500 peopl']);
    expect(values('He will be absent from six to nine months.')).toEqual(['count:6–9 month']);
  });

  it('reads "30-40 people" and "between 30 and 40 people" as a range of a count, "52-48" still as a tally', () => {
    expect(values('Between 30 and 40 people were injured.')).toEqual(['count:30–40 peopl']);
    expect(values('30-40 people were injured.')).toEqual(['count:30–40 peopl']);
    // In words too ("six to nine months", "between six and nine months"); "two and three" are two counts.
    expect(values('He will miss six to nine months.')).toEqual(['count:6–9 month']);
    expect(values('He is out for between six and nine months.')).toEqual(['count:6–9 month']);
    expect(values('Two and three people')).not.toContain('count:2–3 peopl');
    expect(values('The senate voted 52-48 to pass it.')).toEqual(['tally:52-48']);
  });

  it('reads a part of a group that voted so as the vote\'s tally ("Five of the seven members … voted for" is "5-2")', () => {
    expect(values("Five of the seven members of the bank's board voted for the increase.")).toEqual(['tally:5-2']);
    expect(values('Seven of the nine judges voted to uphold the ban.')).toEqual(['tally:7-2']);
    // Not when the vote is another clause's, nor without one.
    expect(values('Two of the five members were absent when the board voted for the increase.')).toEqual(['count:2 member']);
    expect(values('Five of the seven members attended.')).toEqual(['count:5 member']);
  });

  it('reads a tiebreak in brackets as part of its set ("7-6 (7-4)"), but not an aggregate score after a result', () => {
    expect(values('She won 6-4, 3-6, 7-6 (7-4) on Saturday.')).toEqual(['tally:6-4', 'tally:3-6', 'tally:7-6', 'weekday:saturday']);
    expect(values('Marrow won 2-1 (3-1 on aggregate).')).toEqual(['tally:2-1', 'tally:3-1']);
  });

  it('reads a chess score in half points ("2.5-0.5", a translation\'s "2,5-0,5") whole, not from inside a decimal', () => {
    expect(values('She drew the third to take the tiebreak 2.5-0.5.')).toEqual(['tally:2.5-0.5']);
    expect(values('a 2,5-0,5 win')).toEqual(['tally:2.5-0.5']);
  });

  it('reads a change "from 62 to 64" as two numbers, not a tally, even in a sentence about a protest against it', () => {
    expect(values('They marched against the plan to raise the retirement age from 62 to 64.')).toEqual(['count:62', 'count:64']);
  });

  it('takes no verb for the counted noun, and steps over participles before one ("120,000 displaced people", "four fishing boats")', () => {
    expect(values('Police counted 35.000 according to the organizers.')).toEqual(['count:35000']);
    expect(values('far below the 120,000 claimed by the unions')).toEqual(['count:120000']);
    expect(values('There are 120,000 displaced people.')).toEqual(['count:120000 peopl']);
    expect(values('Torrin seized four fishing boats.')).toEqual(['count:4 boat']);
  });

  it('counts people by what befell them ("Three dead as fire …", "Fourteen arrested"), and "2.000 persons" as people', () => {
    expect(values('Three dead as fire rips through Valdra chemical store')).toEqual(['count:3 peopl']);
    expect(values('at least 23 dead in the border town')).toEqual(['count:23 peopl']);
    expect(values('Fourteen arrested as pension protest turns violent')).toEqual(['count:14']);
    expect(values('one of them left')).toEqual([]);
    expect(values('Dozens feared dead as ferry sinks')).toEqual([]);
    expect(values('each one with a capacity of 2.000 persons')).toEqual(['count:2000 peopl']);
    // Those who live somewhere are people too: "2,300 residents" evacuated, "96,000 inhabitants".
    expect(values('Some 2,300 residents have been evacuated.')).toEqual(['count:2300 peopl']);
    expect(values('The town has 96,000 inhabitants.')).toEqual(['count:96000 peopl']);
    expect(values('at least 14 deads in a collision')).toEqual(['count:14 peopl']);
    // The injured, wounded and missing alike; a word that cannot be a noun ("when") is none.
    expect(values('Fourteen people were killed and 27 injured when a coach left the road.')).toEqual(['count:14 peopl', 'count:27 peopl']);
    expect(values('with 34 wounded and 12 missing')).toEqual(['count:34 peopl', 'count:12 peopl']);
    expect(values('27 injured passengers')).toEqual(['count:27 passeng']);
  });

  it('counts the number a death toll reaches as people, in digits or words ("has risen to 15", "rises to fifteen")', () => {
    expect(values("The death toll from Saturday's coach crash has risen to 15 after a woman died.")).toEqual([
      'weekday:saturday',
      'count:15 peopl',
    ]);
    expect(values('Bus disaster: the death toll rises to fifteen')).toEqual(['count:15 peopl']);
    expect(values('The death toll stood at 41 on Monday.')).toEqual(['count:41 peopl', 'weekday:monday']);
    expect(values('The toll road cost rose to 15 euros.')).not.toContain('count:15 peopl');
  });

  it('counts nothing before a verb in its base form ("a hundred go through"), but "one seat" is a seat', () => {
    expect(values('For every container we open, a hundred go through.')).toEqual([]);
    expect(values('Three go missing every year.')).toEqual([]);
    expect(values('The party lost one seat.')).toEqual(['count:1 seat']);
  });

  it('counts a death toll as people whatever noun each report uses ("killed three workers", "three employees died")', () => {
    expect(values('A fire killed three workers on Thursday night.')).toEqual(['count:3 peopl', 'weekday:thursday']);
    expect(values('Four people were killed in a fire.')).toEqual(['count:4 peopl']);
    expect(values('Three workers at the Norvik Logistics site did not survive.')).toEqual(['count:3 peopl']);
    expect(values('The quake killed at least 12 and injured about 40 residents.')).toEqual(['count:12 peopl', 'count:40 peopl']);
    // Not the count of those who report the deaths, nor a span of time.
    expect(values('Three workers at the site said two people died.')).toEqual(['count:3 worker', 'count:2 peopl']);
    expect(values('The war killed two years of progress.')).toEqual(['count:2 year']);
    // A spelled number before an auxiliary and the verb ("Twelve have died", "Three were killed").
    expect(values('Twelve have died.')).toEqual(['count:12 peopl']);
    expect(values('Three were killed in the crash.')).toEqual(['count:3 peopl']);
    // Nor animals, whose toll a claim may give beside people's.
    expect(values('Twelve pilot whales died on the beach.')).toEqual(['count:12 whale']);
  });

  it('marks what befell the people a count counts: the dead of a toll, the hurt ("31 injured", "29 people were injured"), the missing', () => {
    const harms = (text: string) => findFigures(text).map((f) => `${f.amount}:${f.harm ?? '-'}`);
    expect(harms('At least 23 people were killed and 31 injured when the bus plunged.')).toEqual(['23:dead', '31:hurt']);
    expect(harms('Another 29 people were injured, eight of them critically.')).toEqual(['29:hurt']);
    expect(harms('At least 23 persons died and 31 others were injured.')).toEqual(['23:dead', '31:hurt']);
    expect(harms('The ministry reported 41 deaths.')).toEqual(['41:dead']);
    expect(harms('About 300 people attended the funeral.')).toEqual(['300:-']);
    // And those not found.
    expect(harms('At least 31 people died, as divers searched for dozens still missing.')).toEqual(['31:dead', '24:missing']);
    expect(harms('Fourteen others are missing.')).toEqual(['14:missing']);
    expect(harms('Twelve people remain unaccounted for.')).toEqual(['12:missing']);
    // A spelled number alone, counted by what befell it, and a translation's "lost the life".
    expect(harms('Forty-seven were injured.')).toEqual(['47:hurt']);
    expect(harms('Nine remain missing.')).toEqual(['9:missing']);
    expect(harms('Eight persons have lost the life and 74 have been injured.')).toEqual(['8:dead', '74:hurt']);
    expect(harms('Forty-seven were in favour.')).toEqual([]);
    // The hurt by the verb before them, as the dead ("killing at least 27 people and injuring more than 200").
    expect(harms('The quake struck, killing at least 27 people and injuring more than 200, officials said.')).toEqual([
      '27:dead',
      '200:hurt',
    ]);
    // And by what befell them after: hospital, injuries suffered or treated.
    expect(harms('Some 58 people remain in hospital.')).toEqual(['58:hurt']);
    expect(harms('More than 60 have been taken to hospital.')).toEqual(['60:hurt']);
    expect(harms('So far three people have suffered minor injuries.')).toEqual(['3:hurt']);
    expect(harms('Four people were treated for minor injuries.')).toEqual(['4:hurt']);
    expect(harms('Four persons were lightly hurt during the evacuation.')).toEqual(['4:hurt']);
  });

  it('counts deaths and fatalities as the people of a death toll ("41 deaths" is "41 people died"), not animals\' deaths', () => {
    expect(values('The ministry was reporting 41 deaths and 1,240 cases.')).toEqual(['count:41 peopl', 'count:1240 case']);
    expect(values('There were 12 fatalities on the roads.')).toEqual(['count:12 peopl']);
    expect(values('The virus caused 45,000 bird deaths.')).toEqual(['count:45000 death']);
  });

  it('reads no amount in "tens of thousands" of anything', () => {
    expect(values('Tens of thousands march in Aldera.')).toEqual([]);
  });

  it('reads number words with a scale ("One hundred people", "two thousand homes")', () => {
    expect(values('One hundred people died.')).toEqual(['count:100 peopl']);
    expect(values('The storm destroyed two thousand homes.')).toEqual(['count:2000 home']);
  });

  it('reads "230 millions of francs" and "1,3 billion of dollars", as machine translations write them, and ISO codes before the amount', () => {
    expect(values('accused of swindling investors of 230 millions of francs')).toEqual(['money:FRANC 230000000']);
    expect(values('a loan of 1,3 billion of dollars over 36 months')).toEqual(['money:USD 1300000000', 'count:36 month']);
    expect(values('It cost CHF 5 million, or EUR 5.3 million.')).toEqual(['money:CHF 5000000', 'money:EUR 5300000']);
    expect(values('the eur 5 tier')).not.toContain('money:EUR 5');
  });

  it('reads no figure from a change in temperature ("beat the record by 0.7 degrees", "by just over one degree Fahrenheit")', () => {
    expect(values('It beat the 2019 record by 0.7 degrees.')).toEqual(['year:2019']);
    expect(values('The reading beat the old record by just over one degree Fahrenheit.')).toEqual([]);
    expect(values('Temperatures rose by 3 degrees to 41C.')).toEqual(['temperature:41C']);
  });

  it('reads no counts from a slashed date ("12/03/2025": day and month in either order)', () => {
    expect(values('On 12/03/2025 the 14 staff were told.')).toEqual(['count:14 staff']);
  });

  it('reads South Asian copy\'s rupees and scales ("Rs 2 lakh", "Rs. 500 crore", "₹500 crore", "1.5 lakh people")', () => {
    expect(values('It costs Rs 2 lakh a family and Rs. 500 crore in all.')).toEqual(['money:RUPEE 200000', 'money:RUPEE 5000000000']);
    expect(values('The deal is worth ₹500 crore.')).toEqual(['money:INR 5000000000']);
    expect(values('Crowds of 1.5 lakh people gathered.')).toEqual(['count:150000 peopl']);
  });

  it('reads South African copy\'s rand attached and scaled ("R2 million", "R1.5bn"), not a road ("the R2")', () => {
    expect(values('He was fined R2 million; the project cost R1.5bn.')).toEqual(['money:ZAR 2000000', 'money:ZAR 1500000000']);
    expect(values('Take the R2 north.')).toEqual([]);
  });

  it('reads the dollars named by their country\'s letters ("NZ$45", "HK$3.5 billion", "S$20 million")', () => {
    expect(values('Tickets cost NZ$45; HK$3.5 billion and S$20 million were raised.')).toEqual([
      'money:NZD 45',
      'money:HKD 3500000000',
      'money:SGD 20000000',
    ]);
  });

  it('reads the currency abbreviations African copy writes before an amount ("Rwf 50 million", "Frw", "KSh2.3 billion", "Sh500,000", "₦", "GH¢")', () => {
    expect(values('The project will cost Rwf 50 million, or Frw50m.')).toEqual(['money:RWF 50000000', 'money:RWF 50000000']);
    expect(values('It cost KSh 2.3 billion, UGX 500,000 and TSh 4 billion.')).toEqual([
      'money:KES 2300000000',
      'money:UGX 500000',
      'money:TZS 4000000000',
    ]);
    expect(values('Fines of Sh500,000 and ₦500 million and GH¢ 2 million.')).toEqual([
      'money:SHILLING 500000',
      'money:NGN 500000000',
      'money:GHS 2000000',
    ]);
    // Not a word that only begins like one ("she gave 50").
    expect(values('She gave sh 50 to him.')).toEqual(['count:50']);
  });

  it('reads German copy\'s "Mrd." and "Mio." as scales, and "5.8pc" and "4.2 pct" as percentages', () => {
    expect(values('The deficit reached 2,4 Mrd. euros.')).toEqual(['money:EUR 2400000000']);
    expect(values('a loss of 350 Mio. euros')).toEqual(['money:EUR 350000000']);
    expect(values('Unemployment fell to 5.8pc.')).toEqual(['percent:5.8%']);
    expect(values('Prices rose 4.2 pct.')).toEqual(['percent:4.2%']);
    expect(values('The firm shipped 20 PCs.')).toEqual(['count:20 pc']);
  });

  it('reads "milliard", as European usage and its machine translations name a thousand million, as a billion', () => {
    expect(values('The last estimation was of 6,1 milliard marks.')).toEqual(values('The previous estimate was 6.1 billion marks.'));
    expect(values('a budget of 2 milliards of euros')).toEqual(['money:EUR 2000000000']);
  });

  it('reads "500.000 euros", as German copy groups thousands, as half a million', () => {
    expect(values('The insurance promises 500.000 euros of reward.')).toEqual(['money:EUR 500000']);
    expect(values('It cost €1.5 million.')).toEqual(['money:EUR 1500000']);
  });

  it('reads a scale word hyphenated to its number as part of the amount', () => {
    expect(values('the $340-million mine, a 340-million-dollar project, a C$2.5-billion plan')).toEqual([
      'money:USD 340000000',
      'money:USD 340000000',
      'money:CAD 2500000000',
    ]);
    expect(findFigures('the $340-million mine')[0]!.text).toBe('$340-million');
    expect(values('a 5-per-cent rise and a 3 per cent fall')).toEqual(['percent:5%', 'percent:3%']);
  });

  it('reads "$3-4 million" as one range, not as $3 and a count', () => {
    expect(findFigures('It will cost $3-4 million a year.')).toEqual([
      { kind: 'money', currency: 'USD', amount: 3_000_000, value: 'USD 3000000–4000000', text: '$3-4 million' },
    ]);
  });

  it('reads percentages, vote tallies and years', () => {
    expect(values('The bill passed 97-1 in 2023 with 45% support.')).toEqual(['tally:97-1', 'year:2023', 'percent:45%']);
  });

  it('reads "61 votes to 48" and "seven votes to two" as tallies, like "61-48"', () => {
    expect(values('Lawmakers approved the sale by 61 votes to 48.')).toEqual(['tally:61-48']);
    expect(values('It passed with 61 votes against 48.')).toEqual(['tally:61-48']);
    expect(values('The council approved it by seven votes to two.')).toEqual(['tally:7-2']);
  });

  it('reads "a year and a half" and "an hour and a half" as one and a half of the unit', () => {
    expect(values('It comes just a year and a half after the last one.')).toEqual(['count:1.5 year']);
    expect(values('Rescuers arrived an hour and a half later.')).toEqual(['count:1.5 hour']);
  });

  it('reads no amount in a number to call ("call 112", "Dial 0800 123 456"), but still counts calls', () => {
    expect(values('Anyone who sees them should call 112.')).toEqual([]);
    expect(values('Dial 0800 123 456 for help.')).toEqual([]);
    expect(values('Police received 300 calls.')).toEqual(['count:300 call']);
  });

  it('counts a crowd as people, however a report words it ("A crowd of 52,000", "52 thousand spectators", "35,000 marchers")', () => {
    expect(values('A crowd of 52,000 watched the match.')).toEqual(['count:52000 peopl']);
    // "N-strong" counts the noun after it: a crowd's people, a team's members.
    expect(values('A 3,000-strong crowd gathered.')).toEqual(['count:3000 peopl']);
    expect(values('A 40-strong team arrived.')).toEqual(['count:40 team']);
    expect(values('About 52 thousand spectators attended the final.')).toEqual(['count:52000 peopl']);
    expect(values('Police counted 35,000 marchers.')).toEqual(['count:35000 peopl']);
  });

  it('reads a level score in a match report as a tally ("equalised at 24 to 24")', () => {
    expect(values('Morvane had equalised at 24 to 24.')).toEqual(['tally:24-24']);
  });

  it('reads "214 in favour and 187 against" and a translation\'s "214 votes favourable, 187 contrary" as the tally "214-187"', () => {
    expect(values('The motion passed with 214 in favour and 187 against.')).toEqual(['tally:214-187']);
    expect(values('It was approved with 214 votes favourable, 187 contrary and 9 abstentions.')).toEqual([
      'tally:214-187',
      'count:9 abstent',
    ]);
  });

  it('reads a number of ten or more with no noun after it as a count, never a piece of a time or a decimal', () => {
    expect(values('The petition reached about 3,000.')).toEqual(['count:3000']);
    // A crowd put at a number is people, as "a crowd of 3,000" is.
    expect(values('Police put the crowd at about 3,000.')).toEqual(['count:3000 peopl']);
    expect(values('The meeting began at 10:30 on Friday.')).toEqual(['time:10:30', 'weekday:friday']);
    expect(values('The index closed at 12.5.')).toEqual([]);
  });

  it('does not read a span of years as a tally', () => {
    expect(values('between 2020-2024')).not.toContain('tally:2020-2024');
  });

  it('reads counts with their unit, in digits and in words', () => {
    expect(values('house as many as 30,000 individuals and led to just four deportations')).toEqual([
      'count:30000 individu',
      'count:4 deport',
    ]);
  });

  it('counts the noun after up to two adjectives, and keeps them in the figure text', () => {
    expect(values('The mine would create 600 permanent jobs.')).toEqual(['count:600 job']);
    expect(findFigures('Three young children were treated.').map((f) => f.text)).toEqual(['Three young children']);
  });

  it('reads "a 48-hour strike" as the count "48 hours", but no count in a name like "COVID-19"', () => {
    expect(values('a 48-hour strike, then 48 hours more')).toEqual(['count:48 hour', 'count:48 hour']);
    expect(values('COVID-19 cases and F-35 jets')).toEqual([]);
  });

  it('reads a count after a capitalised word in a headline whose words are all capitalised ("Storm Kills 12 In Norvik")', () => {
    expect(values('Storm Kills 12 In Norvik')).toEqual(['count:12 peopl']);
    expect(values('Flight 370 Vanished Over The Sea')).toEqual([]);
    expect(values('The storm hit Norvik 12 times this year.')).not.toContain('count:12 time');
  });

  it('reads a count after the capital that opens the second sentence of a quotation', () => {
    expect(values('“The crew did everything right. Within half an hour every person was off the ship,” Lunde said.')).toEqual([
      'count:30 minut',
    ]);
    expect(values('“We flew it for years. Flight 370 was our pride,” he said.')).toEqual([]);
  });

  it('reads a multiple after a label noun as a count ("at a level twelve times the limit" is no "Level 12")', () => {
    expect(values('Tests found toxins at a level twelve times the limit.')).toEqual(['count:12 time']);
    expect(values('Analyses found algae at a level twenty-one times superior to the limit.')).toEqual(['count:21 time']);
    expect(values('The alert was raised to level 4 on Monday.')).toEqual(['weekday:monday']);
  });

  it('reads a span of time after a label noun as a count ("approved the bill two weeks ago" is no "Bill 2")', () => {
    expect(values('Parliament approved the bill two weeks ago by 78 votes to 61.')).toEqual(['count:2 week', 'tally:78-61']);
    expect(values('Kessby airport opens new terminal four years late')).toEqual(['count:4 year']);
    expect(values('Phase 2 trials began in March.')).toEqual(['month:03']);
  });

  it('reads no count in a number that names something ("Section 230", "Flight 370", "page 12")', () => {
    expect(values('Section 230 protects platforms; Flight 370 vanished; see page 12 of the Boeing 737 manual.')).toEqual([]);
    expect(values('On Tuesday 180 flights were cancelled, and the US 300 jobs.')).toEqual([
      'weekday:tuesday',
      'count:180 flight',
      'count:300 job',
    ]);
  });

  it('steps over a name that qualifies the counted noun, but not over a verb', () => {
    expect(values('the details of 1.2 million Veltra Health patients')).toEqual(['count:1200000 patient']);
    expect(values('300 Americans were detained; 20 Democrats voted against')).toEqual(['count:300 american', 'count:20 democrat']);
  });

  it('reads a vague number at its least, however it is put ("thousands of", "several hundred", "some hundreds of")', () => {
    expect(values('Thousands of travellers were stranded.')).toEqual(['count:2000 travel']);
    expect(values('Several hundred people protested.')).toEqual(['count:200 peopl']);
    expect(values('A few hundred people gathered.')).toEqual(['count:200 peopl']);
    expect(values('some hundreds of persons manifested')).toEqual(['count:200 peopl']);
    expect(values('a hundred people gathered')).toEqual(['count:100 peopl']);
  });

  it('counts no modal verb ("The two Ostlanders must return") and no person named after the number ("dad-of-three Jonas Berk")', () => {
    expect(values('The two Ostlanders must return.')).toEqual(['count:2 ostland']);
    expect(values('"We waited," said dad-of-three Jonas Berk, 44.')).toEqual(['count:44 year']);
  });

  it('counts the noun after two modifiers joined by "and" ("24 take-off and landing slots" are slots), not the first of two nouns ("24 men and women")', () => {
    expect(values('They must give up 24 take-off and landing slots at the airport.')).toEqual(['count:24 slot']);
    expect(values('It will create 10 full-time and part-time jobs.')).toEqual(['count:10 job']);
    expect(values('It hired 24 men and women.')).toEqual(['count:24 men']);
  });

  it('counts the noun after two names joined by "and" ("212,000 Lyra and Lyra Sport vehicles" are vehicles)', () => {
    expect(values('a recall affecting 212,000 Lyra and Lyra Sport vehicles worldwide')).toEqual(['count:212000 vehicl']);
    expect(values('It sold 5,000 Lyra and 3,000 Orba cars.')).toEqual(['count:5000 lyra', 'count:3000 car']);
  });

  it('never cuts a hyphenated compound with digits into a counted noun ("over-60s")', () => {
    expect(findFigures('It tracked more than 12,000 over-60s.').map((f) => [f.text, f.value])).toEqual([['more than 12,000', '12000']]);
  });

  it('reads "a half-hour walk" and "half an hour" as the count "30 minutes"', () => {
    expect(values('a half-hour walk, half an hour a day, 30 minutes')).toEqual(['count:30 minut', 'count:30 minut', 'count:30 minut']);
  });

  it('counts the head of a compound noun: "46 measles cases" counts cases', () => {
    expect(findFigures('It has recorded 46 measles cases.')[0]).toMatchObject({ value: '46 case', text: '46 measles cases' });
    expect(values('3,000 police officers and 48 cases of measles')).toEqual(['count:3000 offic', 'count:48 case']);
  });

  it('reads an age in apposition ("Amadou, 17, clung", "The forward, 24, has signed") as no count (an age after a name, see below), but a list of numbers as counts', () => {
    expect(values('Amadou, 17, clung to a plastic jerrycan.')).toEqual(['count:17 year']);
    expect(findFigures('Amadou, 17, clung to a plastic jerrycan.')[0]).toMatchObject({ age: 'person' });
    expect(values('“I have been patient,” said Kell, 71.')).toEqual(['count:71 year']);
    expect(values('The total rose to 71.')).toEqual(['count:71']);
    expect(values('The forward, 24, has signed.')).toEqual([]);
    expect(values('Police said 35, maybe 40, people came.')).toEqual(['count:35', 'count:40']);
  });

  it('reads a spelled percentage ("five percent", "twelve per cent") as a percentage, not a count of "percent"', () => {
    expect(values('The share climbed by five percent, about twelve per cent of staff.')).toEqual(['percent:5%', 'percent:12%']);
  });

  it('reads "half a million people" as 500,000 and "a quarter of a million" as 250,000, not a million', () => {
    expect(values('It kills more than half a million people every year.')).toEqual(['count:500000 peopl']);
    expect(values('A quarter of a million people marched.')).toEqual(['count:250000 peopl']);
  });

  it('reads lira, shekels and florins as money, and the won only with Korea named ("in 2019 won the title")', () => {
    expect(values('It will cost 40 billion Turkish lira, or about 3 billion shekels.')).toEqual([
      'money:TRY 40000000000',
      'money:ILS 3000000000',
    ]);
    expect(values('The ring sold fakes for about 12 million florins.')).toEqual(['money:FLORIN 12000000']);
    expect(values('Samsung was fined 1.2 trillion South Korean won.')).toEqual(['money:KRW 1200000000000']);
    expect(values('Lund, who in 2019 won the title, retired.')).toEqual(['year:2019']);
    expect(values('Another three won’t kill me.').some((v) => v.startsWith('money'))).toBe(false);
  });

  it('reads money spelled out as money, in the currency named after it ("two million dollars", "five thousand Swiss francs")', () => {
    expect(values('It cost two million dollars.')).toEqual(['money:USD 2000000']);
    expect(values('It cost half a billion euros.')).toEqual(['money:EUR 500000000']);
    expect(values('The fine was five thousand Swiss francs.')).toEqual(['money:CHF 5000']);
    expect(values('He paid five dollars for two tickets.')).toEqual(['money:USD 5', 'count:2 ticket']);
  });

  it('reads "two dozen workers" as 24, and no count from a vague number before a verb ("thousands continue", "dozens say")', () => {
    expect(values('two dozen workers and a dozen people')).toEqual(['count:24 worker', 'count:12 peopl']);
    expect(values('thousands continue to attempt the journey, and dozens say so')).toEqual([]);
  });

  it('counts no noun after a participle that a determiner follows, but the wounded as people ("more of 60 wounded this Tuesday")', () => {
    expect(values('more of 60 wounded this Tuesday')).toEqual(['count:60 peopl', 'weekday:tuesday']);
  });

  it('counts the head of a compound of three nouns ("180,000 lead service lines"), not a word after it ("18 aircraft when its")', () => {
    expect(values('about 180,000 lead service lines and roughly 180,000 lead water lines')).toEqual([
      'count:180000 line',
      'count:180000 line',
    ]);
    expect(values('18 aircraft when its cost rose')).toEqual(['count:18 aircraft']);
    expect(values('five trade union leaders')).toEqual(['count:5 leader']);
    // After a singular noun, a plural the lexicon reads as a verb ("four security guards"), or a
    // noun ending in "ss" ("Six mass graves"); not a copula ("One pair is a start").
    expect(values('There were four security guards.')).toEqual(['count:4 guard']);
    expect(values('Divers found six mass graves.')).toEqual(['count:6 grave']);
    expect(values('"One pair is a start," she said.')).toEqual(['count:1 pair']);
    // An adjective may stand second ("single-use plastic items", "Rostavian primary schools").
    expect(values('about 1.4 billion single-use plastic items')).toEqual(['count:1400000000 item']);
    expect(values('in 48 Rostavian primary schools')).toEqual(['count:48 school']);
  });

  it('counts the head of a compound noun with no plural: "14 combat aircraft" counts aircraft', () => {
    expect(findFigures('Its 14 combat aircraft are old.')[0]).toMatchObject({ value: '14 aircraft', text: '14 combat aircraft' });
    expect(values('200 dairy sheep')).toEqual(['count:200 sheep']);
  });

  it('reads a time of day, in 12 or 24 hours or as French copy writes it, with the words that make it loose', () => {
    expect(values('at 6:40 a.m., at 23:40, towards 6h40, at 12 p.m., 5.30 pm, 10:00 GMT')).toEqual([
      'time:06:40',
      'time:23:40',
      'time:06:40',
      'time:12:00',
      'time:17:30',
      'time:10:00',
    ]);
    // A translation from German: "gegen 14.20 Uhr GMT".
    expect(values('The disturbance began against 14:20 hours GMT.')).toEqual(['time:14:20']);
    expect(findFigures('It hit a freight train shortly before 7 a.m.')[0]).toMatchObject({
      kind: 'time',
      value: '07:00',
      text: 'shortly before 7 a.m.',
      qualifier: 'shortly before',
    });
    // "between 10 p.m. and 6 a.m." opens a period as "from 10 p.m. to 6 a.m." does.
    expect(findFigures('There will be no water between 10 p.m. and 6 a.m.')[0]).toMatchObject({ value: '22:00', qualifier: 'from' });
    expect(findFigures('There will be no water between 10 p.m. and 6 a.m.')[1]).not.toHaveProperty('qualifier');
  });

  it('reads no time in a live blog’s or timeline’s stamp, and no count either', () => {
    expect(values('09:15 – Rail operator VBR confirms the crash.')).toEqual([]);
    expect(values('Tuesday, 6am: The Aln breaks through.')).toEqual(['weekday:tuesday']);
  });

  it('reads a decade, however it is written, as one year figure that is not its first year', () => {
    expect(values("built in the 1980s, the mid-1990s and the '70s")).toEqual(['year:1980s', 'year:1990s', 'year:1970s']);
    // A translation of "les années 1980" / "los años 80".
    expect(values('planes built in the years 1980 and songs of the years 60')).toEqual(['year:1980s', 'year:1960s']);
    expect(values('in 1980 and in 1980s')).toEqual(['year:1980', 'year:1980s']);
  });

  it('counts nothing with a verb right after the number ("Children under 14 go free"), so the age limit stays an age', () => {
    expect(findFigures('Children under 14 go free.')).toMatchObject([{ kind: 'count', text: 'under 14', unit: 'year', age: 'limit' }]);
    // A compound's noun is counted still ("a 24-date tour").
    expect(findFigures('The band announced a 24-date tour.')[0]).toMatchObject({ unit: 'date' });
  });

  it('reads an age in apposition after a name ("Marin, 29, was bidding", "said Grace Achieng, 34.", a translation\'s "aged of 61 years")', () => {
    expect(findFigures('Marin, 29, was bidding for a third title.')).toMatchObject([{ text: 'Marin, 29', amount: 29, age: 'person' }]);
    expect(findFigures('"I cried," said Grace Achieng, 34.')).toMatchObject([{ text: 'Achieng, 34', age: 'person' }]);
    expect(findFigures('Salo, aged of 61 years, contests the charges.')).toMatchObject([{ text: 'aged of 61 years', age: 'person' }]);
    // Not after a word that is no name.
    expect(findFigures('Meanwhile, 34, it seems.')).toEqual([]);
  });

  it('reads no date in a day of the week in general ("every Friday", "The Friday that changed a village school")', () => {
    expect(findFigures('Schools will close every Friday from September.')).toEqual([]);
    // An event told on an unnamed one is still dated to that day.
    expect(findFigures('The whales stranded there on a Sunday.')[0]).toMatchObject({ kind: 'weekday', text: 'Sunday' });
    expect(findFigures('The Friday that changed a village school')).toEqual([]);
    expect(findFigures('The school closed on Friday.')[0]).toMatchObject({ kind: 'weekday', text: 'Friday' });
  });

  it('reads a possessive weekday as the day of an event, not a bound ("from Saturday\'s crash", "by Thursday\'s ruling")', () => {
    expect(findFigures("The death toll from Saturday's coach crash has risen.")[0]).toMatchObject({ kind: 'weekday', text: 'Saturday' });
    expect(findFigures("It was disappointed by Thursday's ruling.")[0]!.qualifier).toBeUndefined();
    expect(findFigures('Shops stay closed from Saturday.')[0]).toMatchObject({ kind: 'weekday', qualifier: 'from' });
  });

  it('reads "over" after a verb of handing on as its particle, not a bound ("hand over 24 slots", "turned over 300 files")', () => {
    expect(findFigures('The regulator forced the airlines to hand over 24 slots.')[0]).toMatchObject({ text: '24 slots' });
    expect(findFigures('The regulator forced the airlines to hand over 24 slots.')[0]!.qualifier).toBeUndefined();
    expect(findFigures('Police said the bank had turned over 300 files.')[0]!.qualifier).toBeUndefined();
    // Elsewhere "over" is still a bound.
    expect(findFigures('The firm cut over 300 jobs.')[0]).toMatchObject({ text: 'over 300 jobs', qualifier: 'over' });
  });

  it('keeps a qualifier with its amount, in the text a reader sees', () => {
    const [flights] = findFigures('Thousands were stranded, with more than 170 flights cancelled.');
    expect(flights).toMatchObject({ kind: 'count', value: '170 flight', text: 'more than 170 flights', qualifier: 'more than' });
    expect(findFigures('It cost around £700 million.')[0]).toMatchObject({ text: 'around £700 million', qualifier: 'around' });
    expect(findFigures('Shares fell 4% on Tuesday.')[0]!.qualifier).toBeUndefined();
    // The qualifier is looked up before each occurrence, not before the first one.
    expect(findFigures('Up to 40 staff left; 40 staff stayed.').map((f) => f.text)).toEqual(['Up to 40 staff', '40 staff']);
  });

  it('never takes an auxiliary for the counted noun, and then the figure is the number alone', () => {
    expect(values('Thousands were stranded.')).toEqual([]);
    expect(findFigures('The 12 were freed.').map((f) => [f.value, f.text])).toEqual([['12', '12']]);
  });

  it('reads weekdays, months and full dates', () => {
    expect(values('He spoke on Sunday, in March, and on 5 May 2024.')).toEqual(['weekday:sunday', 'month:03', 'date:2024-05-05']);
    expect(values('in its November 2023 ruling')).toEqual(['month:2023-11']);
  });

  it('finds nothing in a sentence without figures', () => {
    expect(findFigures('Rwanda denied the allegations and accused UNHCR of lying.')).toEqual([]);
  });

  it('gives the low end of a range its high end’s scale and unit ("between 60 and 80 millions of dollars", "between €60 and €80 million")', () => {
    expect(values('It was estimated between 60 and 80 millions of dollars.')).toEqual(['money:USD 60000000', 'money:USD 80000000']);
    expect(values('It was estimated between €60 and €80 million.')).toEqual(['money:EUR 60000000', 'money:EUR 80000000']);
    expect(values('Prices rose between 3 and 4 percent.')).toEqual(['percent:3%', 'percent:4%']);
    // A low end with its own scale, and a range of a count, stay as written.
    expect(values('It was estimated at $60 million to $80 million.')).toEqual(['money:USD 60000000', 'money:USD 80000000']);
    expect(values('Pupils aged 11 to 15 were asked.')).toEqual(['count:11', 'count:15']);
  });

  it('reads two years close together before a noun as years, not a count ("between 2015 and 2021 invoices")', () => {
    expect(values('He had approved between 2015 and 2021 invoices of an enterprise.')).toEqual(['year:2015', 'year:2021']);
    // A count's range stays one, however large its ends.
    expect(values('Between 2000 and 2500 people were evacuated.')).toEqual(['count:2000–2500 peopl']);
  });

  it('gives both years of a span the span as their range ("between 2015 and 2022"), not two years named apart ("In 2015 and 2022")', () => {
    const [from, to] = findFigures('He approved invoices between 2015 and 2022.');
    expect([from!.range, to!.range]).toEqual(['between 2015 and 2022', 'between 2015 and 2022']);
    expect(findFigures('In 2015 and 2022 he won the title.').map((f) => f.range)).toEqual([undefined, undefined]);
  });

  it('reads no figure in a rate’s base ("per 100 millilitres", "per 100,000 people"), but a duration after "for"', () => {
    expect(values('Drinks with more than 5 grams of sugar per 100 millilitres are taxed.')).toEqual(['count:5 gram']);
    expect(values('There were 12 cases per 100,000 people.')).toEqual(['count:12 case']);
    expect(values('It followed more than 120,000 nurses for two decades.')).toEqual(['count:120000 nurs', 'count:20 year']);
  });

  it('takes no name that owns what follows for a counted noun ("a crowd of 8,400 packed Kelby’s ground")', () => {
    expect(values("A sell-out crowd of 8,400 packed Kelby's Mill Lane ground.")).toEqual(['count:8400 peopl']);
    // A people's name is still counted ("3 Germans").
    expect(values('3 Germans were injured.')).toEqual(['count:3 peopl']);
  });

  it('keeps the whole range as the text to show for a low end written as digits alone ("2 to 3 percent", "between 60 and 80 millions of dollars")', () => {
    const [low, high] = findFigures('Several platforms raised their fees by 2 to 3 percent.');
    expect(low).toMatchObject({ text: '2', range: '2 to 3 percent' });
    // The high end reads as itself.
    expect(high).toMatchObject({ text: '3 percent' });
    expect(high!.range).toBeUndefined();
    expect(findFigures('It was estimated between 60 and 80 millions of dollars.')[0]!.range).toBe('between 60 and 80 millions of dollars');
    // A low end with its own unit needs no range to be read.
    expect(findFigures('The wage rose from 12.02 euros to 12.80 euros.')[0]!.range).toBeUndefined();
  });

  it('gives the low end of a scaled count its scale and noun ("between 1.1 and 2.3 million people"), not a change before a level ("fell by 74,000 to 1.42 million")', () => {
    expect(values('Between 1.1 and 2.3 million people could be affected.')).toEqual(['count:1100000 peopl', 'count:2300000 peopl']);
    expect(values('The number fell by 74,000 to 1.42 million.')).toEqual(['count:74000', 'count:1420000']);
    expect(values('It weighed between 140 and 150 kilograms.')).toEqual(['measure:140 kilograms', 'measure:150 kilograms']);
  });

  it('reads a scale abbreviated before a currency’s name as money ("120m euros", "1.5bn dollars")', () => {
    expect(values('They paid £103m (120m euros) for him.')).toEqual(['money:GBP 103000000', 'money:EUR 120000000']);
    expect(values('A 1.5bn dollars loan.')).toEqual(['money:USD 1500000000']);
  });

  it('counts no "year" in a time expression after the number ("reached 41 last year")', () => {
    expect(values('Violations of its airspace reached 41 last year.')).toEqual(['count:41']);
    expect(values('Births fell to 41,300 this year.')).toEqual(['count:41300']);
  });

  it('reads years and months as one span ("four years and six months" is "four and a half years"), not "four years and the club"', () => {
    expect(values('He was sentenced to four years and six months in prison.')).toEqual(['count:4.5 year']);
    expect(values('He was condemned to four years and half of prison.')).toEqual(['count:4.5 year']);
    expect(values('He spent four years and the club paid him well.')).toEqual(['count:4 year']);
  });

  it('reads decades and centuries as the years they span ("three decades", "24 centuries")', () => {
    expect(values('It is the first time in three decades.')).toEqual(['count:30 year']);
    expect(values('The cargo was loaded some 24 centuries ago.')).toEqual(['count:2400 year']);
  });

  it('reads "a century" as a hundred years, and its half, its quarter and "a decade and a half"', () => {
    expect(values('It is the largest find in the region for a century.')).toEqual(['count:100 year']);
    expect(values('The mill stood empty for half a century.')).toEqual(['count:50 year']);
    expect(values('He led the party for a quarter of a century.')).toEqual(['count:25 year']);
    expect(values('The dispute has lasted a decade and a half.')).toEqual(['count:15 year']);
    expect(values('The coins date from the tenth century.')).toEqual([]);
  });

  it('reads spans of years, spelled or hyphenated, and "a decade" as ten years', () => {
    expect(values('He was jailed for four years, banned for a decade and given a two-year suspended term.')).toEqual([
      'count:4 year',
      'count:10 year',
      'count:2 year',
    ]);
    expect(values('after an eight-month trial, a 30-year-old man')).toEqual(['count:8 month', 'count:30 year']);
  });

  it('reads "the next decade" and "the past decade" as ten years, but not "the last decade of the century"', () => {
    expect(values('Most of it will be invested in new terminals over the next decade.')).toEqual(['count:10 year']);
    expect(values('Prices have tripled in the past decade.')).toEqual(['count:10 year']);
    expect(values('It was built in the last decade of the century.')).toEqual([]);
  });

  it('reads "twenty-five" as one number, not as twenty counting "five"', () => {
    expect(values('Twenty-five people were hurt.')).toEqual(['count:25 peopl']);
    expect(values('The bill passed by twenty-one votes to seven.')).toEqual(['tally:21-7']);
  });

  it('counts nothing in "one-off", and reads "two-thirds" as a share, not a count', () => {
    expect(values('A one-off payment covered two-thirds of the cost.')).toEqual(['percent:66.7%']);
  });

  it('reads a change "by about a quarter" as a share whatever follows, but "a year and a half" as a span, no share', () => {
    expect(values('It slowed the decline by about a quarter over 18 months.')[0]).toBe('percent:25%');
    expect(values('The drug slowed it by 27 percent over a year and a half.')).toEqual(['percent:27%', 'count:1.5 year']);
    expect(values('It took two and a half years.')).toEqual(['count:2.5 year']);
    expect(values('Sales fell by a half.')).toEqual(['percent:50%']);
  });

  it('reads "one in eight patients", "3 in 10 adults" and a translation\'s "one person on three" as shares, not "one in 2019"', () => {
    expect(findFigures('About one in eight patients had swelling.')[0]).toMatchObject({
      kind: 'percent',
      amount: 12.5,
      text: 'About one in eight',
      qualifier: 'about',
    });
    expect(values('Three in 10 adults smoke; one in every 1,000 births.')).toEqual(['percent:30%', 'percent:0.1%']);
    expect(values('He won one in 2019.')).toEqual(['year:2019']);
    // A translation's "une personne sur trois": one in three, but not "one on one" talks.
    expect(values('Around one person on three will develop a zona.')).toEqual(['percent:33.3%']);
    expect(values('One adolescent on three drinks at least one energy drink per week.')).toEqual(['percent:33.3%', 'count:1 energi']);
    expect(values('The talks were one on one.')).toEqual([]);
  });

  it('does not count the noun after a preposition ("under 15 from phones", "120 sick for eggs"), but does after "of" ("thousands of jobs")', () => {
    expect(values('The law bans pupils under 15 from phones.')).toEqual(['count:15 year']);
    expect(values('Salmonella: 120 sick for eggs of Cresta Farms')).toEqual(['count:120']);
    expect(values('It will secure thousands of jobs.')).toEqual(['count:2000 job']);
  });

  it('reads a translation’s ordinal full stop ("on the 50. anniversary") as "50th", and a crowd put "at" a number as people', () => {
    expect(values('He spoke on the 50. anniversary of the independence.')).toEqual(['count:50 nth anniversari']);
    expect(values('He spoke on the 50th anniversary of the independence.')).toEqual(['count:50 nth anniversari']);
    expect(values('Organisers put the crowd at 50,000.')).toEqual(['count:50000 peopl']);
    expect(values('It happened in 2012. Anniversaries matter.')).toEqual(['year:2012']);
  });

  it('reads a day before a dated one as that month’s ("between 3 and 5 April"), and a dotted date as a day, not a time ("from 10.11.2026")', () => {
    expect(values('Flights are cancelled between 3 and 5 April.')).toEqual(['date:????-04-03', 'date:????-04-05']);
    expect(values('It takes 3 to 5 days.')).toEqual(['count:3–5 dai']);
    expect(values('The rule applies from 10.11.2026 on.')).toEqual(['date:2026-11-10']);
    expect(values('The train ran from 10.30 onwards.')).toEqual(['time:10:30']);
  });

  it('steps over an adverb made from an adjective to the counted noun ("3,000 mostly elderly victims", "340 severely malnourished children")', () => {
    expect(values('It took money from around 3,000 mostly elderly victims.')).toEqual(['count:3000 victim']);
    expect(values('It admitted 340 severely malnourished children.')).toEqual(['count:340 children']);
  });

  it('reads no figure inside an identifier ("NLX-2026-0412"), only around it', () => {
    expect(values('The flaw, tracked as NLX-2026-0412, affects 4.2 million routers sold since 2022.')).toEqual([
      'count:4200000 router',
      'year:2022',
    ]);
  });

  it('reads a score between two sides as a tally ("Ostvik 1-3 Brannfors"), and a translation’s bracketed match minute ("(40.)")', () => {
    expect(values('FULL TIME: Ostvik 1-3 Brannfors')).toEqual(['tally:1-3']);
    expect(values('About 30-40 Americans were there.')).toEqual(['count:30–40 american']);
    expect(values('Ostvik led through a goal of Diego Santos (40.), but after the red card against Kell (61.) it turned.')).toEqual([
      'count:40 nth minut',
      'count:61 nth minut',
    ]);
    expect(values('See chapter (3.) of the report.')).toEqual([]);
  });

  it('reads a score written with a colon ("the 0:3") and a rank written noun first ("on rank 16"), not a time of day', () => {
    expect(values('After the 0:3 against Port Ellis, Dravik is only on rank 16.')).toEqual(['tally:0-3', 'count:16 nth']);
    expect(values('They climbed to place 5 after the 2:1 win.')).toEqual(['count:5 nth', 'tally:2-1']);
    expect(values('The train left at 10:30.')).toEqual(['time:10:30']);
  });

  it('reads "half of" as a share with its qualifier ("about half of its electricity", "fewer than half of voters"), not a period ("the first half of the year")', () => {
    expect(findFigures('It generates about half of its electricity from gas.')).toMatchObject([
      { kind: 'percent', amount: 50, text: 'about half', qualifier: 'about' },
    ]);
    expect(findFigures('Fewer than half of voters support it.')[0]).toMatchObject({ amount: 50, qualifier: 'fewer than' });
    expect(findFigures('Profits rose in the first half of the year.')).toEqual([]);
    expect(findFigures('Rates rose by half of a percentage point.').map((f) => f.kind)).not.toContain('percent');
  });

  it('reads any number of thirds, quarters, fifths or tenths as a share ("two-fifths", "three-quarters of")', () => {
    expect(values('A spring drought cut production by roughly two-fifths.')).toEqual(['percent:40%']);
    expect(values('Three-quarters of the budget went on wages.')).toEqual(['percent:75%']);
    expect(values('Seven tenths of the land is forest.')).toEqual(['percent:70%']);
    expect(values('The economy shrank for two quarters.')).not.toContain('percent:50%');
  });

  it('reads "a fifth longer", "up by a fifth" and "a quarter of residents" as shares, not "a third time" or "a quarter of an hour"', () => {
    expect(values('The battery lasts a fifth longer.')).toEqual(['percent:20%']);
    expect(values('Battery life is up by a fifth, thanks to a bigger cell.')).toEqual(['percent:20%']);
    expect(values('A quarter of residents left.')).toEqual(['percent:25%']);
    expect(values('They won for a third time with a quarter of an hour left.')).toEqual(['count:3 nth time']);
    // An ordinal ending its clause ("gave them a third") is a share only after a measuring word.
    expect(values('The vote finally gave them a third.')).toEqual([]);
    expect(values('Turnout fell to a third.')).toEqual(['percent:33.3%']);
    expect(values('Economists expected an increase of a quarter of a percentage point.')).toEqual(['count:0.25 percentage point']);
    expect(values('Economists expected an increase of a quarter of point.')).toEqual([]);
  });

  it('scales a decimal without floating-point error ("$4.1 million" is "$4,100,000", not 4,099,999.9999999995)', () => {
    expect(values('It cost $4.1 million.')).toEqual(values('It cost $4,100,000.'));
    expect(values('About 4.1 million people face hunger.')).toEqual(['count:4100000 peopl']);
  });

  it('counts people before a verb that could be a noun ("people face hunger", "children die"), and officers in "3,000 police officers"', () => {
    expect(values('About 4,100,000 people face hunger.')).toEqual(['count:4100000 peopl']);
    expect(values('About 12 children die each day.')).toEqual(['count:12 children']);
    expect(values('Some 3,000 police officers were deployed.')).toEqual(['count:3000 offic']);
  });

  it('reads an amount in cents as a hundredth of a currency the sentence does not name ("189 cents", "99¢"), not "per cent"', () => {
    expect(values('A litre cost 189 cents last week.')).toEqual(['money:¢ 1.89']);
    expect(values('It costs 99¢.')).toEqual(['money:¢ 0.99']);
    expect(values('Prices rose 5 per cent.')).toEqual(['percent:5%']);
    expect(values('A ticket goes up by 20 øre.')).toEqual(['money:¢ 0.2']);
    expect(values('Shares closed at 312 pence.')).toEqual(['money:GBP 3.12']);
    // British business copy's "212p", attached; "3p.m." is a time.
    expect(values('Shares fell to 212p.')).toEqual(['money:GBP 2.12']);
    expect(values('It started at 3p.m. on Monday.')).toEqual(['time:15:00', 'weekday:monday']);
  });

  it('reads a bare amount set against the sentence’s money as that money ("2.70 crowns, up from 2.50", "from 65 crowns to 70", "(currently 65)")', () => {
    expect(values('A ticket will cost 2.70 crowns, up from 2.50, and a pass will go up from 65 crowns to 70.')).toEqual([
      'money:KRONE 2.7',
      'money:KRONE 2.5',
      'money:KRONE 65',
      'money:KRONE 70',
    ]);
    expect(values('The price will climb from 2.50 to 2.70 crowns.')).toEqual(['money:KRONE 2.5', 'money:KRONE 2.7']);
    expect(values('A pass will cost 70 crowns (currently 65).')).toEqual(['money:KRONE 70', 'money:KRONE 65']);
    expect(values('A ticket costs 2.70 crowns, but the student single stays at 1.40.')).toEqual(['money:KRONE 2.7', 'money:KRONE 1.4']);
    expect(values('Shares closed at 312 pence, up from 298.')).toEqual(['money:GBP 3.12', 'money:GBP 2.98']);
    // A time may follow it; a noun may not.
    expect(values('The average home costs 312,400 krona, down from 319,100 a year earlier.')).toEqual([
      'money:KRONA 312400',
      'money:KRONA 319100',
    ]);
    expect(values('Sales rose to €5 million, up from 400 stores.')).toEqual(['money:EUR 5000000', 'count:400 store']);
  });

  it('leaves a bare number that is no price as it was: a share’s low end, a time, a count', () => {
    expect(values('The $5bn fund’s yield rose from 2.5 to 2.7 percent.')).toEqual(['money:USD 5000000000', 'percent:2.5%', 'percent:2.7%']);
    expect(values('The €3 museum opens at 10 on Monday.')).toEqual(['money:EUR 3', 'count:10', 'weekday:monday']);
    // Without money in the sentence the change stays two counts, and no tally is read inside the decimals ("50 to 2").
    expect(values('It rose from 2.50 to 2.70 after the vote.')).toEqual(['count:2.5', 'count:2.7']);
  });

  it('reads unit symbols of devices and power ("5,000mAh", "128GB"), a screen\'s inches as a length, and machine-translated "52 millions"', () => {
    expect(values('Its 5,000mAh battery and 128GB of storage')).toEqual(['count:5000 milliampere-hour', 'count:128 gigabyt']);
    expect(values('The battery of 5.000 mAh offers more.')).toEqual(['count:5000 milliampere-hour']);
    expect(values('a 6.4-inch screen and a 2.5-hour delay')).toEqual(['measure:0.163 metres', 'count:2.5 hour']);
    expect(values('The firm sold 40 millions of phones, in front of 52 millions in 2023.')).toEqual([
      'count:40000000 phone',
      'count:52000000',
      'year:2023',
    ]);
  });

  it('reads a power line\'s and a grid\'s unit symbols ("400kV", "7 kW", "12 TWh") as the units written out', () => {
    expect(values('a fault on the 400kV link')).toEqual(values('a fault on the 400-kilovolt line'));
    expect(values('a fault on the 400kV link')).toEqual(['count:400 kilovolt']);
    expect(values('a 7 kW charger and a 50 MWh battery')).toEqual(['count:7 kilowatt', 'count:50 megawatt-hour']);
    expect(values('It produced 12 TWh last year.')).toEqual(values('It produced 12 terawatt-hours last year.'));
  });

  it('reads an abbreviated month ("Sept. 19", "Dec 5, 2025") as a date, not the verb "mar"', () => {
    expect(values('It goes on sale on Sept. 19.')).toEqual(['date:????-09-19']);
    expect(values('It opened on Dec 5, 2025.')).toEqual(['date:2025-12-05']);
    expect(values('Injuries mar 3 games.')).not.toContain('date:????-03-03');
  });

  it('reads a year-like number before a plural noun as a count, and after "the" or "in" as a year', () => {
    expect(values('The firm will create 2000 jobs.')).toEqual(['count:2000 job']);
    expect(values('He lost the 2000 elections and left in 2004.')).toEqual(['year:2000', 'year:2004']);
    // A possessive dates what it owns: "his 2024 articles", "Zambara's 2021 elections".
    expect(values('He failed to prove the claims in his 2024 articles.')).toEqual(['year:2024']);
    expect(values("Zambara's 2021 elections were disputed.")).toEqual(['year:2021']);
  });

  it('reads an earthquake’s magnitude however it is written, not as a count of earthquakes', () => {
    for (const text of [
      'A magnitude 5.8 earthquake struck.',
      'An earthquake of magnitude 5.8 hit.',
      'The 5.8-magnitude quake struck.',
      'The US Geological Survey put its magnitude at 5.8.',
    ])
      expect(values(text)).toEqual(['count:5.8 magnitud']);
    expect(values('It measured 6.1 on the Richter scale.')).toEqual(['count:6.1 magnitud']);
  });

  it('reads a level on a scale however it is written ("four on its five-point scale", "4 out of 5", "4 of 5 levels") as one rating', () => {
    for (const text of [
      'The institute rated the danger at four on its five-point scale.',
      'The danger level in the area was 4 out of 5 at the time.',
      'The avalanche warning level was by 4 of 5 levels.',
      'The risk was put at 4 on a scale of 1 to 5.',
    ])
      expect(values(text)).toEqual(['count:4 of 5']);
    expect(values('The film gets three out of five stars.')).toEqual(['count:3 of 5']);
  });

  it('keeps a share ("four out of five doctors") and a part of a group ("3 of 5 towns") as they were, whatever word came before', () => {
    expect(values('Four out of five doctors agree.')).toEqual(['percent:80%']);
    expect(values('The risk of flooding rose in 3 of 5 towns.')).toEqual(['count:3 town']);
    expect(values('The danger was highest for 4 out of 5 climbers.')).toEqual(['percent:80%']);
  });

  it('reads both ends of a range of money or percentages however the low end is written ("between 400 million and 450 million euros", "400-450 million euros", "60-65%")', () => {
    expect(values('It expects between 400 million and 450 million euros.')).toEqual(['money:EUR 400000000', 'money:EUR 450000000']);
    expect(values('It now sees 400-450 million euros.')).toEqual(['money:EUR 400000000', 'money:EUR 450000000']);
    expect(values('It costs 20-30 euros.')).toEqual(['money:EUR 20', 'money:EUR 30']);
    expect(values('Turnout was 60-65%.')).toEqual(['percent:60%', 'percent:65%']);
    // A live blog's stamp before an amount is no low end.
    expect(values('10:15 – 4,500 people have been evacuated.')).toEqual(['count:4500 peopl']);
  });

  it('reads a scaled number set against the sentence’s money as that money ("instead of previously 600 millions")', () => {
    expect(values('It expects 450 millions euro instead of previously 600 millions.')).toEqual([
      'money:EUR 450000000',
      'money:EUR 600000000',
    ]);
    expect(values('Sales rose to 5.42 million, driven by exports.')).toEqual(['count:5420000']);
  });

  it('reads a translation’s plural scale ("three billions euros", "two millions of visitors") as the amount', () => {
    expect(values('The investment could amount to approximately three billions euros.')).toEqual(['money:EUR 3000000000']);
    expect(values('It receives each year around two millions of visitors.')).toEqual(['count:2000000 visitor']);
  });

  it('reads an age limit as an age, not a span of years ("pupils under 15", "up to the age of 15", "adults of more than 60 years")', () => {
    const ages = (text: string) => findFigures(text).map((f) => `${f.value}:${f.age ?? '-'}`);
    expect(ages('The law bans pupils under 15 from using phones.')).toEqual(['15 year:limit']);
    expect(ages('It applies to all pupils up to the age of 15.')).toEqual(['15 year:limit']);
    expect(ages('Under the bill, a patient must be over 18.')).toEqual(['18 year:limit']);
    expect(ages('a study of adults of more than 60 years')).toEqual(['60 year:limit']);
    expect(ages('It gives 16- and 17-year-olds the vote.')).toEqual(['16 year:person', '17 year:person']);
    expect(ages('I have taught maths for 22 years.')).toEqual(['22 year:-']);
    expect(ages('The vote passed with more than 60 votes.')).toEqual(['60 vote:-']);
    // "aged 65 and over", a translation's "aged of 56 years and more": everyone older too.
    expect(ages('The vaccine is free to everyone aged 65 and over.')).toEqual(['65 year:limit']);
    expect(ages('It is offered to all the persons aged of 56 years and more.')).toEqual(['56 year:limit']);
  });

  it('reads a count right after "aged" as an age, never a toll ("A man aged 65 died", "Three people aged over 80 died")', () => {
    const read = (text: string) => findFigures(text).map((f) => `${f.value}:${f.age ?? f.harm ?? '-'}`);
    expect(read('A man aged 65 died.')).toEqual(['65 year:person']);
    // A list of ages after it ("aged 24, 27 and 31"): each is an age.
    expect(read('The activists, aged 24, 27 and 31, are the first to be jailed.')).toEqual([
      '24 year:person',
      '27 year:person',
      '31 year:person',
    ]);
    // So are both ends of "aged between 29 and 52".
    expect(read('The dead were all aged between 29 and 52.')).toEqual(['29 year:person', '52 year:person']);
    // So are two ("two brothers aged 38 and 41"), the first as much as the second.
    expect(read('The ringleaders, two brothers aged 38 and 41, were arrested.')).toEqual([
      '2 brother:-',
      '38 year:person',
      '41 year:person',
    ]);
    expect(read('Three people aged over 80 died.')).toEqual(['3 peopl:-', '80 year:limit']);
    // "most of them over 70", "the dead were over 70": the people's age.
    expect(read('At least 19 people have died, most of them over 70.')).toEqual(['19 peopl:dead', '70 year:limit']);
    expect(read('Most of the dead were over 70.')).toEqual(['70 year:limit']);
    // "since he was 17", a translation's "since he had 17 years": his age, not a count of 17.
    expect(read('I have followed Luka since he was 17.')).toEqual(['17 year:person']);
    // "The youngest was 16": the youngest person's age.
    expect(read('Eight people died. The youngest was 16.')).toEqual(['8 peopl:dead', '16 year:person']);
    expect(read('I follow Luka since he had 17 years.')).toEqual(['17 year:person']);
    expect(read('He was 17 minutes late.')).toEqual(['17 minut:-']);
    expect(read('She has 30 years of experience.')).toEqual(['30 year:-']);
  });

  it('reads thousands grouped by spaces ("40 000 tons", as French copy writes them) as one number', () => {
    expect(values('an annual quota of 40 000 tons of cod')).toEqual(['measure:40000000 kilograms']);
    expect(values('Veska will pay 120\u00a0000\u00a0000 euros')).toEqual(['money:EUR 120000000']);
    expect(values('About 2 500 people marched, up from 1 200.')).toEqual(['count:2500 peopl', 'count:1200']);
  });

  it('keeps a year and the number after it apart ("In 2019 150 people died")', () => {
    expect(values('In 2019 150 people died.')).toEqual(['year:2019', 'count:150 peopl']);
  });

  it('reads a comma before one or two digits as a decimal comma ("3,5 percent", as machine translations keep it)', () => {
    expect(values('The share fell 3,5 percent.')).toEqual(['percent:3.5%']);
    expect(values('It costs 2,5 billion euros.')).toEqual(['money:EUR 2500000000']);
    expect(values('A 5,8-magnitude quake struck.')).toEqual(['count:5.8 magnitud']);
    expect(values('up from 1,250 pounds')).toEqual(['money:GBP 1250']);
  });

  it('reads "1.300 billion dollars" before a scale word as 1,300 billion, as a translation groups thousands', () => {
    expect(values('The countries claimed 1.300 billion dollars per year.')).toEqual(['money:USD 1300000000000']);
    expect(values('It raised $1.25 billion and then 1.250 billion more.')).toEqual(['money:USD 1250000000', 'count:1250000000']);
  });

  it('reads a whole and a half ("3 and a half hours", "2½ hours", "two and a half million people") as one count', () => {
    expect(values('The flight lasted 3 and a half hours.')).toEqual(['count:3.5 hour']);
    expect(values('He got three and a half years; she got 2½ years.')).toEqual(['count:3.5 year', 'count:2.5 year']);
    expect(values('Two and a half million people fled.')).toEqual(['count:2500000 peopl']);
    // Money is left to the money reader, not hidden under a count of dollars.
    expect(values('It cost two and a half million dollars.')).not.toContainEqual(expect.stringMatching(/^count:/));
  });

  it('reads a translation’s "141 against 38 voices" as a tally, but not "from 10 to 12 votes"', () => {
    expect(values('They voted with 141 against 38 voices for the law.')).toEqual(['tally:141-38']);
    expect(values('It rose from 10 to 12 votes.')).not.toContainEqual(expect.stringMatching(/^tally:/));
  });

  it('counts nothing in a conjunction after a number ("children aged 11 to 15 now vape")', () => {
    expect(values('Children aged 11 to 15 now vape regularly.')).not.toContainEqual(expect.stringMatching(/^count:15 /));
    // Nor the verb after the top of a range of ages, which the lexicon does not know.
    expect(values('Children aged 11 to 15 vape regularly.')).toEqual(['count:11', 'count:15']);
  });

  it('reads a translation’s plural scale and "crowns" as money ("1,2 billions crowns", "600 millions crowns")', () => {
    expect(values('a fine of 1,2 billions crowns')).toEqual(['money:KRONE 1200000000']);
    expect(values('The record was 600 millions crowns.')).toEqual(['money:KRONE 600000000']);
  });

  it('steps over an adjective the lexicon lacks ("48,000 suspicious transactions" counts transactions)', () => {
    expect(values('It missed about 48,000 suspicious transactions.')).toEqual(['count:48000 transact']);
  });

  it('counts the last noun of "300 clay amphorae" (a Latin plural) and steps over "-ical" adjectives ("one nautical mile")', () => {
    expect(values('It holds more than 300 clay amphorae.')).toEqual(['count:300 amphora']);
    expect(values('It carries more of 300 amphoras of clay.')).toEqual(['count:300 amphora']);
    expect(values('Diving is banned within one nautical mile.')).toEqual(['count:1 mile']);
  });

  it('reads dates written "25.11.2026", "2026-11-25" and "the 3rd of March"', () => {
    expect(values('It happened on 25.11.2026 in Hald.')).toEqual(['date:2026-11-25']);
    expect(values('On 2026-11-25 it rained.')).toEqual(['date:2026-11-25']);
    expect(values('It happened on the 3rd of March.')).toEqual(['date:????-03-03']);
  });

  it('reads a time of day ("10.30 a.m.", "9pm", "14.00 GMT") as a time, never a count', () => {
    expect(values('The vote is at 10.30 a.m. with 45 members.')).toEqual(['time:10:30', 'count:45 member']);
    expect(values('At 9pm, 30 people left; by 14.00 GMT 1,200 had gone.')).toEqual([
      'time:21:00',
      'count:30 peopl',
      'time:14:00',
      'count:1200',
    ]);
  });

  it('reads "12.000 people" as twelve thousand (German thousands), even right after a place name', () => {
    expect(values('In the harbour city Norvik 12.000 people had to leave.')).toEqual(['count:12000 peopl']);
    expect(values('The river reached 6.2 metres.')).toEqual(['measure:6.2 metres']);
    expect(values('Flight 370 vanished.')).toEqual([]);
    expect(values('Flight VA 412 to Porto Lune declared an emergency.')).toEqual([]);
    expect(values('One of its engines caught fire.')).toEqual([]);
  });

  it('reads "140mm" and "140 millimetres" as one measurement, and a bare "6.2m" as neither metres nor millions', () => {
    expect(values('Torrential rain - 140mm in two days.')).toEqual(['measure:0.14 metres', 'count:2 dai']);
    expect(values('after 140 millimetres of rain')).toEqual(['measure:0.14 metres']);
    expect(values('The river reached a peak of 6.2m on Wednesday.')).toEqual(['weekday:wednesday']);
    expect(values('It hired 6.2m people.')).toEqual(['count:6200000 peopl']);
  });

  it('reads "a fortnight" as two weeks', () => {
    expect(values('The crews were held for a fortnight.')).toEqual(['count:2 week']);
  });

  it('reads a bare "58 to 51" as a tally in a sentence about a vote, and "58 voices against 51" as machine translations write it', () => {
    expect(values('Lawmakers passed the budget late on Wednesday, 58 to 51, as the opposition protested.')).toEqual([
      'weekday:wednesday',
      'tally:58-51',
    ]);
    expect(values('The parliament approved it with 58 voices against 51.')).toEqual(['tally:58-51']);
    expect(values('The council voted to raise fares from 10 to 12 percent.')).toEqual(['percent:10%', 'percent:12%']);
    expect(values('The shop is open 9 to 5 on weekdays, 30 to 40 people a day.')).not.toContain('tally:30-40');
  });

  it('reads a match score written "2 to 1", as translations write it, and keeps units out ("aged 2 to 10 years")', () => {
    expect(values('Orsana beat Dravik for 2 to 1 at the stadium of Varenna.')).toEqual(['tally:2-1']);
    expect(values('The Real Orsana conquers the Cup: 2 to 1 against the Dravik')).toEqual(['tally:2-1']);
    expect(values('The match was for children aged 2 to 10 years.')).not.toContain('tally:2-10');
  });

  it('reads "the 34th minute", "an 89th-minute goal" and a match report’s "34\'" as the same minute, but no century', () => {
    expect(values('Da Costa scored in the 34th minute.')).toEqual(['count:34 nth minut']);
    expect(values('an 89th-minute goal from the substitute')).toEqual(['count:89 nth minut']);
    expect(values("It opened the score at the 34', Brenner equalized at the 61'.")).toEqual(['count:34 nth minut', 'count:61 nth minut']);
    expect(values("90+3' Red card")).toEqual(['count:93 nth minut']);
    expect(values('on the 12th day of the strike')).toEqual(['count:12 nth dai']);
    expect(values('a church built in the 16th century')).toEqual([]);
    expect(values('He came on in the 80th minute, nine minutes before the end.')).toEqual(['count:80 nth minut', 'count:9 minut']);
    expect(values("the '90s were loud")).toEqual(['year:1990s']);
  });

  it('counts no noun after a headline’s capitalised preposition ("Raises Retirement Age to 67 Despite Protests")', () => {
    expect(values('Kessenland Raises Retirement Age to 67 Despite Protests')).toEqual(['count:67']);
    // A capitalised name still qualifies the noun it comes before.
    expect(values('It recalled 212,000 Lyra vehicles.')).toEqual(['count:212000 vehicl']);
  });

  it('reads a translation’s bare thousands grouped by full stops ("the organisers spoke of 300.000"), not a decimal', () => {
    expect(values('The police counted 120.000, the organisers spoke of 300.000.')).toEqual(['count:120000', 'count:300000']);
  });

  it('reads no span in a game clock’s countdown ("with 20 minutes left", "ten seconds to go")', () => {
    expect(values('Novak was shown a second yellow card with 20 minutes left.')).toEqual([]);
    expect(values('He scored with ten seconds to go.')).toEqual([]);
    // A span is still one.
    expect(values('He played for 20 minutes.')).toEqual(['count:20 minut']);
  });

  it('places the noun after an adjective, not the adjective ("the 13th European country", "the 5th largest economy")', () => {
    expect(values('It is the 13th European country to do so.')).toEqual(['count:13 nth countri']);
    expect(values('It is the 5th largest economy.')).toEqual(['count:5 nth economi']);
    expect(findFigures('It is the 13th European country to do so.')[0]?.text).toBe('13th European country');
  });

  it('reads a place in a ranking ("sit 19th in the table", "the 19th place") as one rank, but no day of the month', () => {
    expect(values('The club now sit 19th in the table.')).toEqual(['count:19 nth']);
    expect(values('The club are 19th after a 4-0 home loss.')).toEqual(['count:19 nth', 'tally:4-0']);
    expect(values('The team occupies the 19th place of the classification.')).toEqual(['count:19 nth']);
    expect(values('Talks resume on the 19th.')).toEqual([]);
    expect(values('He celebrated his 19th birthday.')).toEqual(['count:19 nth birthdai']);
    // Out of a total ("112th of 180 countries"), not of a month ("due on 3rd of March").
    expect(values('Vendra ranks 112th of 180 countries in the index.')).toEqual(['count:112 nth', 'count:180 countri']);
    expect(values('The payment is due on 3rd of March.')).not.toContain('count:3 nth');
  });

  it('reads a scaled number set against a sentence’s money as that money again ("below the 3.01 billion analysts had expected")', () => {
    expect(values('Revenue fell to 2.95 billion euros, slightly below the 3.01 billion analysts had expected.')).toEqual([
      'money:EUR 2950000000',
      'money:EUR 3010000000',
    ]);
    expect(values('Profit rose to $3 million, up from 1.2 million a year earlier.')).toEqual(['money:USD 3000000', 'money:USD 1200000']);
    expect(values('The $340 million project is near 1.2 million residents.')).toEqual(['money:USD 340000000', 'count:1200000 peopl']);
  });

  it('reads "115 degrees Fahrenheit" and a translation’s "46,3 degrees" as temperatures, not counts of degrees, with a loose one qualified', () => {
    expect(values('The mercury climbed to 115 degrees Fahrenheit; the thermometer marked 46,3 degrees.')).toEqual([
      'temperature:46.1C',
      'temperature:46.3C',
    ]);
    expect(findFigures('Temperatures will drop to around 35C.')[0]).toMatchObject({
      kind: 'temperature',
      qualifier: 'around',
      text: 'around 35C',
    });
  });

  it('reads no range across a live blog’s stamp ("10:15 – 4,500 people")', () => {
    expect(values('10:15 – 4,500 people have been evacuated.')).toEqual(['count:4500 peopl']);
  });

  it('reads distances, areas, speeds and weights in one unit each, however a report writes them', () => {
    expect(values('It burned 12,000 hectares (29,650 acres), or 12 thousand hectares, or 12,000 ha.')).toEqual([
      'measure:12000 hectares',
      'measure:12000 hectares',
      'measure:12000 hectares',
      'measure:12000 hectares',
    ]);
    expect(values('Gusts of 90 km/h (56 mph), 56 miles per hour, 48 knots.')).toEqual([
      'measure:90 km/h',
      'measure:90.1 km/h',
      'measure:90.1 km/h',
      'measure:88.9 km/h',
    ]);
    expect(values('within 180,000 km, 180.000 kilometres or 112,000 miles; 2.5 tonnes')).toEqual([
      'measure:180000000 metres',
      'measure:180000000 metres',
      'measure:180000000 metres',
      'measure:2500 kilograms',
    ]);
    expect(findFigures('It scorched nearly 30,000 acres.')[0]).toMatchObject({
      kind: 'measure',
      qualifier: 'nearly',
      text: 'nearly 30,000 acres',
    });
  });

  it('reads an age in brackets after a name ("Lyra Vance (38)") and at a life event ("retirement from touring at 38", "died at 81"), not a price ("closed at 38")', () => {
    expect(findFigures('The singer Lyra Vance (38) will stop.')[0]).toMatchObject({
      kind: 'count',
      amount: 38,
      unit: 'year',
      text: '(38)',
    });
    expect(findFigures('Lyra Vance announces retirement from touring at 38')[0]).toMatchObject({ unit: 'year', text: 'at 38' });
    expect(findFigures('He died at 81.')[0]).toMatchObject({ unit: 'year', text: 'at 81' });
    expect(findFigures('Shares closed at 38.')[0]).toMatchObject({ amount: 38, text: '38' });
    expect(findFigures('Shares closed at 38.')[0]?.unit).toBeUndefined();
  });

  it('reads a translation\'s "the athlete of 26 years" as an age, its text starting at the person, but not "a sentence of 10 years"', () => {
    expect(findFigures('The athlete of 26 years was banned.')[0]).toMatchObject({ kind: 'count', amount: 26, text: 'athlete of 26 years' });
    expect(findFigures('He got a sentence of 10 years.')[0]).toMatchObject({ kind: 'count', amount: 10, text: '10 years' });
  });

  it('reads the number after "one of" ("one of ten Dorvani nationals") and a part of a group by the group\'s noun ("Three of the nine committee members")', () => {
    expect(values('Solberg was one of ten Dorvani nationals.')).toEqual(['count:10 nation']);
    expect(findFigures('Three of the nine committee members resigned.')[0]).toMatchObject({
      kind: 'count',
      amount: 3,
      text: 'Three of the nine committee members',
    });
    // Without the group's number: a part of two or more ("one of the victims" singles one out),
    // and not of a possessive's group, whose owner nothing here resolves.
    expect(values('Two of the dead were motorists, and two of the men were arrested.')).toEqual(['count:2 peopl', 'count:2 men']);
    expect(values('One of the victims was a child.')).toEqual([]);
    expect(values('Keshet received sixteen of its citizens.')).toEqual([]);
    // A group counted back ("of the past ten years", "of the last five governments") is counted so too.
    expect(values('Norvair has lost money in six of the past ten years.')).toEqual(['count:6 year']);
    expect(values('Three of the last five governments fell.')).toEqual(['count:3 govern']);
  });

  it('reads a change in a rate in percentage points, a basis point a hundredth of one ("25 basis points", "0,25 percentage points", "a quarter of a percentage point")', () => {
    const points = (text: string) => values(text).filter((v) => v.includes('percentage point'));
    expect(points('The bank cut its rate by 25 basis points to 3.25 per cent.')).toEqual(['count:0.25 percentage point']);
    expect(points('It lowered the rate by 0,25 percentage points.')).toEqual(['count:0.25 percentage point']);
    expect(points('It cut by a quarter of a percentage point.')).toEqual(['count:0.25 percentage point']);
    expect(points('Unemployment fell by half a percentage point, after a 50bps cut.')).toEqual([
      'count:0.5 percentage point',
      'count:0.5 percentage point',
    ]);
    expect(values('The team has 12 points.')).toEqual(['count:12 point']);
  });

  it('counts a part of a numbered group by the group\'s noun with a possessive or no article ("220 of their 900 branches", "220 of 900 filials"), not "one of 31 people"', () => {
    expect(values('The banks will close about 220 of their 900 branches.')).toEqual(['count:220 branch']);
    expect(values('220 of 900 filials should disappear.')).toEqual(['count:220 filial']);
    expect(values('Her son is one of 31 people in hospital.')).toEqual(['count:31 peopl']);
  });

  it('counts a part of a group a named owner holds by the group\'s noun ("three of the country\'s ten provinces", "four of Zambara\'s ten provinces")', () => {
    expect(values("Observers raised concerns about counting in three of the country's ten provinces.")).toEqual(['count:3 provinc']);
    expect(values("Four of Zambara's ten provinces voted.")).toEqual(['count:4 provinc']);
    expect(values("Two of the company's workers were hired.")).toEqual(['count:2 worker']);
    // The group's number with its thousands grouped ("about 300 of the country's 12,000 polling stations").
    expect(values("Observers found irregularities at about 300 of the country's 12,000 polling stations.")).toEqual(['count:300 station']);
  });

  it('reads a scale with no noun after it as part of the number ("to 5.42 million, driven by"), not as what is counted', () => {
    expect(values('The population rose to 5.42 million, driven by immigration.')).toEqual(['count:5420000']);
    expect(values('The population of Orveto reaches 5,42 millions')).toEqual(['count:5420000']);
    expect(values('It has 1.18 million inhabitants.')).toEqual(['count:1180000 peopl']);
  });

  it('marks a span of time that says by how much another changes ("six months longer"), keeping the word in its text', () => {
    expect(findFigures('Conscripts will serve six months longer.')[0]).toMatchObject({
      amount: 6,
      unit: 'month',
      text: 'six months longer',
      change: true,
    });
    expect(findFigures('Conscripts will serve 18 months.')[0]).not.toHaveProperty('change');
  });

  it('marks a span after a verb that changes another span and "by" as a change ("extended military service by six months")', () => {
    expect(findFigures('Military service will be extended by six months.')[0]).toMatchObject({ amount: 6, unit: 'month', change: true });
    expect(findFigures('The sentence was cut by about two years.')[0]).toMatchObject({ amount: 2, unit: 'year', change: true });
    // A span no verb of change comes before stays a span.
    expect(findFigures('The trial lasted two years.')[0]).not.toHaveProperty('change');
  });

  it('keeps "ago" in the text of a time it dates ("30 years ago")', () => {
    expect(findFigures('The bridge opened 30 years ago.')[0]).toMatchObject({ kind: 'count', amount: 30, text: '30 years ago' });
  });

  it('reads an age set off as a phrase ("At 19,", "aged 87", a translation\'s "With 19 years,") as years, the preposition in its text', () => {
    expect(findFigures('At 19, Roic is the youngest world champion.')[0]).toMatchObject({ amount: 19, unit: 'year', text: 'At 19' });
    expect(findFigures('Marta Solvik, who has died aged 87, never read music.')[0]).toMatchObject({
      amount: 87,
      unit: 'year',
      text: 'aged 87',
    });
    expect(findFigures('Danner, of 34 years, congratulated her.')[0]).toMatchObject({ amount: 34, unit: 'year', text: 'of 34 years' });
    // A person word the lexicon lacks, by its agent ending, as "the athlete of 26 years" is read.
    expect(findFigures('A hiker of 27 years, missing for nine days, was found.')[0]).toMatchObject({
      amount: 27,
      text: 'hiker of 27 years',
    });
    // Not a level reached: "stood at 34, up from 30" states amounts.
    expect(findFigures('Unemployment stood at 34, up from 30.')[0]).toMatchObject({ amount: 34, text: '34' });
  });

  it('keeps "other" before a count in its text ("the bloc\'s other five members"), as in "12 other countries": the count is a part of a whole', () => {
    expect(findFigures("Goods go to the bloc's other five members.")[0]).toMatchObject({
      amount: 5,
      unit: 'member',
      text: 'other five members',
    });
    expect(findFigures('The bloc has six members.')[0]).toMatchObject({ text: 'six members' });
  });

  it('reads a translation\'s age after a people\'s name that follows the noun ("a humanitarian worker Vardish of 43 years")', () => {
    expect(findFigures('Estmar freed Lena Dahl, a humanitarian worker Vardish of 43 years.')[0]).toMatchObject({
      amount: 43,
      age: 'person',
      text: 'worker Vardish of 43 years',
    });
    // A capitalised word that names no people leaves the years a span.
    expect(findFigures('The Treaty Office Kelda of 43 years closed.')[0]!.age).toBeUndefined();
  });

  it('reads a translation\'s age in apposition after a name, whatever ends it ("Mrs Dahl, 54 years.")', () => {
    expect(findFigures('"It belongs to all of you", has declared Mrs Dahl, 54 years.')[0]).toMatchObject({
      amount: 54,
      age: 'person',
      text: 'Dahl, 54 years',
    });
    expect(findFigures('Arnes, 34 years, is the favourite.')[0]).toMatchObject({ age: 'person', text: 'Arnes, 34 years' });
    expect(findFigures('In March, 54 years after the war, peace came.')[1]).not.toHaveProperty('age');
  });

  it('reads the nouns a translation counts with as the ones English counts ("112 of the 400 voices" are votes, "41 replicas" aftershocks)', () => {
    expect(values('Mrs Dahl has obtained 112 of the 400 voices.')).toEqual(['count:112 vote']);
    expect(values('The earthquake was followed of at least 41 replicas.')).toEqual(['count:41 aftershock']);
  });

  it('keeps "old" in an age\'s text ("the director, 34 years old")', () => {
    expect(findFigures('declared the director, 34 years old.')[0]).toMatchObject({ kind: 'count', amount: 34, text: '34 years old' });
  });
});

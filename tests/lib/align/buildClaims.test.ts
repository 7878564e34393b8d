import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../src/lib/align/buildClaims.ts';
import { extractFacts } from '../../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';

const story = (bodies: string[]) => {
  const articles = bodies.map((body, n) => segmentArticle({ id: `a${n}`, language: 'en', body }));
  return extractFacts(articles);
};
const claimOf = (bodies: string[]) => {
  const { sentences, people } = story(bodies);
  const group = { members: sentences.map((_, k) => ({ sentence: k, confidence: 0.8, secondary: false })) };
  return buildClaims([group], sentences, people)[0]!;
};

describe('buildClaims', () => {
  it('calls a claim a figure when most of its accounts state the figure', () => {
    const claim = claimOf([
      'The bridge will cost 48 million euros.',
      'Building the bridge will cost €48 million.',
      'The council approved the bridge.',
    ]);
    expect(claim.kind).toBe('figure');
  });

  it('calls a claim a figure when its accounts give a temperature or a measurement, in whatever unit', () => {
    expect(claimOf(['Orvasa hit 46.3C on Tuesday.', 'The mercury climbed to 115 degrees Fahrenheit in Orvasa.']).kind).toBe('figure');
    expect(claimOf(['The fire burned 12,000 hectares.', 'The fire scorched nearly 30,000 acres.']).kind).toBe('figure');
  });

  it('calls it a statement when only a few accounts name a figure in passing', () => {
    const claim = claimOf([
      'A court suspended the permit for a $340 million copper mine on Tuesday.',
      'The judge halted the copper mine on Tuesday.',
      'A judge blocked the planned copper mine on Tuesday.',
      'A court has suspended the permission of a copper mine of $340 million.',
      'The court froze the copper project on Tuesday.',
    ]);
    expect(claim.kind).toBe('statement');
  });

  it('needs the accounts to state a comparable figure, not just any number', () => {
    const sides = claimOf([
      'Talks between the two sides collapsed on Friday.',
      'The negotiations between the two parts failed on Friday.',
      'Talks broke down on Friday.',
    ]);
    expect(sides.kind).toBe('statement');
    const amounts = claimOf(['The deal cost £700 million.', 'Rwanda seeks £50 million from the deal.', 'The deal was scrapped.']);
    expect(amounts.kind).toBe('figure');
    const people = claimOf([
      'The camp will house as many as 30,000 individuals.',
      'The camp housed up to 30,000 people.',
      'He ordered the camp expanded.',
    ]);
    expect(people.kind).toBe('figure');
  });

  it('titles two claims led by one sentence (a lede reporting both) with different wordings', () => {
    const { sentences, people } = story([
      'Tarvic is recalling 212,000 cars because a faulty sensor can stop the airbag from deploying.',
      'Tarvic has recalled 212,000 cars.\n\nThe defect may prevent the airbag from deploying.',
    ]);
    const at = (text: string) => sentences.findIndex((s) => s.text.startsWith(text));
    const member = (k: number, confidence: number) => ({ sentence: k, confidence, secondary: false });
    const recall = { members: [member(at('Tarvic is'), 1), member(at('Tarvic has'), 0.9)] };
    const defect = { members: [member(at('Tarvic is'), 1), member(at('The defect'), 0.8)] };
    const titles = buildClaims([recall, defect], sentences, people).map((c) => c.title);
    expect(titles[0]).toMatch(/^Tarvic is recalling/);
    expect(titles[1]).toBe('The defect may prevent the airbag from deploying.');
  });

  it('titles a claim from an article’s text rather than its headline when both are as sure', () => {
    const claim = claimOf(['# Bridge approved\n\nThe council approved the harbour bridge on Monday.', '# Council backs bridge']);
    expect(claim.title).toBe('The council approved the harbour bridge on Monday.');
  });

  it('titles a quotation claim by its quoted words when the surest account reports it without quoting', () => {
    const { sentences, people } = story([
      'The leader of the No campaign, Bruno Fierro, conceded defeat. "We lost, and we accept it," he said.',
      'No campaign leader Bruno Fierro concedes: "We lost, and we accept it."',
    ]);
    const claim = {
      members: [
        { sentence: 0, confidence: 1, secondary: false },
        { sentence: 1, confidence: 0.9, secondary: false },
        { sentence: 2, confidence: 0.9, secondary: false },
      ],
    };
    expect(buildClaims([claim], sentences, people)[0]!.title).toBe('Bruno Fierro: “We lost, and we accept it”');
  });

  it('names in a quotation’s title the speaker its own sentence gives when the articles agree on none', () => {
    const claim = claimOf([
      'Halmia’s foreign ministry said the crews would be dealt with “according to Halmian law”.',
      'Halmia’s government said the boats would be dealt with “according to Halmian law”.',
      'The crews will be dealt with “according to Halmian law”.',
    ]);
    expect(claim.title).toBe('Halmia’s foreign ministry: “according to Halmian law”');
    expect(claim.speaker).toBeUndefined();
  });

  it('titles a claim found through one sentence by that sentence, not by another claim’s sentence stating the same amount', () => {
    const { sentences, people } = story([
      'The ship lies at a depth of 42 metres and holds more than 300 clay amphorae.',
      'Her team has so far counted more than 300 amphorae.',
    ]);
    const amount = {
      members: [
        { sentence: 0, confidence: 1, secondary: true },
        { sentence: 1, confidence: 0.3, secondary: false },
      ],
    };
    expect(buildClaims([amount], sentences, people)[0]!.title).toBe('Her team has so far counted more than 300 amphorae.');
    // A claim found through two sentences or more is titled by its most confident account.
    const found = { members: amount.members.map((m) => ({ ...m, secondary: false })) };
    expect(buildClaims([found], sentences, people)[0]!.title).toContain('depth of 42 metres');
  });

  it('keeps a figure claim’s figure in its title, verbatim', () => {
    const long =
      'After taking office, the new prime minister officially cancelled the agreement with the neighbouring country, saying it had cost the treasury around £700 million.';
    const claim = claimOf([long, 'The agreement cost £700 million, the government said.']);
    expect(claim.title).toContain('£700 million');
    expect(long).toContain(claim.title.replace(/^…/, '').replace(/…$/, ''));
  });

  it('keeps in view the figure the claim’s articles share, not the lead sentence’s first one', () => {
    const lede =
      'A tanker ran aground off the island of Calvia during a storm on Thursday night, spilling an estimated 2,000 tonnes of crude oil and polluting 30 km of coastline, the coast guard said.';
    const claim = claimOf([lede, 'The oil has polluted 30 kilometres of coast.', 'Thirty kilometres of coast are affected.']);
    expect(claim.title).toContain('30 km of coastline');
  });

  it('starts a title cut for its figure at a name’s first word, not inside the name', () => {
    const lede =
      'Pilots at Aurel Airways began a 48-hour strike on Tuesday, forcing the carrier to cancel 180 flights and disrupting the plans of some 30,000 passengers.';
    const claim = claimOf([lede, 'The airline cancelled 180 flights.', 'Some 180 flights were cancelled.']);
    expect(claim.title).toMatch(/^…Aurel Airways began|^Pilots at Aurel/);
  });

  it('keeps a wire dateline out of the title, the slug and the figures, and verbatim in the mention', () => {
    const claim = claimOf([
      'NORVIK, Nov 26 (Reuters) - About 12,000 people were forced from their homes by floods on Tuesday.',
      'NORVIK, Vessland (AP) — Floods forced about 12,000 people from their homes on Tuesday.',
    ]);
    expect(claim.title).toMatch(/^About 12,000 people|^Floods forced/);
    expect(claim.id).not.toMatch(/norvik|reuters|vessland/);
    expect(claim.discrepancies.map((d) => d.type)).not.toContain('date');
    expect(claim.mentions[0]!.text).toMatch(/^NORVIK, Nov 26 \(Reuters\) - /);
  });

  it('names a quotation’s speaker when half its articles do, however many unattributed answers an interview adds', () => {
    const claim = claimOf([
      '“My client will not get a fair trial in Ostria,” said Sandrine Okafor, his lawyer.',
      '« My client will not have a just trial in Ostria », declared his lawyer Sandrine Okafor.',
      '**Why do you oppose extradition?**\n\nMy client will not get a fair trial there. I said so in court. We will appeal.',
    ]);
    expect(claim.speaker).toBe('Sandrine Okafor');
    expect(claim.id).toMatch(/^okafor-/);
    const unnamed = claimOf(['“It is not fair,” he said.', '“It is not fair,” said Sandrine Okafor.', '“Not fair at all,” they said.']);
    expect(unnamed.speaker).toBeUndefined();
  });

  it('names a quotation’s speaker from the sentence that quotes it, not from one reporting the speaker’s group', () => {
    const claim = claimOf([
      'Consumer group Fair Energy said the rise would hit poorer families hardest. "Families who are struggling will be pushed over the edge," its director Sanna Holm said.',
      'Consumer group Fair Energy warned that "families who are struggling will be pushed over the edge".',
      'Fair Energy director Sanna Holm said: "Families who are struggling will be pushed over the edge."',
    ]);
    expect(claim.speaker).toBe('Sanna Holm');
  });
});

describe('buildClaims across claims', () => {
  it('shows a lede’s wrong day once, in the claim whose row holds it whole, not again in a second claim of the lede', () => {
    const { sentences, people } = story([
      'The government on Wednesday approved the culling of 40 wolves, after farmers reported losing 1,200 sheep.',
      'The government approved a cull of 40 wolves on Wednesday.',
      'The government approved Thursday the slaughter of 40 wolves, after the farmers signalled the loss of 1.200 sheep.',
    ]);
    const group = (ks: number[]) => ({ members: ks.map((k) => ({ sentence: k, confidence: 0.8, secondary: false })) });
    const [cull, losses] = buildClaims([group([0, 1, 2]), group([0, 2])], sentences, people);
    expect(cull!.discrepancies.filter((d) => d.type === 'weekday')).toHaveLength(1);
    expect(losses!.discrepancies.filter((d) => d.type === 'weekday')).toEqual([]);
  });
});

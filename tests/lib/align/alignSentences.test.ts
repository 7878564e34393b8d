import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/lib/align/alignSentences.ts';
import { extractFacts } from '../../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';

const story = (bodies: Record<string, string>) => {
  const articles = Object.entries(bodies).map(([id, body]) => segmentArticle({ id, language: 'en', body }));
  return extractFacts(articles).sentences;
};

const sentences = story({
  a: [
    '# Council backs harbour bridge',
    'The city council approved the new harbour bridge on Monday by seven votes to two.',
    'Construction of the crossing will cost 48 million euros.',
    'The mayor said traffic in the old town would fall by a third.',
  ].join('\n\n'),
  b: [
    'The city council approved the new harbour bridge on Monday by seven votes to two.',
    'Fishermen fear the piers will block their moorings near the lighthouse.',
    'The bridge will cost 48 million euros, paid partly by the port authority.',
  ].join('\n\n'),
  c: [
    'Councillors voted seven to two on Monday to approve the harbour bridge.',
    'Tickets for the summer festival go on sale next week.',
  ].join('\n\n'),
});
const textOf = (i: number) => sentences[i]!.text;
const groups = alignSentences(sentences);
/** The group, among `found`, holding the sentence of `records` written exactly `text`. */
const holdingText = (records: ReturnType<typeof story>, found: ReturnType<typeof alignSentences>, text: string) =>
  found.find((g) => g.members.some((m) => records[m.sentence]!.text === text));
const groupWith = (fragment: string) => groups.find((g) => g.members.some((m) => textOf(m.sentence).includes(fragment)))!;

describe('alignSentences', () => {
  it('groups the vote as three articles report it, with the headline that sums it up', () => {
    const texts = groupWith('approved the new harbour bridge').members.map((m) => textOf(m.sentence));
    expect(texts).toEqual(
      expect.arrayContaining(['Council backs harbour bridge', expect.stringContaining('Councillors voted seven to two')]),
    );
    expect(new Set(groupWith('approved the new harbour bridge').members.map((m) => sentences[m.sentence]!.article))).toEqual(
      new Set(['a', 'b', 'c']),
    );
  });

  it('keeps the cost in a claim of its own and leaves sentences only one article reports out', () => {
    const cost = groupWith('48 million euros');
    expect(cost).not.toBe(groupWith('approved the new harbour bridge'));
    const grouped = new Set(groups.flatMap((g) => g.members.map((m) => textOf(m.sentence))));
    expect([...grouped].some((t) => t.includes('Fishermen') || t.includes('festival') || t.includes('mayor'))).toBe(false);
  });

  it("rates a sentence by its best match in each other article, so a terse headline in that article's account does not lower it", () => {
    const withHeadline = story({
      a: [
        '# Harbour crossing gets green light',
        'The city council approved the new harbour bridge on Monday by seven votes to two.',
        'Construction of the crossing will cost 48 million euros.',
      ].join('\n\n'),
      b: [
        'Councillors backed the harbour bridge in a vote on Monday evening.',
        'Tickets for the summer festival go on sale next week.',
      ].join('\n\n'),
    });
    const [vote] = alignSentences(withHeadline);
    const confidenceOf = (anchor: string, article: string) =>
      vote!.members.find((m) => withHeadline[m.sentence]!.article === article && withHeadline[m.sentence]!.anchor === anchor)!.confidence;
    expect(confidenceOf('p1-s1', 'b')).toBeGreaterThanOrEqual(0.8);
    expect(confidenceOf('p1-s1', 'b')).toBe(confidenceOf('p2-s1', 'a'));
  });

  it('gives a terse headline the confidence of its lede: the two are one account', () => {
    const sentences = story({
      a: ['# Harbour crossing gets green light', 'The city council approved the new harbour bridge on Monday by seven votes to two.'].join(
        '\n\n',
      ),
      b: ['Councillors backed the harbour bridge in a vote on Monday evening.', 'Tickets for the festival go on sale next week.'].join(
        '\n\n',
      ),
    });
    const [vote] = alignSentences(sentences);
    const of = (anchor: string) =>
      vote!.members.find((m) => sentences[m.sentence]!.article === 'a' && sentences[m.sentence]!.anchor === anchor)!;
    expect(of('p1-s1').confidence).toBe(of('p2-s1').confidence);
    expect(of('p1-s1').confidence).toBeGreaterThanOrEqual(0.6); // not shown as a "possible match"
  });

  it('counts a sentence reporting two claims as support for both', () => {
    const twoClaims = story({
      a: [
        'The number of measles cases in the province has reached 48, health officials said on Friday, with most infections among young children under five who had not been vaccinated.',
        'Ten temporary clinics will open in schools next week.',
      ].join('\n\n'),
      b: [
        'Health officials in the province have confirmed 48 cases of measles since early March.',
        'Most of the cases are among young children under five who had not been vaccinated against the disease.',
        'Three children were treated in hospital.',
      ].join('\n\n'),
      c: [
        'The province has recorded 48 measles cases since March, officials said.',
        'The mayor urged parents to check their records.',
        'Most of the infections were in young children under the age of five who had not been vaccinated.',
        'Vaccination coverage fell to 81% last year.',
      ].join('\n\n'),
    });
    const holding = (result: ReturnType<typeof alignSentences>) =>
      result.filter((g) => g.members.some((m) => twoClaims[m.sentence]!.text.startsWith('The number of measles cases')));
    const both = holding(alignSentences(twoClaims));
    expect(both).toHaveLength(2);
    const texts = both.flatMap((g) => g.members.map((m) => twoClaims[m.sentence]!.text)).join(' ');
    expect(texts).toContain('confirmed 48 cases');
    expect(texts).toContain('vaccinated against the disease');
    expect(
      both
        .flatMap((g) => g.members)
        .filter((m) => twoClaims[m.sentence]!.article === 'a')
        .map((m) => m.secondary),
    ).toContain(true);
    // The sentence is its article's lede: either rule finds its second claim, and only they do.
    expect(holding(alignSentences(twoClaims, { residual: false }))).toHaveLength(2);
    expect(holding(alignSentences(twoClaims, { ledeSecondClaims: false }))).toHaveLength(2);
    expect(holding(alignSentences(twoClaims, { residual: false, ledeSecondClaims: false }))).toHaveLength(1);
  });

  it('aligns a short sentence whose evidence is one word and an amount', () => {
    const turnout = story({
      a: 'Parliament met again.\n\nTurnout was 72%.',
      b: 'Turnout came in at 72%, the highest in a decade.\n\nParliament met again.',
    });
    const group = holdingText(turnout, alignSentences(turnout), 'Turnout was 72%.');
    expect(group?.members.map((m) => turnout[m.sentence]!.article).sort()).toEqual(['a', 'b']);
    expect(holdingText(turnout, alignSentences(turnout, { minTerms: 3 }), 'Turnout was 72%.')).toBeUndefined();
  });

  it('aligns a short sentence whose evidence is one word and a tally ("The vote was 31 to 24.")', () => {
    const vote = story({
      a: 'The council met on Monday.\n\nThe vote was 31 to 24.',
      b: 'The measure passed by 31 votes to 24 after a long debate.\n\nThe council met on Monday.',
    });
    const group = holdingText(vote, alignSentences(vote), 'The vote was 31 to 24.');
    expect(group?.members.map((m) => vote[m.sentence]!.article).sort()).toEqual(['a', 'b']);
  });

  it('aligns a short sentence whose evidence is one word and its speaker ("She said she had resigned.")', () => {
    const resigned = story({
      a: 'The defence said Ingrid Mahl had been dismissed.\n\n"I resigned," Ingrid Mahl replied.',
      b: 'Ingrid Mahl was asked about her dismissal.\n\nShe said she had resigned.',
    });
    const group = holdingText(resigned, alignSentences(resigned), 'She said she had resigned.');
    expect(group?.members.map((m) => resigned[m.sentence]!.text)).toContain('"I resigned," Ingrid Mahl replied.');
  });

  it('leaves an answer that says nothing itself ("Not yet.") out of every claim', () => {
    const answers = story({
      a: 'Is my data deleted now?\n\nNot yet.\n\nOperators have six months to delete it.',
      b: 'The judges decided with unanimity that this is not proportional.\n\nThe data must be erased within six months.',
    });
    const grouped = alignSentences(answers).flatMap((g) => g.members.map((m) => answers[m.sentence]!.text));
    expect(grouped).toContain('Operators have six months to delete it.');
    expect(grouped).not.toContain('Not yet.');
  });

  it('puts a live blog’s one-word entry heading in the claim its entry reports', () => {
    const blog = story({
      a: [
        '# Election night: as it happened',
        'Polls have closed across the country.',
        'Counting has begun in every district.',
        '## 01:30 – Turnout up',
        'Turnout looks set to come in at just over 71%, higher than four years ago.',
      ].join('\n\n'),
      b: 'Polls closed at ten and counting began.\n\nTurnout was 71.4%, up from 68% four years ago, officials said.',
    });
    const heading = blog.findIndex((s) => s.text === '01:30 – Turnout up');
    const withHeading = (options = {}) =>
      alignSentences(blog, options)
        .find((g) => g.members.some((m) => m.sentence === heading))
        ?.members.map((m) => blog[m.sentence]!.text);
    expect(withHeading()).toEqual(expect.arrayContaining([expect.stringContaining('just over 71%'), expect.stringContaining('71.4%')]));
    expect(withHeading({ linkHeadlines: false })).toBeUndefined();
  });

  it.each(['14:32 Kitchens', '14:32 School kitchens'])(
    'keeps another claim’s sentences apart from a short entry heading (%s)',
    (heading) => {
      const blog = story({
        a: [
          '# Live: budget day in the regional parliament',
          'The education minister opened the debate at two.',
          'She spoke for an hour.',
          `## ${heading}`,
          'The minister says 120 schools will need kitchens, with 35 million crowns set aside.',
        ].join('\n\n'),
        b: [
          'The government says 120 schools will need new kitchens and has set aside 35 million crowns for the work.',
          'The teachers’ union welcomed the plan but warned that many older schools have no kitchen.',
        ].join('\n\n'),
        c: [
          'A further 35 million crowns will go towards building kitchens in the 120 schools that do not have one.',
          'The union of the teachers salutes the project, but many old schools possess no kitchen.',
        ].join('\n\n'),
        d: 'Officials say about 120 schools across the region still lack a kitchen.',
      });
      const unions = blog.flatMap((s, i) => (s.text.includes('union') ? [i] : []));
      const groups = alignSentences(blog).map((g) => g.members.map((m) => m.sentence));
      const withHeading = groups.filter((g) => g.some((k) => blog[k]!.text === heading));
      expect(unions).toHaveLength(2);
      expect(withHeading).toHaveLength(1);
      expect(withHeading[0]!.map((k) => blog[k]!.text)).toContain(
        'The minister says 120 schools will need kitchens, with 35 million crowns set aside.',
      );
      for (const union of unions) expect(withHeading[0]).not.toContain(union);
    },
  );
});

describe('alignSentences with a lede reporting two claims', () => {
  const two = story({
    a: [
      '# Mayor Anna Berg resigns over expenses',
      'Mayor Anna Berg resigned on Monday, hours after the council approved a harbour budget of 48 million euros.',
      'She had been under pressure for weeks.',
    ].join('\n\n'),
    b: [
      'Anna Berg resigned as mayor on Monday after a row over her expenses.',
      'The council approved a harbour budget of 48 million euros on Monday.',
    ].join('\n\n'),
    c: ['The mayor, Anna Berg, stepped down on Monday over her expenses.', 'Councillors approved the 48 million euro harbour budget.'].join(
      '\n\n',
    ),
  });
  const found = alignSentences(two);
  const membersOf = (fragment: string) =>
    found.find(
      (g) => g.members.some((m) => two[m.sentence]!.text.includes(fragment)) && g.members.some((m) => two[m.sentence]!.article === 'b'),
    )!;

  it("does not take the headline into the lede's second claim it says nothing of", () => {
    const budget = membersOf('approved a harbour budget of 48 million euros on Monday').members.map((m) => two[m.sentence]!.text);
    expect(budget).toEqual(expect.arrayContaining([expect.stringContaining('hours after the council approved')]));
    expect(budget).not.toContain('Mayor Anna Berg resigns over expenses');
    const resignation = membersOf('resigned as mayor').members.map((m) => two[m.sentence]!.text);
    expect(resignation).toContain('Mayor Anna Berg resigns over expenses');
  });
  it('leaves an analysis’s angle headline out of the claim its lede reports', () => {
    const records = story({
      a: [
        '# Kessa welcomes record 9.4 million visitors',
        'Kessa received a record 9.4 million foreign visitors last year, up 6% from the year before, the statistics office said on Monday.',
        'Visitors spent 4.2 billion crowns.',
      ].join('\n\n'),
      b: [
        'Kessa welcomed a record 9.4 million foreign visitors last year, official figures published on Monday showed.',
        'Hotels reported their best season in a decade.',
      ].join('\n\n'),
      c: [
        '# Kessa: 9.4 million tourists, a new record',
        'The island of Kessa has received last year 9.4 million foreign tourists, a progression of 6 percent, the statistics office communicated Monday.',
      ].join('\n\n'),
      d: [
        '# The hidden cost of a good season',
        'Kessa’s record 9.4 million visitors last year are good news for hotels.',
        'They are less good news for the people who live there.',
      ].join('\n\n'),
    });
    const found = alignSentences(records);
    const record = holdingText(records, found, 'Kessa’s record 9.4 million visitors last year are good news for hotels.')!;
    const texts = record.members.map((m) => records[m.sentence]!.text);
    expect(texts).toContain('Kessa: 9.4 million tourists, a new record');
    expect(texts).not.toContain('The hidden cost of a good season');
  });
});

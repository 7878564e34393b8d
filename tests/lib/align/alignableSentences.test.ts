import { describe, expect, it } from 'vitest';
import { alignableSentences } from '../../../src/lib/align/alignableSentences.ts';
import { findFigures } from '../../../src/lib/extract/findFigures.ts';
import type { ParagraphKind, SentenceRecord } from '../../../src/lib/types.ts';

const s = (article: string, kind: ParagraphKind, repeated = false, text = 'Early Talks On Migrant Relocation') =>
  ({ article, kind, repeated, text, facts: { figures: findFigures(text) } }) as unknown as SentenceRecord;

describe('alignableSentences', () => {
  it('takes text and headlines, not section labels, captions, boilerplate or repeats', () => {
    const sentences = [
      s('a', 'heading'),
      s('a', 'text'),
      s('a', 'text'),
      s('a', 'heading'),
      s('a', 'caption'),
      s('a', 'text', true),
      s('a', 'boilerplate'),
    ];
    expect(alignableSentences(sentences)).toEqual([true, true, true, false, false, false, false]);
  });

  it.each([
    ['PRESENTER: And what does the minister say?', false],
    ['Is there more to come?', false],
    ['For the dockworkers, the question is simpler: who will run the cranes?', true],
    ['“Do you do that as a boon?”', true],
    ['PRESENTER: Five grams – how much is that?', false],
    ['Third time lucky?', false],
    ['Remember the trial on two streets last year?', false],
    ['This week’s mass stranding has revived an old question: why do whales end up on beaches?', true],
    ['What the union wants is a 9% rise.', true],
    ['Good morning.', false],
    ['The company responded on its official account:', false],
    ['Consumers should:', false],
    ['Our reporter Tom Varga was at city hall.', false],
    ['Jon Aske, fly-half – 9.', false],
    ['Pieter Lund, Morvane captain – 4/10', false],
    ['Aske, who kicked the winning penalty – 9 points in all.', true],
    ['Our correspondent reports that the council has fined Zipo.', true],
    ['The minister said on Tuesday that the talks on the port had failed after six months, adding:', true],
    ['Here is what you need to know in sport today.', false],
    ['Here is what we know so far.', false],
    ['Here’s what we know about the crash.', false],
    ['Here is what we know: the pilot survived.', true],
    ['Good morning, the minister said, was all she heard before the shots.', true],
    ['Here is the minister’s full statement.', true],
    ['PRESIDENT ARVEN: Thank you, Prime Minister.', false],
    ['PRIME MINISTER VARGA: Good afternoon.', false],
    ['Thanks to the divers, all 12 miners survived.', true],
    ['We spoke to Carla Neri, director of the transport authority DTM.', false],
    ['We asked Marco Ferrante what happens next.', false],
    ['We spoke to the mayor, who confirmed the line would open in May.', true],
    ['"We spoke to the unions and they agreed," the minister said.', true],
  ])(
    "takes a text sentence unless it is a direct question, a greeting or courtesy, a signpost, an introduction, an interview's introduction or a rating: %s",
    (text, expected) => {
      expect(alignableSentences([s('a', 'heading'), s('a', 'text', false, text)])[1]).toBe(expected);
    },
  );

  it('leaves out a table\'s header row, which labels its columns ("Q4 2025 · Q4 2024"), and takes its data rows', () => {
    const sentences = [
      s('a', 'heading'),
      s('a', 'text'),
      s('a', 'text'),
      s('a', 'heading', false, 'Q4 2025 · Q4 2024'),
      s('a', 'text', false, 'Net profit · €412m · €502m'),
    ];
    expect(alignableSentences(sentences).slice(3)).toEqual([false, true]);
  });

  it('counts text per article, so one article’s length does not turn another’s headline into a subheading', () => {
    expect(alignableSentences([s('a', 'text'), s('a', 'text'), s('b', 'heading')])).toEqual([true, true, true]);
  });

  it.each([
    ['00:20 – Ekdal concedes', true],
    ['Turnout up', true],
    ['Early Talks On Migrant Relocation', false],
    ['Where the seats stand', false],
    ['01:45 – What next?', false],
    ['Monday, 7.10am', false],
    ['Moved', false],
    ['18:30 – 14 arrests', true],
    ['Tuesday 14:00 GMT', false],
    ['Monday: talks collapse', true],
    ['2030', true],
    ['22.41', false],
    ['12:10 Vote on Thursday', true],
    ['Budget Vote In March', false],
    // A live blog's entry heading with a score or a match minute reports, whatever its capitals.
    ["50' GOAL! Ostvik 1-1 Brannfors", true],
    ["61' RED CARD!", true],
    ['FULL TIME: Ostvik 1-3 Brannfors', true],
    ['Second Half Team News', false],
  ])('takes a subheading that says something, not a label or a question: %s', (text, expected) => {
    const sentences = [s('a', 'heading'), s('a', 'text'), s('a', 'text'), s('a', 'heading', false, text)];
    expect(alignableSentences(sentences)[3]).toBe(expected);
  });

  it.each([
    ['The Grey Bank fishing deal explained', false],
    ['How the Norvik floods unfolded', false],
    ['Halvik Telecom results at a glance', false],
    ['Timeline: the rise and fall of Rolf Haldin', false],
    ['The rise and fall of Rolf Haldin', false],
    ['Profile: Anna Krell, the deputy who now runs Telsen', false],
    ['Norvik floods: what we know so far', false],
    ['Why Soreno’s earthquakes keep killing', false],
    ['Vessland election night: as it happened', false],
    ['Analysis: Why the Qarnia-Tessaly truce may not hold', false],
    ['Marta Solvik obituary', false],
    ["Maranda's IMF deal: what the $1.3bn buys", false],
    ['Brenthaus closure: the numbers', false],
    ['Budget 2027 by the numbers', false],
    ['Unemployment falls to 4.1%, new figures show', true],
    ['Is Brenner worth 120 million euros?', false],
    ["Is your Lyra affected? What Tarvic's airbag recall means for you", false],
    ['National Road Safety Agency statement on the Tarvic Lyra recall', false],
    ['St Aldric University Hospital: update on IT incident', false],
    ["Morning Report transcript: teachers' strike", false],
    ['Update from the Kessfjell Rescue Service', false],
    ['Joint statement of the Presidents of Arvania and Telmoria', false],
    ['Statement by the Ministry of Health', false],
    ['Statement by Ravenholm Families for Truth', false],
    ['Statements by ministers contradict the report', true],
    ["Minister's statement of regret angers victims", true],
    ['Statement from the palace: the Queen will abdicate', true],
    ['Statement: Governor Delgado signs Clean Water for Every Family Act', true],
    ['Club statement: Dario Fenn', false],
    ['Joint announcement: Castrelo Accord', false],
    ['Club statement: Fenn leaves with immediate effect', true],
    ["Press release: Shopworkers' Alliance responds to Marlow & Finch administration", false],
    ['Trading update: Skylark Airways revises full-year guidance', false],
    ['Trading updates show retailers struggling', true],
    ['Security advisory: Remote code execution vulnerability in Home 5 and Home 6 routers', false],
    ['Velden Institute for Snow and Ice Research: annual glacier report 2026', false],
    ['5 things to see at the reopened National Museum', false],
    ['Five key takeaways from the budget', false],
    ['5 dead as storm hits coast', true],
    ['Global University Rankings 2027: the top 20 and the biggest movers', false],
    ['Halden enters the top 20', true],
    ['Bank posts record profit in annual report', true],
    ['Ministry updates guidance on school closures', true],
    ["Analysis: Ostria's jet deal is about more than planes", false],
    ['Opinion: The ceasefire deserves a chance', false],
    ['Live: Orlach train collision', false],
    ['Review: "The Quiet Harbour" is a quiet triumph', false],
    ['Continental Cup final: Orsana v Dravik – live', false],
    ["Analysis: Castrelo's $300 billion is a number built to disappoint", true],
    ['Analysis: Why the $300 billion deal fails the poor', false],
    ['Q&A: what the $1.3bn IMF loan buys', false],
    ['Thousands flee as lava flows towards homes where they live', true],
    ['WHO warns measles cases are rising', true],
    ['Veska and Torrin sign fishing deal ending decade-long dispute', true],
  ])(
    'takes the headline "%s" as reporting: %s (an explainer’s headline reports nothing, unless it states an amount)',
    (headline, reports) => {
      expect(alignableSentences([s('a', 'heading', false, headline), s('a', 'text')])[0]).toBe(reports);
    },
  );
});

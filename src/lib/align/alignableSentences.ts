import { MONTHS, WEEKDAYS } from '../extract/calendarWords.ts';
import { CELL_SEPARATOR } from '../segment/parseMarkdown.ts';
import { reportedText } from '../segment/reportedText.ts';
import type { SentenceRecord } from '../types.ts';

/**
 * Which sentences may support a claim: reporting text, headlines that report (not an
 * explainer's "How the floods unfolded" or "The fishing deal explained"), and subheadings that
 * say something. Boilerplate, captions and repeated paragraphs never do (they would count one
 * article's words twice). A subheading (a heading after an article's second sentence of text)
 * is a section label that reports nothing when it is written in title case ("Early Talks On
 * Migrant Relocation") or asks a question ("What next?", "Where the seats stand"); a live
 * blog's entry heading in sentence case ("00:20 – Ekdal concedes") reports its entry.
 */
export function alignableSentences(sentences: SentenceRecord[]): boolean[] {
  const textsBefore = new Map<string, number>();
  return sentences.map((s) => {
    const seen = textsBefore.get(s.article) ?? 0;
    if (s.kind === 'text') textsBefore.set(s.article, seen + 1);
    if (s.repeated) return false;
    // A direct question ("PRESENTER: And what does the minister say?") asks; its answer reports.
    // Both read past a transcript's speaker label ("PRESIDENT ARVEN: Thank you, Prime Minister.").
    if (s.kind === 'text') return !isQuestion(reportedText(s).trimStart()) && !saysNothing(reportedText(s).trimStart());
    if (s.kind !== 'heading') return false;
    // A table's header row ("Q4 2025 · Q4 2024") labels its columns.
    if (s.text.includes(CELL_SEPARATOR)) return false;
    return seen < 2 ? !isExplainer(s.text) || statesAmount(s) : (!isLabel(s.text) || givesScore(s)) && !isTimeStamp(s.text);
  });
}

/**
 * Whether a headline names an explainer, an opinion piece or a live blog rather than reporting
 * ("The Grey Bank fishing deal explained", "How the Norvik floods unfolded", "Halvik Telecom
 * results at a glance", "Orsana v Dravik – as it happened", "Analysis: …").
 */
function isExplainer(headline: string): boolean {
  return (
    NOT_NEWS_TITLES.some((pattern) => pattern.test(headline)) ||
    // "Maranda's IMF deal: what the $1.3bn buys", "Floods: why the dams failed".
    QUESTION_WORD.test(/[:|–—]\s*(.*)$/u.exec(headline)?.[1] ?? '') ||
    // "Club statement: Dario Fenn", "Joint announcement: Castrelo Accord": what the document
    // is, then only a name in title case; "Statement: Governor Delgado signs …" goes on to report.
    titleCaseOnly(DOCUMENT_LABEL.exec(headline)?.[1]) ||
    // "Velden Institute for Snow and Ice Research: annual glacier report 2026".
    PERIODIC_REPORT.test(headline.replace(/^[^:]*:\s*/, ''))
  );
}

/**
 * Whether a heading gives a match's score or minute ("50' GOAL! Ostvik 1-1 Brannfors", "61' RED
 * CARD!"): a live blog's entry heading, which reports its entry however its names and shouts
 * capitalise it.
 */
function givesScore(s: SentenceRecord): boolean {
  return s.facts.figures.some((f) => f.kind === 'tally' || f.unit === 'nth minut');
}

/**
 * Whether a genre-labelled headline states a specific amount and reports otherwise ("Analysis:
 * Castrelo's $300 billion is a number built to disappoint"): the amount is a claim other
 * articles make, whatever argument the piece goes on to make.
 */
function statesAmount(s: SentenceRecord): boolean {
  const amount = s.facts.figures.some((f) => f.kind === 'money' || f.kind === 'percent' || (f.kind === 'count' && (f.amount ?? 0) >= 10));
  return amount && GENRE_LABEL.test(s.text) && !isExplainer(s.text.replace(GENRE_LABEL, ''));
}

/** A question put directly, not quoted: a question word or an auxiliary first ("And is there more to come?"). */
const DIRECT_QUESTION =
  /^(?:(?:and|but|so|well|then),?\s+)?(?:what|where|when|why|how|who|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b[^"“”]*\?$/i;

/**
 * Whether a sentence of running text asks rather than reports: a question put directly, not
 * quoted ("And is there more to come?", "Third time lucky?", an interviewer's "Five grams – how
 * much is that?"), not a report that ends on the question it raises ("This week's stranding
 * has revived an old question: why do whales end up on beaches?").
 */
function isQuestion(text: string): boolean {
  if (DIRECT_QUESTION.test(text)) return true;
  if (!/^[^"“”]*\?$/.test(text)) return false;
  // What comes before the last colon, semicolon or dash: a few words only lead into the question.
  const lead = text
    .split(/\s*[:;–—]\s*/)
    .slice(0, -1)
    .join(' ');
  return lead === '' || lead.split(/\s+/).length <= 3;
}

/** Sentences of running text that report nothing themselves, matched whole. */
const SAYS_NOTHING: RegExp[] = [
  // A greeting or courtesy ("Good morning.", "Thanks for joining us.", a news conference's
  // "Thank you, Prime Minister."), not "Thanks to the divers, all 12 survived.".
  /^(?:good (?:morning|afternoon|evening)|hello|welcome back|thanks? (?:you )?for (?:reading|joining us)|thank you\b(?! to\b))\b[^.!?]{0,40}[.!?]$/i,
  // A signpost to what follows ("Here is what you need to know in sport today.", an
  // explainer's "Here is what we know so far.").
  /^here(?:'s|’s| is| are) (?:what (?:we|you)(?: need to)? know|the latest|your)\b[^.!?:]*[.!?:]$/i,
  // A broadcaster's hand-over to its own reporter ("Our reporter Tom Varga was at city hall.").
  /^(?:our|my) (?:\p{L}+ )?(?:reporter|correspondent|editor)(?: \p{Lu}\p{L}*){0,3} (?:was|is|has been|joins us)\b[^.!?]*[.!?]$/iu,
  // An interview's introduction by the outlet ("We spoke to his lawyer, Sandrine Okafor, about
  // what happens next.", "We asked Marco Ferrante what happens next."): the answers report, not
  // the meeting; not one that goes on to report ("We spoke to the mayor, who confirmed …").
  /^(?:we|I) (?:(?:spoke|talked) (?:to|with)|asked)\b(?![^.!?]*\b(?:who|which|that|said|says|told|confirmed|denied)\b)[^.!?"“”]*[.!?]$/i,
  // A short introduction to the list or quotation under it ("The company responded on its
  // official account:", "Consumers should:"); one that reports and then quotes ("…, adding:") is longer.
  /^(?:\S+\s+){0,11}\S*:\s*$/u,
  // A player rating's label ("Jon Aske, fly-half – 9.", "Pieter Lund, Morvane captain – 4/10"): its verdict follows.
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+[^.!?,]{1,40}?\s+[–—-]\s+\d{1,2}(?:\.5)?(?:\s*\/\s*10)?\.?$/u,
];

/** Whether a sentence of running text reports nothing itself (see SAYS_NOTHING). */
function saysNothing(text: string): boolean {
  return SAYS_NOTHING.some((pattern) => pattern.test(text));
}

const DOCUMENT_TITLE =
  /(?:^|[\s:|–—-])(?:(?:statement|update|announcement|notice|briefing|press release) (?:(?:on|about|regarding|concerning)\b|from [^:]*$)|transcript\b)|^(?:joint |official |full )?(?:statement|declaration|communiqué) (?:of|by)\b/i;

/** A periodic report's title, whole ("Annual report 2026", "the quarterly labour market report"). */
const PERIODIC_REPORT =
  /^(?:the\s+)?(?:annual|quarterly|monthly|weekly|interim|half-year(?:ly)?)\s+(?:[\p{L}-]+\s+){0,3}report(?:\s+\d{4}(?:[-–/]\d{2,4})?)?\s*$/iu;

const DOCUMENT_LABEL = /^(?:[\p{L}'’-]+\s+){0,2}(?:statement|announcement|notice|press release|media release|communiqué)\s*:\s*(.+)$/iu;

const GENRE_LABEL =
  /^(?:analysis|explainer|comment|commentary|opinion|editorial|column|view|review|factbox|fact check|q&a|in focus|insight|obituary|live|timeline|profile)\s*[:|–—-]\s*/i;

/**
 * A heading opening on a question word asks or announces; it reports nothing ("What next?",
 * "How the floods unfolded"). Not in capitals: "WHO warns …" is the World Health Organization.
 */
const QUESTION_WORD = /^(?:[Ww]hat|[Ww]here|[Ww]hen|[Ww]hy|[Hh]ow|[Ww]ho|[Ww]hich)\b/;

/** Headlines that name a piece other than news, matched anywhere in the headline. */
const NOT_NEWS_TITLES: RegExp[] = [
  // A genre label ("Analysis: Ostria's jet deal is about more than planes", "Opinion: …",
  // "Review: …", "Live: …") heads a writer's argument, a reference piece or a live blog, not the
  // news its lede reports.
  GENRE_LABEL,
  // A question word first ("How the Norvik floods unfolded").
  QUESTION_WORD,
  // A profile's title ("The rise and fall of Rolf Haldin").
  /^(?:the\s+)?rise and fall of\b/i,
  // "Is Brenner worth 120 million euros?": a question asks, it does not report, and so does one
  // ahead of the rest ("Is your Lyra affected? What the recall means for you").
  /\?(?:\s|$)/,
  // An explainer's, a gallery's or a live blog's title by its ending ("The Grey Bank fishing deal
  // explained", "Halvik Telecom results at a glance", "Orsana v Dravik – as it happened").
  /\b(?:explained|at a glance|what we know(?: so far)?|in numbers|in figures|in charts|in pictures|a timeline|timeline|q&a|the key questions|as it happened|live updates|live coverage|live blog|minute by minute|obituary|a life in pictures)\s*[.:!]?\s*$/i,
  // So by a title after its topic ("Brenthaus closure: the numbers", "Budget 2027 by the numbers").
  /(?:[:|–—-]\s*|\bby\s+)the (?:numbers|figures)\s*$/i,
  // A document's title ("Statement on the grounding of the Ostra Glory", "Joint statement of the
  // Presidents of Arvania and Telmoria", "St Aldric Hospital: update on IT incident", "Update
  // from the Kessfjell Rescue Service", "Morning Report transcript: teachers' strike",
  // "Statement by Ravenholm Families for Truth") names what it is about; its text reports.
  DOCUMENT_TITLE,
  // "Press release: Shopworkers' Alliance responds to …": a release's title names itself as
  // one, and so do a listed company's "Trading update: … revises full-year guidance" and a
  // maker's "Security advisory: Remote code execution vulnerability in …".
  /^(?:(?:press|media|news) release|trading (?:update|statement)|(?:security|safety) (?:advisory|notice|bulletin))\s*[:|–—-]/i,
  // A list's title ("5 things to see at the reopened National Museum", "Ten reasons the deal
  // matters") promises entries; they report.
  /^(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:\p{L}+\s+)?(?:things|ways|reasons|facts|questions|takeaways|lessons|moments|places|tips|charts|numbers)\b/iu,
  // So does a table's, after its colon ("Global University Rankings 2027: the top 20 and the
  // biggest movers"); "Halden enters the top 20" reports.
  /[:|–—]\s*the (?:top|bottom) \d+\b/i,
  // A live blog's "Cup final: Orsana v Dravik – live".
  /[-–—:|]\s*live\s*$/i,
];

/** Whether a subheading only labels its section: title case, or a question. */
function isLabel(heading: string): boolean {
  const words = heading.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (/\?\s*$/.test(heading) || QUESTION_WORD.test(words[0] ?? '')) return true;
  // One word alone ("In", "Moved", "Staying") names a section of a list; it says nothing of its own.
  if (/^\p{L}[\p{L}'’-]*[.:]?$/u.test(heading.trim())) return true;
  return titleCaseOnly(words.slice(1).join(' '));
}

/** Whether a heading only says when ("Monday, 7.10am", "Tuesday 14:00 GMT"): a timeline's entry label, whose entry reports. */
function isTimeStamp(heading: string): boolean {
  const words = heading.toLowerCase().match(/\p{L}+/gu) ?? [];
  // A year alone ("2030") is a value, as in an "in numbers" list, not a time of day.
  if (/^\s*\d{4}\s*$/.test(heading)) return false;
  return words.every((w) => WEEKDAYS.includes(w) || MONTHS.includes(w) || /^(?:am|pm|a|m|p|gmt|utc|cet|local|time|noon|midnight)$/.test(w));
}

/**
 * Whether every word of four letters or more is capitalised (short function words stay lower
 * case in title case: "Talks on Migrant Relocation"). A weekday or month is capitalised in any
 * case, so it tells nothing: "Vote on Thursday" is written as a sentence.
 */
function titleCaseOnly(text: string | undefined): boolean {
  const long = (text?.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter(
    (w) => w.length >= 4 && !WEEKDAYS.includes(w.toLowerCase()) && !MONTHS.includes(w.toLowerCase()),
  );
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

import type { FuseResult } from 'fuse.js';

/**
 * Types shared by the build-time pipeline (segment -> extract -> align -> compare -> search).
 * Everything here is plain data: serialisable, no class instances, no Astro types.
 */

/** One article as the pipeline receives it from the data layer. */
export interface ArticleInput {
  /** File name without `.md`; unique within its story. */
  id: string;
  title?: string;
  /** Who wrote it, as the source gives it. */
  author?: string[];
  outlet?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string;
  /** BCP 47 language tag. */
  language: string;
  /** Markdown body, verbatim. */
  body: string;
}

/** One story as the pipeline receives it. */
export interface StoryInput {
  id: string;
  title: string;
  summary: string;
  date?: string;
  /** Optional Markdown body of story.md: an editor's introduction. */
  body?: string;
  articles: ArticleInput[];
  /** The optional `claims.yaml`: its path (for messages) and raw text. */
  overrides?: { file: string; text: string };
  /** The optional `claims.lock.yaml` of published claim ids. */
  lock?: { file: string; text: string };
}

/** What a paragraph is, so that only real reporting counts as support for a claim. */
export type ParagraphKind = 'text' | 'heading' | 'caption' | 'boilerplate';

/** One sentence, verbatim, with the anchor its article page renders. */
export interface Sentence {
  /** `p<paragraph>-s<sentence>`, 1-based; the HTML id on the article page. */
  anchor: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based position within the paragraph. */
  index: number;
  text: string;
  /** The wire dateline opening a lede ("NORVIK, Nov 25 (Reuters) - "), part of `text`; it reports nothing (see reportedText). */
  dateline?: string;
}

/** One block of an article (paragraph, headline, caption line, boilerplate line). */
export interface Paragraph {
  /** 1-based. */
  index: number;
  kind: ParagraphKind;
  /** Set when this paragraph repeats an earlier one of the same article, or another contains it whole (a pull quote): that one's index. */
  repeatOf?: number;
  /** HTML element the block came from in the Markdown (p, h2, li, blockquote...). */
  tag: string;
  text: string;
  sentences: Sentence[];
}

/** An article split into paragraphs and sentences. */
export interface SegmentedArticle {
  id: string;
  language: string;
  paragraphs: Paragraph[];
}

/** A Markdown block reduced to its text (after sanitising). */
export interface TextBlock {
  tag: string;
  text: string;
  /** True when the whole block is bold (`**What happens next?**`): a label or an interviewer's question. */
  bold?: boolean;
  /** True when the block comes right after a picture (a paragraph that is only an image). */
  afterImage?: boolean;
  /** True when the whole block is in italics (`*Residents wade through the flood.*`). */
  italic?: boolean;
}

/** A quotation found in a sentence. */
export interface Quote {
  /** The words inside the quotation marks, verbatim. */
  text: string;
  /** Offset of the opening mark in the sentence. */
  start: number;
  end: number;
  /** Canonical speaker name when attributed. */
  speaker?: string;
  /** True when it is a phrase of fewer than four words (scare quotes, a quoted label), not a short utterance ("We will appeal," she said). */
  fragment: boolean;
}

/** Kinds of figure the extractor recognises. */
export type FigureKind =
  'money' | 'percent' | 'count' | 'tally' | 'year' | 'weekday' | 'date' | 'month' | 'time' | 'temperature' | 'measure';

/** A number, amount or date, with a normalised value for comparison. */
export interface Figure {
  kind: FigureKind;
  /** Verbatim text, e.g. `£700 million`. */
  text: string;
  /** Normalised value for comparison, e.g. `GBP 700000000`, `sunday`, `2023-11`, `06:40`. */
  value: string;
  /** The amount as a number where there is one (money, counts, percents, years; a temperature in degrees Celsius, a measurement in its `unit`). */
  amount?: number;
  /** Currency code for money. */
  currency?: string;
  /** Unit noun after a count ("deportations"), stemmed, to tell counts apart; a measurement's unit after conversion ("hectares"). */
  unit?: string;
  /** A temperature's scale as written; none for a bare "46 degrees". */
  scale?: 'C' | 'F';
  /** How far a temperature's or measurement's rounding may be from the reading, in degrees Celsius or its `unit` ("115F": 0.28). */
  margin?: number;
  /**
   * Words before an amount that make it approximate or a bound ("more than", "about"), lower-cased;
   * also in `text` (a translation's "until" before money or a measurement is read "up to").
   * `update` marks a weekday in an update note's label ("Update, Monday 9:00:").
   */
  qualifier?: string;
  /**
   * A count of years that is an age: `person` for someone's or a group's ("the 24-year-old",
   * "34 years old", "aged 19", "Vance (38)", "Arnes, 34 years,", "16- and 17-year-olds"), which
   * describes them and reports nothing another article could leave out; `limit` for an age a
   * rule draws ("pupils under 15", "up to the age of 15"), which the claim states. Ages are
   * compared with ages only. Not a thing's age ("57 million years old", "a 2,400-year-old ship").
   */
  age?: 'person' | 'limit';
  /**
   * What befell the people a count counts, when its words say: `dead` for a death toll ("23
   * people were killed", "41 deaths"), `hurt` for the injured ("31 injured", "29 people were
   * injured"), `missing` for those not found ("dozens still missing", "12 remain missing").
   * Counts of one are compared with counts of another only when one is unmarked.
   */
  harm?: 'dead' | 'hurt' | 'missing';
  /**
   * The whole range's verbatim text for a range's low end written as digits alone ("2 to 3
   * percent", "between 60 and 80 millions of dollars"): what a reader is shown, as "2" alone
   * says nothing; for both years of a span ("between 2015 and 2022"), the span, which is what is
   * compared.
   */
  range?: string;
  /** A span of time that says by how much another changes ("six months longer", "extended by six months"): compared with such changes only. */
  change?: true;
}

/** A distance, area, speed, weight or duration in a sentence: where it starts, its text, its amount in the unit `unit`, and the margin its rounding leaves (in that unit). */
export interface MeasureMatch {
  start: number;
  text: string;
  amount: number;
  /** The unit every report's figure is converted to; `seconds` for a duration ("2:00:41"). */
  unit: 'metres' | 'hectares' | 'km/h' | 'kilograms' | 'seconds';
  margin: number;
}

/**
 * A temperature in a sentence: where it starts, its text, its value in degrees Celsius (unrounded), the
 * margin its rounding leaves (in Celsius), and the scale it is written in (none for a bare
 * "46 degrees").
 */
export interface TemperatureMatch {
  start: number;
  text: string;
  celsius: number;
  margin: number;
  scale?: 'C' | 'F';
}

/** A date or a month in a sentence: where it starts, its text, and its value (`YYYY-MM-DD`, `????-MM-DD`; a month `YYYY-MM` or `MM`). */
export interface DateMatch {
  start: number;
  text: string;
  kind: 'date' | 'month';
  value: string;
}

/** A time of day in a sentence: where it starts, its text, and its `HH:MM` value (none for a live blog's stamp). */
export interface TimeMatch {
  start: number;
  text: string;
  value?: string;
}

/** A person mention as written, and who it resolves to. */
export interface PersonMention {
  /** Verbatim text of the name, without title. */
  text: string;
  /** Title words written before the name ("Foreign Minister", "former President"). */
  title?: string;
  /** Canonical person key after resolving spelling variants (set by resolvePeople). */
  person?: string;
}

/** Who a sentence attributes its words to, as written; a pronoun keeps its word ("he", "she", "they") for the caller to match. */
export type SpeakerRef = { person: string } | { organisation: string } | { pronoun: true; word: string } | { title: string };

/** Everything extracted from one sentence. */
export interface SentenceFacts {
  quotes: Quote[];
  figures: Figure[];
  people: PersonMention[];
  /** Speaker of the sentence's main quote, or the attributed source of a reported statement. */
  speaker?: string;
}

/** A sentence as the aligner sees it: where it is, what it says, what was extracted. */
export interface SentenceRecord extends Sentence {
  article: string;
  kind: ParagraphKind;
  /** True for repeated paragraphs: shown, never counted as extra support. */
  repeated: boolean;
  /** True for a sentence of a block quotation (an embedded post, a statement quoted at length): the whole sentence is quoted. */
  blockQuote?: boolean;
  facts: SentenceFacts;
}

/** One person across the story, with every spelling seen. */
export interface Person {
  /** Stable key: the slug of the canonical full name. */
  key: string;
  /** Set for an organisation quoted as a speaker ("Halden Metals said"); people have none. */
  kind?: 'organisation';
  /** Most complete, most frequent spelling. */
  name: string;
  surname: string;
  variants: { text: string; article: string; anchor: string }[];
}

/** Kinds of claim. */
export type ClaimKind = 'quote' | 'figure' | 'statement';

/** One article's sentence that reports a claim. */
export interface Mention {
  article: string;
  paragraph: number;
  sentence: number;
  anchor: string;
  text: string;
  /** 0..1: how sure the aligner is that the sentence belongs to the claim. */
  confidence: number;
}

/** Kinds of discrepancy between articles' reports of one claim. */
export type DiscrepancyType =
  | 'amount'
  | 'number'
  | 'weekday'
  | 'date'
  | 'time'
  | 'temperature'
  | 'title'
  | 'name-spelling'
  | 'quote-wording'
  | 'speaker'
  | 'omitted-figure';

/** Where articles disagree on one claim. */
export interface Discrepancy {
  type: DiscrepancyType;
  /** Who the disagreement concerns, when it is about a person. */
  subject?: string;
  /**
   * Each article's value; `trimmed` marks a quotation wording made only of pieces of another
   * article's wording; `reading` (for `amount`, `number`, `date`, `title` and `speaker`) is what the value reads as, however
   * worded ("3.2%" for "3,2 percent", "civil protection chief" for "Civil protection chief"), so that articles with one reading agree; `before` marks a
   * day the article gives in the sentence before its account, which names the same speaker ("X
   * said on Monday …", then the quotation).
   */
  values: { article: string; value: string; trimmed?: true; reading?: string; before?: true }[];
  /** For `omitted-figure`: the articles reporting the claim without that figure. */
  missing?: string[];
  /**
   * For `amount` and `number`: read with their qualifiers, the figures could all be true at
   * once ("more than 170 flights" and "180 flights"; "at least 12 people" and "19 people").
   */
  consistent?: true;
}

/** A claim as `echoedRows` reads it: its member sentences and the disagreements found in it. */
export interface ClaimRows {
  records: SentenceRecord[];
  discrepancies: Discrepancy[];
}

/** A claim that two or more articles report. */
export interface Claim {
  id: string;
  title: string;
  kind: ClaimKind;
  speaker?: string;
  mentions: Mention[];
  discrepancies: Discrepancy[];
  /** Number of distinct articles among the mentions. */
  articleCount: number;
}

/** A published claim id that no longer names a claim: its sentences were regrouped. */
export interface RetiredClaim {
  id: string;
  /** Ids of the claims that now hold its sentences (may be empty). */
  successors: string[];
  /** The sentences (`article#anchor`) it had when it was last published, kept in the lock file. */
  sentences: string[];
}

/** A story's `claims.lock.yaml`: published ids with their sentences, live and retired. */
export interface IdLock {
  /** Claims published under these ids: id -> sentences (`article#anchor`), in file order. */
  claims: Map<string, Set<string>>;
  /** Ids once published whose sentences were regrouped: their pages still answer. */
  retired: Map<string, Set<string>>;
}

/** Alignment output for one story. */
export interface AlignedStory {
  story: { id: string; title: string; summary: string; date?: string; introduction: TextBlock[] };
  articles: (Omit<ArticleInput, 'body'> & { label: string; segmented: SegmentedArticle })[];
  sentences: SentenceRecord[];
  people: Person[];
  /** Story-wide differences about people: the titles and spellings each article gives them. */
  discrepancies: Discrepancy[];
  claims: Claim[];
  /** Published ids (claims.lock.yaml) whose claim was regrouped; their URLs keep working. */
  retired: RetiredClaim[];
}

/** A piece of a wording compared with the base wording. */
export interface DiffSegment {
  /** `same`: in both; `ins`: only in this wording; `del`: only in the base wording. */
  type: 'same' | 'ins' | 'del';
  /** Verbatim text: from this wording for `same` and `ins`, from the base for `del`. */
  text: string;
}

/** One row of an N-way collation table: a wording split into the table's columns. */
export interface CollationRow {
  article: string;
  anchor: string;
  /** One cell per column; `null` where this wording has nothing at that point. */
  cells: (string | null)[];
}

/** An N-way alignment of three or more wordings, as collation tools draw it. */
export interface Collation {
  /** Per column: true where every wording reads the same (ignoring case, quote style and spacing). */
  agreed: boolean[];
  rows: CollationRow[];
}

/** A claim as the search index holds it. */
export interface ClaimDoc {
  kind: 'claim';
  story: string;
  storyTitle: string;
  title: string;
  claimKind: ClaimKind;
  speaker: string;
  /** Number of articles carrying the claim. */
  articles: number;
  /** Source labels of those articles, so an outlet's name finds its claims. */
  sources: string[];
  /** Every spelling of every person named, resolved ones included. */
  people: string[];
  /** Figures as written and in their common other spellings (`£700m`, `700 million`). */
  figures: string[];
  /** The wordings, joined. */
  text: string;
  url: string;
}

/** A sentence as the search index holds it. */
export interface SentenceDoc {
  kind: 'sentence';
  story: string;
  text: string;
  /** Source label of its article. */
  source: string;
  people: string[];
  figures: string[];
  url: string;
}

/** A scored pair of sentences from two different articles (`a < b`). */
/** What two sentences' direct quotations share (see quoteOverlap). */
export interface QuoteOverlap {
  /** Share (0..1) of the shorter quotation's stems found in the other. */
  share: number;
  /** Whether they share enough to be one quotation. */
  same: boolean;
}

export interface ScoredPair {
  a: number;
  b: number;
  similarity: number;
}

/** A group under construction: sentences (indexes) that formed it, and those that also support it. */
export interface GroupMembers {
  core: number[];
  extra: number[];
}

/** The figures a claim's members give for another of their claims (see figuresOfOtherClaims). */
export interface OtherClaimFigures {
  /** Every such figure: never reported as left out of this claim. */
  all: Set<Figure>;
  /** Of them, the amounts that read as another claim's figure, nearer its rival there than any here: compared there, not here. */
  readings: Set<Figure>;
  /**
   * Amounts a member gives that no other article of this claim states and another claim's
   * sentences from other articles do ("about 5% of the economy" beside an arbitration claim):
   * that claim's figure, which no article of this one leaves out. Still compared here.
   */
  stated: Set<Figure>;
}

/** A group of sentences (indexes into the input) reporting one claim, each with a confidence. */
export interface SentenceGroup {
  members: { sentence: number; confidence: number; secondary: boolean }[];
}

/** Sparse feature vector: feature name -> raw weight (before IDF). */
export type FeatureVector = Map<string, number>;

/** One comparable word: its Porter stem (or `@person` key), and the word as written (lower case). */
export interface Term {
  stem: string;
  word: string;
}

/** Looks up the WordNet synsets of a word (any part of speech), most frequent sense first. */
export type SynsetLookup = (word: string) => string[];

/** How much two articles share. */
export interface OverlapCell {
  a: string;
  b: string;
  /** Claims both articles carry. */
  claims: number;
  /** Share (0..1) of word 5-grams of the smaller article that also appear in the other: shared wording, as copied text. */
  wording: number;
}

/** Element tree satori renders (React's element shape, without React). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

/** The text of a share card; the caller words it (messages.ts). */
export interface CardText {
  /** Small line on top, e.g. "QUOTE · Marco Rubio". */
  eyebrow: string;
  title: string;
  /** e.g. "Reported by 3 of 5 articles · 2 articles say Sunday, 1 says Monday". */
  detail: string;
  footerLeft: string;
  footerRight: string;
}

/** One wording on a claim page, with its differences from the base wording. */
export interface ComparedWording {
  mention: Mention;
  isBase: boolean;
  segments: DiffSegment[];
}

/** Everything a claim page shows for one choice of base wording. */
export interface ClaimComparison {
  base: Mention;
  wordings: ComparedWording[];
  /** Present when three or more articles carry the claim. */
  collation?: Collation;
}

/** A searchable collection: `search(query, limit)` returns Fuse results over the original documents. */
export interface Searcher<T> {
  size: number;
  search: (query: string, limit: number) => FuseResult<T>[];
}

/** Ranked search results: claims first, then sentences. */
export interface SearchResults {
  claims: FuseResult<ClaimDoc>[];
  sentences: FuseResult<SentenceDoc>[];
}

/** One name as written somewhere in the story. */
export interface NameOccurrence {
  text: string;
  article: string;
  anchor: string;
}

/** Where things live on the site; given by the data layer (it knows the base path). */
export interface SearchUrls {
  claim: (story: string, claim: string) => string;
  sentence: (story: string, article: string, anchor: string) => string;
}

/** Context about the block, for the heuristics. */
export interface BlockContext {
  tag: string;
  text: string;
  /** True when the whole block is bold. */
  bold?: boolean;
  /** True when the block comes right after a picture. */
  afterImage?: boolean;
  /** True when the whole block is in italics. */
  italic?: boolean;
  /** The previous block's text, if any. */
  previous?: string;
}

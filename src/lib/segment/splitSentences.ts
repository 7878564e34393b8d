import { MONTH_PATTERN } from './monthPattern.ts';

/** Options of {@link splitSentences}. */
export interface SplitOptions {
  /** BCP 47 tag passed to `Intl.Segmenter`. Default: `en`. */
  language?: string;
}

// Intl.Segmenter (ICU's sentence rules) is the segmentation package here; it has no
// abbreviation list and no notion of quotations, so news prose needs the repairs below.
// Each list is of *kinds* of token (titles, months, dotted acronyms), not of this corpus's words.

/** Titles and honorifics that precede a name: a following capital never starts a sentence. */
const NAME_TITLES = new Set(
  'mr mrs ms mx dr prof sen rep gov gen lt col capt cmdr adm maj sgt cpl pvt rev fr hon pres supt det insp amb atty sr jr st mt ft no nos rs vol art sec dept'.split(
    ' ',
  ),
);

/** Titles above that number or price what follows ("No. 10", "Nos. 4 and 5", South Asian copy's "Rs. 500 crore") rather than name someone. */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'rs']);

/** Abbreviations that can end a sentence too: split only before a word that usually starts one. */
const AMBIGUOUS_ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp bros assn univ approx est etc vs al'.split(' '),
);

/** Capitalised words that usually start a new sentence rather than continue a name. */
const SENTENCE_STARTERS = new Set(
  `the a an he she it they we i you this that these those his her its their our my your but and or so yet
  in on at as for with after before when while if although though however meanwhile there here what who why
  how some many most last next despite still also according earlier later then now today yesterday
  tomorrow one two three both each all no not neither nor such since because during under over`.split(/\s+/),
);

/** A clause that attributes the preceding quotation: up to four name words (or a pronoun), then a speech verb. */
const ATTRIBUTION =
  /^(?:(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}|(?:he|she|they|it|we|i)\s+)(?:said|says|asked|asks|told|tells|added|adds|explained|stated|wrote|writes|replied|answered|insisted|warned|declared|noted|continued|argued|claimed)\b/iu;

/** A month name opening the next piece (after an ordinal day such as "1."). */
const DAY_MONTH = new RegExp(String.raw`^${MONTH_PATTERN}(?:\s|$)`, 'u');
const DAY_MONTH_YEAR = new RegExp(String.raw`^${MONTH_PATTERN}\s+\d{4}\b`, 'u');
/** A preposition before a day ("from 1.", "until 30."). */
const DAY_AFTER = /\b(?:from|on|until|till|since|by|before|after|to|the)\s+\d{1,2}\.$/i;

/** Token patterns that look like a sentence end but are an abbreviation or initials. */
const INITIALS = /(?:^|[\s(“"‘'])(?:[A-Z]\.)+$/; // J.P. / U.S. / J.
const DOTTED_LOWER = /(?:^|[\s(])(?:[a-z]\.){2,}$/; // a.m. / p.m. / e.g. / i.e.
const HYPHENATED_STATE = /-[A-Z][a-z]{1,4}\.$/; // D-Nev. / R-Calif.

/** Splits one paragraph into sentences, verbatim (trimmed), repairing abbreviations and quotations. */
export function splitSentences(text: string, { language = 'en' }: SplitOptions = {}): string[] {
  const segmenter = new Intl.Segmenter(safeLocale(language), { granularity: 'sentence' });
  // ICU lets a sentence run on into one that opens with a digit ("11 people have died. 34 are
  // injured"): such a piece is cut after the full stop, and the repairs below join it back
  // when the stop ends an abbreviation ("Oct. 3", "No. 10").
  const pieces = [...segmenter.segment(text)].flatMap((s) => s.segment.split(/(?<=[.!?][”"’)]?\s+)(?=\d)/u));
  const merged: string[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if (previous !== undefined && shouldJoin(previous, piece, text, merged.join('') + piece)) {
      merged[merged.length - 1] = previous + piece;
    } else {
      merged.push(piece);
    }
  }
  return merged.map((s) => s.trim()).filter((s) => s.length > 0);
}

function safeLocale(language: string): string {
  try {
    return Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : 'en';
  } catch {
    return 'en';
  }
}

/** Decides whether `next` continues `previous` rather than starting a new sentence. */
function shouldJoin(previous: string, next: string, whole: string, upToNext: string): boolean {
  const before = previous.trimEnd();
  const nextTrimmed = next.trimStart();
  const firstWord = /^[“"‘'(]*([\p{L}\p{N}]+)/u.exec(nextTrimmed)?.[1] ?? '';
  const startsLower = /^[\p{Ll}]/u.test(firstWord);
  if (startsLower && /[.!?]$/.test(before) === false) return true;
  const lastToken = /(\S+)$/.exec(before)?.[1] ?? '';
  const bareLast = lastToken
    .replace(/^[(“"‘']+/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (lastToken.endsWith('.')) {
    // "No." numbers what follows ("No. 10 Quay Street"); before a word it is the answer "No."
    // ("No. We will see the city in court.", "The answer was no. We …").
    if (NAME_TITLES.has(bareLast) && (!NUMBER_ABBREVIATIONS.has(bareLast) || /^\d/.test(firstWord))) return true;
    const abbreviation =
      INITIALS.test(before) || DOTTED_LOWER.test(before) || HYPHENATED_STATE.test(before) || AMBIGUOUS_ABBREVIATIONS.has(bareLast);
    if (abbreviation && (startsLower || !SENTENCE_STARTERS.has(firstWord.toLowerCase()))) return true;
  }
  // "From 1. June 2027": a day written as German copy writes it ("1. Juni") and its translation
  // keeps, not a sentence ending in a number.
  // A month with its year, or a day after a preposition ("from 1. June"); "finished 12. March
  // came next" is two sentences.
  const day = /^(?:[1-9]|[12]\d|3[01])\.$/.test(lastToken);
  if (day && (DAY_MONTH_YEAR.test(nextTrimmed) || (DAY_AFTER.test(before) && DAY_MONTH.test(nextTrimmed)))) return true;
  // `“Will you take them?” Rubio asked.`: ICU ends the sentence at `?”`, but a short speech-verb
  // clause after a closing quotation mark is its attribution, not a new sentence.
  if (/[?!][”"’]$/.test(before) && ATTRIBUTION.test(nextTrimmed)) return true;
  // A quotation still open at the end of `previous` that closes later in the paragraph is one
  // reported utterance: keep it in one piece so the quote and its attribution stay together.
  const open = openQuote(previous);
  if (open && closesLater(whole, previous.length === 0 ? 0 : upToNext.length - next.length, open)) return true;
  return false;
}

/** The marks that close a quotation opened by each mark: German „ closes with “ (or a straight mark in machine translations). */
const CLOSING: Record<string, string> = { '“': '”"', '„': '“”"', '«': '»', '"': '"”' };

/** The opening mark of a double quotation still open at the end of the text, if any. */
function openQuote(text: string): string | undefined {
  let open: string | undefined;
  for (const ch of text) {
    if (open === undefined) {
      if (ch in CLOSING) open = ch;
    } else if (CLOSING[open]!.includes(ch)) open = undefined;
  }
  return open;
}

/** True when a mark closing a quotation opened by `open` follows `offset` in the paragraph. */
function closesLater(whole: string, offset: number, open: string): boolean {
  const rest = whole.slice(offset);
  return [...CLOSING[open]!].some((mark) => rest.includes(mark));
}

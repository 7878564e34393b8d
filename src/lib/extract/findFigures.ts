import { stemmer } from 'stemmer';
import type { Figure } from '../types.ts';
import { MONTHS, SPAN_UNITS, WEEKDAYS } from './calendarWords.ts';
import { currencyOf } from './currencyOf.ts';
import { findDates } from './findDates.ts';
import { findDurations } from './findDurations.ts';
import { findMeasures } from './findMeasures.ts';
import { EXACT_NUMBER_WORD, NUMBER_WORD, ORDINAL_WORD, ordinalNumber, wordNumber } from './numberWords.ts';
import { findTemperatures } from './findTemperatures.ts';
import { findTimes } from './findTimes.ts';
import { isDemonym } from './isDemonym.ts';
import { updateLabel } from './updateLabel.ts';
import { lexiconTags, NAME_TAGS } from './lexiconTags.ts';

// Written by hand: number-words and money parsers on npm handle either "£700m" or "seven
// hundred", not the mix of currency symbols, scales and tallies news copy uses; the rules below
// are general (no corpus words), small, and tested.

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  // A thousand million, as British and European usage (and machine translations of "Milliarde",
  // "milliard") name it.
  milliard: 1e9,
  mrd: 1e9,
  mio: 1e6,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  // South Asian copy counts in lakhs (a hundred thousand) and crores (ten million): "₹500
  // crore" is the 5 billion rupees another report gives.
  lakh: 1e5,
  crore: 1e7,
};

// Thousands grouped by commas, or by spaces as French and German copy (and machine
// translations of it) write them ("40 000 tons"): one number, not 40 and 000.
const THOUSANDS = String.raw`\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)`;
// A comma before one or two digits is a decimal comma, as machine translations from most
// European languages keep it ("3,5 percent", "1,2 million"); before three it groups thousands.
const DECIMAL_COMMA = String.raw`\d+,\d{1,2}(?![\d,])`;
const NUM = String.raw`(?:${THOUSANDS})(?:\.\d+)?|${DECIMAL_COMMA}|\d+(?:\.\d+)?`;
/** Thousands a translation groups with full stops and ends in three zeros ("300.000", "1.200.000"). */
const DOTTED_THOUSANDS = String.raw`\d{1,3}(?:\.\d{3})*\.000`;
const DOTTED_ONLY = new RegExp(`^${DOTTED_THOUSANDS}$`);
/** Currency abbreviations written in mixed case before an amount ("Rwf", "Frw", "KSh", "Shs"): see currencyOf. */
const PRESS_CODES = 'Rwf|Frw|KShs?|Kshs?|UShs?|TShs?|Shs?|Rs\\.?';
// The scale words written out, singular.
const SCALE_NAMES = 'thousand|million|milliard|billion|trillion|lakh|crore';
// A scale word may be hyphenated to its number ("a $340-million mine"); an abbreviation may not.
// "40 millions of phones" is how machine translations from French and Spanish write the scale.
// German copy's "Mrd." and "Mio." (Milliarden, Millionen) survive some machine translations.
const GERMAN_SCALES = String.raw`\s(?:Mrd|Mio)`;
const SCALE_WORD = String.raw`(?:(?:[\s-]?(?:${SCALE_NAMES})(?:s(?:\s+of)?)?|\s?(?:bn|mn|tn|[kmb]))\b|${GERMAN_SCALES}\b\.?)`;
const SCALE = `${SCALE_WORD}?`;
// A scale word standing for its number alone ("to 5.42 million, driven by").
const SCALE_ALONE = new RegExp(`^(?:${SCALE_NAMES})s?$`, 'i');
// "$3-4 million" is one range, not $3 and a count of four million (a range needs its scale word).
// An ISO code may stand before the amount ("CHF 230 million"), and so may the abbreviations
// African copy writes, attached or not ("Frw 50 million", "KSh2.3 billion", "Sh500,000"), and
// South African copy's rand, attached and scaled only ("R2 million"; "R2" alone is a road).
const MONEY_PREFIX = new RegExp(
  String.raw`(US\$|A\$|C\$|NZ\$|HK\$|S\$|GH[¢₵]|E£|[£$€¥₹₦]|\b(?:CHF|RWF|GBP|USD|EUR|JPY|INR|AUD|CAD|KES|UGX|TZS|NGN|GHS|ZAR|EGP)\b|\b(?:${PRESS_CODES})(?=\s?\d)|\bR(?=\d[\d.,]*\s?(?:million|billion|trillion|bn|m)\b))\s?(${NUM})(?:\s?[-–]\s?(${NUM})(?=${SCALE_WORD}))?(${SCALE})`,
  'giu',
);
// Currency names and codes written after the amount ("2 million pounds", "500 CHF").
const CURRENCY_NAME = String.raw`pounds?|dollars?|euros?|francs?|yen|yuan|renminbi|rand|naira|r[ou]bles?|zlotys?|forints?|reais|hryvnias?|baht|ringgit|rupiah|rupees?|pesos?|shillings?|kron[eoa]r?|crowns?|dinars?|riyals?|rials?|dirhams?|liras?|lire|shekels?|korunas?|koruny|lei|leu|leva|taka|cedis?|birr|tenge|lari|kwacha|kyats?|afghanis?|florins?|guilders?|won|RWF|CHF|GBP|USD|EUR`;
const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY_NAME})$`, 'i');
/** "in 2019 won the title", "Another three won't kill me": the won is Korea's only when Korea is named ("South Korean won"). */
const isBareWon = (name: string, country: string) => !country && /^won$/i.test(name);
// "230 millions of francs", "1,3 billion of dollars", "600 millions crowns": how machine
// translations from French, Spanish and Nordic languages write the scale; "120m euros", as
// sports pages give a conversion.
// A country's name or adjective may sit between the amount and the currency ("5 million Swiss
// francs", "2 billion Hong Kong dollars").
const MONEY_SUFFIX = new RegExp(
  String.raw`\b(${NUM})(?:([\s-]?(?:${SCALE_NAMES})|\s?(?:bn|mn|m)(?=\s)|${GERMAN_SCALES}\.?(?=\s))(?:s?\s+of|s)?)?[\s-]((?:\p{L}[\p{L}.]*\s+){0,2}?)(${CURRENCY_NAME})\b`,
  'giu',
);
// "5.8pc", "4.2 pct": how British and wire copy abbreviate per cent.
/**
 * A number of cents, not "per cent" ("5 per cent" is a percentage), or of the Nordic hundredths
 * ("20 øre"); pence are a pound's ("312 pence", "212p").
 */
const CENTS = new RegExp(
  String.raw`(?<!\bper\s)\b(${NUM})(?:[\s-]?(?:(cents?|øre|öre)\b|¢|(pence|penny)\b)|(p)(?![\p{L}\d]|\.\s?m\b))`,
  'giu',
);
/** The currency of an amount in cents, until the story's currency is known (see extractFacts). */
export const CENT = '¢';
const PERCENT = new RegExp(String.raw`\b(${NUM})[\s-]?(%|per[ -]?cent\b|percent\b|pct\b|pc\b)`, 'giu');
// "25 basis points", "0,25 percentage points", "a quarter of a percentage point": a change in a
// rate, read in percentage points (a basis point is a hundredth of one), so that the three agree.
const POINTS = new RegExp(
  String.raw`\b(?:(${NUM})|(a quarter|three quarters|half) of an?|(half) an?)(?:[\s-](percentage[\s-]points?|basis[\s-]points?)|[\s-]?(bps?))\b`,
  'giu',
);
/** What a fraction of a point before the unit is worth ("a quarter of a percentage point"). */
const POINT_FRACTIONS: Record<string, number> = { 'a quarter': 0.25, 'three quarters': 0.75, half: 0.5 };
// A chess score counts half points ("2.5-0.5", "7½-6½"); a tally never starts inside a decimal.
const TALLY = /(?<![\d.,])\b(\d{1,4}(?:[.,]5|½)?)[-–](\d{1,4}(?:[.,]5|½)?)(?![\d½])(?!\s*(?:year|day|month|week|hour|minute))/gu;
const YEAR = /\b(1[89]\d{2}|20\d{2})\b/gu;
// A decade: "the 1980s", "the mid-1990s", "the '80s", and a translation's "the years 1980"
// ("les années 1980"); its value keeps the "s" so it is never read as its first year.
const DECADES = /\b(1[89]\d0|20\d0)s\b|(?<=\s|^)['‘’](\d0)s\b|(?<=\bthe years\s+)(1[89]\d0|20\d0|\d0)\b/giu;
/**
 * A change of level before "from" ("rose from", "has fallen sharply from", "was cut from"), or
 * of a span ("extend compulsory military service from"), its object between.
 */
const CHANGE_FROM =
  /\b(?:rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|gr(?:ew|own|ows?|owing)|(?:in|de)creas(?:e|es|ed|ing)|(?:climb|jump|soar|slump|plung|surg|rais|reduc|lower|doubl|halv|extend|lengthen|shorten)\p{L}*|drop(?:s|ped|ping)?|cut|cuts|up|down)\s+(?:\p{L}+ly\s+)?(?:(?!from\b)\p{L}+\s+){0,3}from\s+$/iu;
// In digits or in words ("six to nine months", "between six and nine months"), not one of each.
const COUNT_RANGE = new RegExp(
  String.raw`(?:\bbetween\s+)?\b(?:(${NUM})\s*(?:[-–]|\s+and\s+|\s+to\s+)\s*(${NUM})|(${EXACT_NUMBER_WORD})\s+(?:and|to)\s+(${EXACT_NUMBER_WORD}))\s+(\p{L}+)`,
  'giu',
);
// A possessive dates what it owns too: "his 2024 articles", "their 2019 campaign".
const YEAR_BEFORE =
  /\b(?:the|in|since|by|until|from|of|to|between|and|before|after|during|early|late|mid|this|last|next|his|her|its|their|our|my|your)\s+$|\p{L}['’]s\s+$/iu;
// "61 votes to 48", "by seven votes to two": the same tally as "61-48".
const VOTE_NUMBER = String.raw`\d{1,4}|${NUMBER_WORD}`;
// "voices" is how machine translations render French "voix" and German "Stimmen".
const VOTE_TALLY = new RegExp(
  [
    // "61 votes to 48", "by seven votes to two", "141 votes against 38".
    String.raw`\b(${VOTE_NUMBER})\s+(?:votes?|voices)\s+(?:to|against)\s+(${VOTE_NUMBER})\b`,
    // A translation of German "mit 141 gegen 38 Stimmen" puts the votes last: "141 against 38 voices".
    String.raw`\b(${VOTE_NUMBER})\s+(?:to|against)\s+(${VOTE_NUMBER})\s+(?:votes|voices)\b`,
    // "214 in favour and 187 against", a translation's "214 votes favourable, 187 contrary".
    String.raw`\b(${VOTE_NUMBER})\s+(?:(?:votes?|voices)\s+)?(?:in\s+favou?r|favou?rable)\s*(?:,\s*|\s+and\s+|,\s*and\s+)(${VOTE_NUMBER})\s+(?:(?:votes?|voices)\s+)?(?:against|contrary|opposed)\b`,
  ].join('|'),
  'giu',
);
// "passed the budget, 58 to 51": a bare "N to M" is a tally in a sentence about a vote, unless
// a unit follows ("from 10 to 12 percent", "2 to 10 years"); a small word may ("2 to 1 at the").
const BARE_TALLY =
  /(?<![\d.,])\b(\d{1,4})\s+to\s+(\d{1,4})\b(?![.,]\d)(?!\s*(?:%|per|percent\b|(?!(?:at|in|on|against|with|for|and|after|before|the|a|an|as|to|of)\b)\p{L}))/giu;
// A match's score reads the same way ("beating Dravik for 2 to 1", a translation's "2 to 1 against").
const VOTE_CONTEXT =
  /\b(?:vot(?:e|es|ed|ing)|ballot|passed|approved|rejected|adopted|lawmakers|parliament|senate|congress|council|assembly|beat(?:s|ing|en)?|w[io]ns?|defeat(?:s|ed|ing)?|lost|los(?:e|es|ing)|dr[ae]w|final|match|game|against|equali[sz](?:e|es|ed|ing)|level)\b/i;
// A number of ten or more with no counted noun after it ("put the crowd at about 3,000."); a
// decimal, a time or a range continues with a digit and is left alone.
// A translation's thousands grouped by full stops ("the organisers spoke of 300.000"): three
// zeros after the last stop, as no decimal is written.
const BARE_COUNT = new RegExp(
  String.raw`(?<![\d:.,]|\p{L}-)\b(${THOUSANDS}|${DOTTED_THOUSANDS}|\d{2,})(?![.,:–-]?\d)(?!\s*[\p{L}%$£€¥])`,
  'gu',
);
// "2.70 crowns, up from 2.50", "from 65 crowns to 70", "70 crowns (currently 65)", "312,400
// krona, down from 319,100 a year earlier": a bare amount, up to two decimals, with no noun
// after it (a time may follow), set against the sentence's money (see MONEY_SET_AGAINST).
const BARE_AMOUNT =
  /(?<![\d:.,]|\p{L}-)\b(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)(?![.,:–-]?\d)(?!\s*[%$£€¥])(?!\s*(?!(?:an?|one|in|on|at|earlier|before|ago|last|this|that|the)\b)\p{L})/gu;
/** The text of an amount in hundredths of a currency (see CENTS). */
const HUNDREDTHS = /(?:cents?|øre|öre|pence|penny|¢)$/i;
/** Words that set a bare amount against the sentence's money: a comparison, "from <money> to", "(currently". */
const MONEY_SET_AGAINST =
  /(?:\b(?:than|below|above|from|versus|vs\.?|against|currently|previously|formerly)|\bfrom\s+[^,;:()]{1,25}?\s+to)\s+$/i;
/** So do these before an amount with decimals, a price however it is set ("stays at 1.40", "was 2.50"). */
const PRICE_SET_AGAINST = /\b(?:at|was|is|now|to)\s+$/i;
// Not after ":" (the minutes of a time, "10:30") or inside a longer number.
// A word after a number, hyphenated compounds whole ("over-60s", "part-time"), so that a
// compound with digits is never cut into a counted noun ("over-").
const WORD = String.raw`\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*`;
const COUNT = new RegExp(String.raw`(?<![\d:.,]|\p{L}-)\b(${NUM})(${SCALE})\s+(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`, 'giu');
// "a 48-hour strike", "the 62-page ruling": the same count as "48 hours", "62 pages".
const HYPHEN_COUNT = new RegExp(
  String.raw`(?<![\d:.,]|\p{L}-)\b(${THOUSANDS}|\d+(?:\.\d+)?|${NUMBER_WORD})-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)(\p{L}+)(?:-\p{L}+)*`,
  'giu',
);
// "in the 34th minute", "an 89th-minute goal", "the 12th day of the strike": read like "34
// minutes", "12 days". "The 16th century" is a period of the calendar, not an amount.
// A translation keeps German's ordinal full stop after "the" ("on the 50. anniversary").
const ORDINAL_COUNT = /\b(\d{1,3})(?:st|nd|rd|th|(?<=\bthe\s+\d{1,3})\.(?=\s+\p{Ll}))[\s-](?!centur|millenni)(\p{L}+)(?:\s+(\p{Ll}+))?/giu;
// "the third such incident", "for a fourth straight meeting", "the ninth year running", "the
// fourth of this year": the place of an event in a series of its like, which one report may
// count otherwise ("the 4th time"). Each is read as the nth time, whatever the words name the
// series by (a meeting, a title, a year). Not "the first": "for the first time since 2019",
// "their first in 15 years" count within a window of their own, and are mostly emphasis.
const SERIES_ORDINAL = new RegExp(
  String.raw`\b(?!first\b|1st\b)(${ORDINAL_WORD}|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:such|straight|consecutive|successive)\s+\p{L}+|time\b|\p{L}+\s+(?:running|in\s+a\s+row)\b|(?:of\s+)?this\s+(?:year|month|week|season|decade)\b)`,
  'giu',
);
// "the third day of the strike", "a fifth night of protests": a place in time spelled out, read
// as "the 3rd day" is (ORDINAL_COUNT).
const SPELLED_ORDINAL_COUNT = new RegExp(String.raw`\b(${ORDINAL_WORD})\s+(day|night|week|month|round)(?=\s+of\b)`, 'giu');
const RANK_NOUN = /^(?:place|position|spot|rank)$/i;
// "sit 19th in the table", "finished 3rd", "ranks 112th of 180": a place in a ranking. Not a
// day of the month ("on the 19th", "by the 3rd of"), which comes after "the" or before "of" and
// a month.
const BARE_RANK = /(?<!\bthe\s+)\b(\d{1,3})(?:st|nd|rd|th)\b(?![\s-]+(?:of\b(?!\s+\d)|centur|millenni))/giu;
// "is only on rank 16", "climbed to place 5": a translation's place in a ranking, the noun first.
const RANK_FIRST = /(?<=\b(?:on|in|at|to|from)\s+(?:the\s+)?)(?:rank|place|position)\s+(\d{1,3})\b(?![.,:]?\d)/giu;
// "After the 0:3 against Port Ellis": a score as German and Scandinavian copy writes it; a
// time of day always has two digits of minutes.
const COLON_SCORE = /(?<![\d:.,])\b(\d{1,2}):(\d)\b(?![\d:.,]\d?)/gu;
// "at the 34'", "89' GOAL!", "90+3'": a match minute as reports and their translations write it.
const MINUTE_MARK = /(?<![\d.,'’′])\b(\d{1,3})(?:\+(\d{1,2}))?['’′](?![\p{L}\d])/gu;
// "a goal of Diego Santos (40.)": German copy's match minute, an ordinal in brackets, as its
// translations keep it, in a sentence about a match (MATCH_WORDS).
const MINUTE_BRACKET = /(?<=\()(\d{1,3})\.(?=\))/gu;
/** Words of a match report, which make "(40.)" a minute. */
const MATCH_WORDS = /\b(?:goals?|scor(?:e|es|ed|ing)|penalty|card|header|equali[sz]\w*|match|game|minutes?)\b/i;
/** Words that set a number against another ("below the", "up from", "more than", "instead of previously"). */
const COMPARED =
  /\b(?:than|below|above|from|versus|vs\.?|against|instead of(?:\s+previously)?|previously|compared (?:with|to))\s+(?:the\s+|an?\s+)?$/i;
// "up by a fifth", "a fifth longer", "a quarter of residents", "roughly another fifth": the
// same share as "20%", "25%"; not "a third time" (an ordinal), "a quarter of an hour" or "of a
// percentage point" (a part of one unit), nor "a year and a half" (a whole and a part of it).
const FRACTION =
  /\b(?<!\b(?:(?:year|month|week|day|hour|minute|mile|kilometre|metre|litre|pound|dozen|century|decade|million|billion)s?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+and\s+)(?:(a|one|another|a\s+further)\s+(half|third|quarter|fifth|tenth)|(two|three|four|five|six|seven|eight|nine)[\s-](thirds|quarters|fifths|tenths))\b(?=\s+of\b(?!\s+an?\b|\s+(?:percentage\s+)?(?:point|hour|mile|day|minute|second|century|year|inch|metre|meter|litre|liter)\b)|\s+(?:longer|shorter|more|less|fewer|higher|lower|bigger|smaller|faster|slower|cheaper|dearer)\b|\s*[.,;]|$)/giu;
const HALF_OF =
  /(?<!\b(?:first|second|other|latter|former|last|one|a|the|and)\s+)\bhalf(?=\s+of\b(?!\s+(?:an?\b|(?:percentage\s+)?point)))/giu;
const SHARE_BEFORE = /\b(?:of|by|to|at|than|is|was|are|were|about|nearly|almost|around|roughly|some|only|just|over|under|barely)\s+$/i;
// "one in eight patients", "3 in 10 adults", "one in every 1,000 births": a share, as "12.5%"
// another report gives it; not "one in 2019" (a year).
const RATIO = new RegExp(
  String.raw`\b(${NUMBER_WORD}|\d{1,3})\s+(?:in|out\s+of)\s+(?:every\s+)?(?!(?:19|20)\d\d\b)(${NUMBER_WORD}|${THOUSANDS}|\d{1,5})\b(?!\s*(?:%|per\s*cent|percent|[.,]\d))`,
  'giu',
);
// A translation's share ("une personne sur trois" as "one person on three", "two on five"):
// read as "one in three" only with "on" between two numbers, the first the smaller.
const RATIO_ON = new RegExp(
  String.raw`\b(${NUMBER_WORD}|\d{1,3})\s+(?:(?:person|persons|people|adults?|child|children|adolescents?|teenagers?|patients?|women|woman|men|man|households?|students?|pupils?|voters?|residents?|inhabitants?|citizens?|workers?|employees?|drivers?)\s+)?on\s+(${NUMBER_WORD}|\d{1,3})\b(?![\s-]*(?:%|per\s*cent|percent|[.,]\d|point|scale|one\b))`,
  'giu',
);
// A level on a scale ("rated the danger at four on its five-point scale", "4 on a scale of 1 to
// 5", "4 of 5 levels", "three out of five stars"): one rating however it is written, not a share
// of a whole. A bare "4 out of 5" is one only after a word that rates (SCALE_CONTEXT), as "four
// out of five doctors" is a share.
const SCALE_LEVEL = new RegExp(
  String.raw`\b(${NUMBER_WORD}|\d{1,2})\s+(?:on\s+(?:a|an|its|the|their)\s+(${NUMBER_WORD}|\d{1,2})[\s-]point\s+scale|on\s+a\s+scale\s+of\s+(?:1|one|0|zero)\s+to\s+(${NUMBER_WORD}|\d{1,2})|(?:out\s+)?of\s+(${NUMBER_WORD}|\d{1,2})(\s+(?:levels|stars|points))?)\b(?!\s*(?:%|per\s*cent|percent|[.,]\d))`,
  'giu',
);
/** What may follow a bare level on a scale: the clause's end or a preposition, not a noun it counts. */
const SCALE_END = /^\s*(?:[.,;:!?)–—-]|$|(?:at|in|on|for|and|from|with|by|until|since|this|that|today|yesterday)\b)/i;
/** Words that make the bare "4 out of 5" after them a level on a scale. */
const SCALE_CONTEXT = /\b(?:level|danger|risk|alert|rating|rated|rates|scale|category|threat|warning|graded|scored)\b[^.;:!?]{0,40}$/i;
// "slowed by about a quarter over 18 months": after "by", a fraction is a change's share, whatever follows.
const FRACTION_BY =
  /(?<=\bby\s+(?:(?:about|around|roughly|nearly|almost|more than|less than|over|under)\s+)?)(?:a|one)\s+(half|third|quarter|fifth|tenth)\b(?!\s+of\s+(?:an?\b|(?:percentage\s+)?point))/giu;
/** Parts in a whole, by the fraction's name. */
const PARTS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
/** A fraction as a percentage, to one decimal: "a third" is 33.3%, "two-fifths" 40%, "two thirds" 66.7%. */
const percentOf = (numerator: number, parts: string) => Math.round((numerator / PARTS[parts.toLowerCase().replace(/s$/, '')]!) * 1000) / 10;
// "a decade" is ten years, "a century" a hundred, "half a century" fifty, "a quarter of a century"
// 25, "a decade and a half" fifteen; "over the next decade", "in the past decade" ten (not "the
// last decade of the century", a period).
const DECADE =
  /\b(?:(half|a\s+quarter\s+of)\s+)?(?:(?:a|one)\s+(decade|century)(\s+and\s+a\s+half)?\b|the\s+(?:next|past|last|coming|previous)\s+(decade|century)\b(?!\s+of\b))/giu;
// "a fortnight" is two weeks.
const FORTNIGHT = /\b(?:a|one)\s+fortnight\b/giu;
const HALF_HOUR = /\bhalf(?:[- ]an?)?[- ]hour\b/giu;
// An earthquake's size: "magnitude 5.8", "a magnitude of 5.8", "put its magnitude at 5.8", "5.8-magnitude", "6.0 on the Richter scale".
const MAGNITUDE =
  /\bmagnitude(?:\s+(?:of|at))?[\s-]+(\d+(?:[.,]\d+)?)\b|\b(\d+(?:[.,]\d+)?)[\s-]+(?:magnitude\b|on the richter scale\b)/giu;
/** Number words that give no amount a report could be checked on ("thousands of people"). */
const VAGUE_NUMBER = /^(?:hundreds|thousands|dozens)$/i;
// "half a million people", "a quarter of a million": a share of the scale; a translation's
// plural scale too ("three billions euros", "two millions of people").
const SCALED_WORD_COUNT = new RegExp(
  String.raw`\b(?:(half|a\s+quarter\s+of|a\s+third\s+of)\s+)?(${NUMBER_WORD}|an?)\s+(dozen|hundred|thousand|million|billion)(?:s(?:\s+of)?)?\s+(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`,
  'giu',
);
/** The share of its scale a fraction before a spelled-out amount or a span takes ("half a million", "half a century"). */
const SCALE_FRACTIONS: Record<string, number> = { half: 0.5, 'a quarter of': 0.25, 'a third of': 1 / 3 };
// "five percent", "twelve per cent", as translations spell them.
const WORD_PERCENT = new RegExp(String.raw`\b(${NUMBER_WORD})[\s-](?:per[ -]?cent|percent)\b`, 'giu');
const WORD_COUNT = new RegExp(String.raw`\b(${NUMBER_WORD})\s+(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`, 'giu');
// "Three of the nine committee members", "two of the suspects": a part of a group counted,
// counts what the group is of. Without the group's number it takes a part of two or more:
// "one of the victims" is as often a way to single one out as a count. A possessive's group is
// left alone: "sixteen of its citizens" counts another country's citizens than "ten of its
// citizens" in the next sentence, and nothing here says whose; with its number it is one
// group ("220 of their 900 branches", "three of the country's ten provinces"), as it is without
// "the" ("220 of 900 filials"), of which a part of two or more is counted.
const PARTITIVE = new RegExp(
  String.raw`(?<![\d.,])\b(${NUMBER_WORD}|\d{1,3}(?:,\d{3})*)\s+of\s+(?:the\s+(?:[\p{L}-]+['’]s\s+|(?:past|last|previous|first|next)\s+(?=(?:${NUMBER_WORD}|\d{1,3}(?:,\d{3})*)\s))?|(?:(?:their|its|his|her|our|\p{Lu}[\p{L}-]*['’]s)\s+)?(?=(?:${NUMBER_WORD}|\d{1,3}(?:,\d{3})*)\s))((?:${NUMBER_WORD}|\d{1,3}(?:,\d{3})*)\s+)?(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`,
  'giu',
);
/**
 * A vote as the verb of a part of a group, right after it or after the body it sits on ("… of
 * the bank's rate-setting board voted for the increase"), not in another clause ("were absent
 * when the board voted").
 */
const PARTITIVE_VOTE =
  /^(?:\s+(?:of|on|in|at)\s+(?:[\p{L}’'-]+\s+){1,5}?)?\s*(?:have\s+|had\s+)?vot(?:ed|e)\s+(?:for|in favou?r|against|to)\b/iu;
/** Where a part of a group may be counted: "of the", or "of" and a possessive or the group's number. */
const PARTITIVE_GROUP = new RegExp(
  String.raw`\sof\s+(?:the\s|(?:their|its|his|her|our|\p{Lu}[\p{L}-]*['’]s)\s|\d|(?:${NUMBER_WORD})\s)`,
  'iu',
);
// "three and a half years", "2 and a half hours", "2½ hours", "two and a half million people":
// a whole and a half, read before the whole alone is taken for the count.
const UNIT_AND_A_HALF = /\b(?:a|an|one)\s+(year|month|week|day|hour)\s+and\s+a\s+half\b/giu;
const AND_A_HALF = new RegExp(
  String.raw`\b(${NUMBER_WORD}|\d{1,3})(?:\s+and\s+a\s+half|\s?½|\s+1/2)\s+(?:(dozen|hundred|thousand|million|billion)\s+)?(${WORD})(?:\s+(${WORD}))?(?:\s+(${WORD}))?`,
  'giu',
);
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'giu');
// A device's, power plant's or power line's unit ("5,000mAh", "38 GW", "400kV"): the same figure
// as "38 gigawatts" (distances, areas, speeds and weights are measurements, see findMeasures).
// A lone "m" is millions when a counted noun follows ("6.2m people").
const MEASURE = new RegExp(String.raw`\b(${NUM})\s?(mAh|kWh|MWh|GWh|TWh|GHz|GB|TB|MB|MP|kW|MW|GW|kV|m)\b`, 'gu');
const UNIT_SYMBOLS: Record<string, string> = {
  mAh: 'milliampere-hours',
  kWh: 'kilowatt-hours',
  MWh: 'megawatt-hours',
  GWh: 'gigawatt-hours',
  TWh: 'terawatt-hours',
  GHz: 'gigahertz',
  GB: 'gigabytes',
  TB: 'terabytes',
  MB: 'megabytes',
  MP: 'megapixels',
  kW: 'kilowatts',
  MW: 'megawatts',
  GW: 'gigawatts',
  kV: 'kilovolts',
};
// A number right after a name or a label noun names something ("Section 230", "Flight 370",
// "Boeing 737", "page 12"): it counts nothing.
const LABEL_NOUNS = new Set(
  'page pages section article chapter number no flight route room gate platform terminal paragraph clause item rule amendment resolution bill level grade tier phase stage category highway road line bus channel version season episode model'.split(
    ' ',
  ),
);
/** Whether the number at `index` follows a label noun or a capitalised name (not the sentence's first word). */
const isLabel = (sentence: string, index: number) => {
  // "Flight VA 412", "Route N 7": a code between the label noun and the number is part of the label.
  const coded = /(?:^|\s)([\p{L}.]+)\s+\p{Lu}{1,3}\s+$/u.exec(sentence.slice(0, index));
  if (coded && LABEL_NOUNS.has(coded[1]!.toLowerCase())) return true;
  const before = /(?:^|\s)([\p{L}.]+)\s+$/u.exec(sentence.slice(0, index));
  if (!before) return false;
  const word = before[1]!;
  // A quotation of several sentences is one sentence of ours: a capital after a full stop
  // inside it ("The crew did everything right. Within half an hour …") starts a sentence too.
  const lead = sentence.slice(0, before.index + (/^\s/.test(before[0]) ? 1 : 0));
  const first = /(?:^|[.!?…]["”’)]?\s+)$/u.test(lead);
  const lower = word.toLowerCase().replace(/\.$/, '');
  // "On Tuesday 180 flights…": a day or month before a number is no name.
  const dated = WEEKDAYS.includes(lower) || MONTHS.includes(lower);
  // "at a level twelve times the limit": a multiple, not "Level 12".
  const multiple = /^[\p{L}\d.,-]+\s+times\b/iu.test(sentence.slice(index));
  // "approved the bill two weeks ago": a span after the noun, not "Bill 2".
  const span = /^[\p{L}\d.,-]+\s+(?:seconds|minutes|hours|days|weeks|months|years|decades)\b/iu.test(sentence.slice(index));
  return (
    (LABEL_NOUNS.has(lower) && !multiple && !span) ||
    (!first && !dated && /^\p{Lu}/u.test(word) && !/^(?:[A-Z]{2,3}|[A-Z]\$)$/.test(word) && !isHeadlineCase(sentence))
  );
};

/**
 * "Storm Kills 12 In Norvik", "NURSES SCOOP 87 MILLION": in a headline whose words are nearly
 * all capitalised, a capital says nothing of a name. (Read only once a capitalised word stands
 * before a number, as few do.)
 */
const isHeadlineCase = (sentence: string) => {
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
};

const toNumber = (text: string) => Number(/^\d+,\d{1,2}$/.test(text) ? text.replace(',', '.') : text.replace(/[,\s]/g, ''));
/** A number in figures or in words ("16", "1,000", "sixteen", "twenty-five"). */
const numberOf = (text: string) => (/\d/.test(text) ? toNumber(text) : wordNumber(text));
/** A count's number: "35.000" with its thousands grouped by full stops, as German and French copy write them, is 35,000 (nobody counts people to three decimals). */
function countNumber(text: string): number {
  return /^\d{1,3}(?:\.\d{3})+$/.test(text) ? Number(text.replace(/\./g, '')) : toNumber(text);
}

/**
 * A number with the scale word after it ("2.95 billion"); without one, a count's number, so
 * "500.000 euros" is half a million (nobody prices to three decimals either).
 */
function scaledNumber(text: string, scale: string | undefined): number {
  if (!scale?.trim()) return countNumber(text);
  // "1.300 billion dollars": English writes 1.3 billion without trailing zeros, so a full stop
  // before three digits ending in two zeros groups thousands, as a translation of "1.300
  // Milliarden" or "1 300 milliards" keeps them (1,300 billion). "1.25 billion" stays a decimal.
  return times(/^\d{1,3}\.\d00$/.test(text) ? countNumber(text) : toNumber(text), scaleOf(scale));
}

/** A number times its scale without binary rounding error (4.1 × 1e6 is 4099999.9999999995 in floating point, "4.1 million" is 4,100,000). */
function times(x: number, scale: number): number {
  return Number((x * scale).toPrecision(15));
}

/** The multiplier of a scale word as matched ("-million", " bn"); 1 without one. */
function scaleOf(text: string | undefined): number {
  const word = text
    ?.replace(/^[\s-]+/, '')
    .trimEnd()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/s(?:\s+of)?$/, '');
  return word ? (SCALES[word] ?? 1) : 1;
}

/** Years in a decade and a century, as counts store their nouns (stemmed). */
const YEARS_IN: Record<string, number> = { decad: 10, centuri: 100 };

/**
 * A count of decades or centuries as the years it spans ("24 centuries" is the "2,400 years"
 * another report gives; "a decade" is already ten years); a range keeps its words.
 */
function inYears(figure: Omit<Figure, 'text'>): Omit<Figure, 'text'> {
  const factor = figure.kind === 'count' && figure.unit ? YEARS_IN[figure.unit] : undefined;
  if (!factor || figure.value.includes('–')) return figure;
  const amount = figure.amount! * factor;
  return { ...figure, amount, unit: 'year', value: `${amount} year` };
}

/** The first number written in a figure's text, as written ("91,2" in "91,2 millions of dollars"). */
const FIRST_NUMBER = new RegExp(NUM, 'u');

/**
 * The low end of a range written with the scale and unit once, after its high end ("between 60
 * and 80 millions of dollars", "between €60 and €80 million", "20 to 30 million euros",
 * "between 3 and 4 percent", "between 1.1 and 2.3 million people", "between 140 and 150
 * kilograms"): a bare number, or an amount of money with no scale, right before "and", "to" or
 * a dash and an amount of money, a percentage, a scaled count or a measurement takes that
 * amount's unit and scale; a low end joined by a dash to an amount read whole ("400-450 million
 * euros") is read first. Changes `figures` (sorted by start) in place.
 */
function rangeStarts(sentence: string, figures: { figure: Figure; start: number }[]): void {
  const written = (f: Figure) => countNumber(FIRST_NUMBER.exec(f.text)?.[0] ?? '');
  // A count only with a scale word: "30 to 40 people" is one range already (COUNT_RANGE).
  const scaledCount = (f: Figure) => f.kind === 'count' && f.amount !== written(f);
  const measured = (f: Figure) => f.kind === 'measure' && f.unit !== undefined;
  /** Whether an amount gives a bare low end before it its unit and scale. */
  const takesLowEnd = (f: Figure) => f.kind === 'money' || f.kind === 'percent' || scaledCount(f) || measured(f);
  // "400-450 million euros": the low end joined by a dash to an amount read whole is no figure
  // yet (its digits lay inside the tally "400-450"); it becomes the bare number read below.
  for (let i = figures.length - 1; i >= 0; i -= 1) {
    const { figure: high, start } = figures[i]!;
    if (!takesLowEnd(high)) continue;
    const low = HYPHEN_LOW_END.exec(sentence.slice(0, start));
    if (!low || (figures[i - 1] && figures[i - 1]!.start + figures[i - 1]!.figure.text.length > low.index)) continue;
    const amount = countNumber(low[1]!);
    figures.splice(i, 0, { figure: { kind: 'count', amount, value: String(amount), text: low[1]! }, start: low.index });
  }
  for (let i = 0; i + 1 < figures.length; i += 1) {
    const { figure: low, start } = figures[i]!;
    const { figure: high, start: highStart } = figures[i + 1]!;
    // "between 3 and 5 April": the first day takes the second's month (and year).
    if (
      high.kind === 'date' &&
      low.kind === 'count' &&
      low.unit === undefined &&
      /^\d{1,2}$/.test(low.text) &&
      low.amount! >= 1 &&
      low.amount! < Number(high.value.slice(8)) &&
      /^\s*(?:and|to|[-–])\s*$/i.test(sentence.slice(start + low.text.length, highStart))
    ) {
      figures[i]!.figure = { kind: 'date', value: `${high.value.slice(0, 8)}${String(low.amount).padStart(2, '0')}`, text: low.text };
      continue;
    }
    if (!takesLowEnd(high)) continue;
    if (!/^\s*(?:and|to|[-–])\s*$/i.test(sentence.slice(start + low.text.length, highStart))) continue;
    const bare = low.kind === 'count' && low.unit === undefined && /^\d/.test(low.text);
    const unscaled = low.kind === 'money' && low.currency === high.currency && low.amount === written(low);
    if (!bare && !unscaled) continue;
    // A low end is below the high one as written: "fell by 74,000 to 1.42 million" is a change and a level.
    if ((scaledCount(high) || measured(high)) && low.amount! >= written(high)) continue;
    // To the cent: the scale's division leaves float dust ("1,2" × 10⁹). A low end with its
    // own scale ("between 400 million and 450 million euros") is scaled already.
    const scale = low.amount === written(low) ? high.amount! / written(high) : 1;
    const amount = Math.round(low.amount! * scale * 100) / 100;
    if (!Number.isFinite(amount)) continue;
    const unit = high.unit ? ` ${high.unit}` : '';
    // With the word that opens it: "between 60 and 80", "from 2.5 to 2.7".
    const opening = RANGE_OPENING.exec(sentence.slice(0, start))?.[0].length ?? 0;
    const range = sentence.slice(start - opening, highStart + high.text.length);
    const value = {
      money: `${high.currency} ${amount}`,
      percent: `${amount}%`,
      count: `${amount}${unit}`,
      measure: `${Number(amount.toPrecision(3))}${unit}`,
    }[high.kind as 'money' | 'percent' | 'count' | 'measure'];
    figures[i]!.figure = {
      kind: high.kind,
      amount,
      value,
      text: low.text,
      ...(high.currency ? { currency: high.currency } : {}),
      ...(high.unit ? { unit: high.unit } : {}),
      ...(high.margin !== undefined ? { margin: high.margin } : {}),
      // Digits alone read as nothing; an end with its own unit ("12.02 euros") reads as itself.
      ...(/^[\d.,]+$/.test(low.text) ? { range } : {}),
    };
  }
}

/**
 * Two years that bound one span ("between 2015 and 2022", "from 2019 to 2023") each keep the
 * span's text as their `range`: the span is what a report states, and another report's
 * "between 2015 and 2021" disagrees with it over its end, not over an event of its own.
 * Changes `figures` (sorted by start) in place.
 */
function yearSpans(sentence: string, figures: { figure: Figure; start: number }[]): void {
  for (let i = 0; i + 1 < figures.length; i += 1) {
    const { figure: from, start } = figures[i]!;
    const { figure: to, start: toStart } = figures[i + 1]!;
    if (from.kind !== 'year' || to.kind !== 'year' || to.amount! <= from.amount!) continue;
    const opening = RANGE_OPENING.exec(sentence.slice(0, start))?.[0];
    if (!opening || !/^\s+(?:and|to)\s+$/i.test(sentence.slice(start + from.text.length, toStart))) continue;
    const range = sentence.slice(start - opening.length, toStart + to.text.length);
    figures[i]!.figure = { ...from, range };
    figures[i + 1]!.figure = { ...to, range };
  }
}

/** What comes before a rate's base. */
const RATE_BASE = /\bper\s+$/i;

/** The word that opens a range or span, right before its first end ("between 60 and 80", "from 2019 to 2023"). */
const RANGE_OPENING = /\b(?:between|from)\s+$/i;

/** A number and a dash right before an amount: the low end of "400-450 million euros". */
const HYPHEN_LOW_END = /(?<![\d.,:\p{L}-])(\d[\d.,]*)[-–]$/u;

/** "… and six months", "… and a half", "… and half" right after a number of years. */
const YEARS_AND = /^\s+and\s+(?:(?:a\s+|one\s+)?(half)\b|(\d{1,2}|[a-z]+)\s+months?\b)/iu;

/**
 * A span of years and months as one amount of years ("four years and six months" is the "four
 * and a half years" another report gives; a translation's "four years and half" too), so that
 * two reports of one sentence do not read as four years against four and a half. Changes
 * `figures` (sorted by start) in place.
 */
function compoundSpans(sentence: string, figures: { figure: Figure; start: number }[]): void {
  for (const entry of figures) {
    const f = entry.figure;
    if (f.kind !== 'count' || f.unit !== 'year' || f.amount === undefined || f.value.includes('–')) continue;
    const m = YEARS_AND.exec(sentence.slice(entry.start + f.text.length));
    if (!m) continue;
    const months = m[1] ? 6 : numberOf(m[2]!);
    if (!Number.isFinite(months) || months <= 0 || months >= 12) continue;
    const amount = Math.round((f.amount + months / 12) * 100) / 100;
    entry.figure = { ...f, amount, value: `${amount} year`, text: f.text + m[0] };
  }
}

/** A date written with slashes, day and month in either order. */
const SLASHED_DATE = /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b/gu;
/**
 * A change in temperature ("beat the record by 0.7 degrees", "by just over one degree
 * Fahrenheit"): no reading, and in two scales no count either (0.7 °C is 1.3 °F).
 */
const DEGREES_CHANGE = new RegExp(
  String.raw`\bby\s+(?:(?:just\s+)?(?:over|under)\s+|(?:about|around|nearly|almost|some|more than|less than)\s+)?(?:\d+(?:[.,]\d+)?|${NUMBER_WORD})[\s-]degrees?(?:\s+(?:Celsius|centigrade|Fahrenheit|C|F)\b)?`,
  'giu',
);

/** Finds money, percentages, counts, vote tallies, years, weekdays, dates, times of day, temperatures and measurements in a sentence. */
export function findFigures(sentence: string): Figure[] {
  const figures: { figure: Figure; start: number }[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  // `mayBeLabel`: whether a capitalised word before the text may make a plain number a label
  // (not where that word is the text's own, as a name before an age is).
  const addAt = (start: number, figure: Omit<Figure, 'text'>, text: string, mayBeLabel = true) => {
    // A label is a plain number ("Flight 370"); a grouped or decimal one ("12.000 people") counts.
    if (mayBeLabel && figure.kind === 'count' && !/^\d+[.,\s\u00A0\u202F]\d/.test(text) && isLabel(sentence, start)) return;
    const end = start + text.length;
    if (!free(start, end)) return;
    taken.push([start, end]);
    figures.push({ figure: { ...inYears(figure), text }, start });
  };
  const add = (match: RegExpMatchArray, figure: Omit<Figure, 'text'>, text = match[0]) => addAt(match.index!, figure, text);
  // A slashed date ("12/03/2025") is March 12 in London and December 3 in New York: no figure
  // is read from it, and its numbers are no counts.
  for (const m of sentence.matchAll(SLASHED_DATE)) taken.push([m.index, m.index + m[0].length]);
  for (const m of sentence.matchAll(DEGREES_CHANGE)) taken.push([m.index, m.index + m[0].length]);
  // "two million dollars", "half a billion euros", "five thousand Swiss francs": money spelled
  // out, its currency named after the words (or after the country that qualifies it). Returns
  // the length of the text it took, 0 when the words name no currency.
  const spelledMoney = (m: RegExpMatchArray, first: number, amount: number) => {
    const [word, next] = [m[first]!, m[first + 1]];
    const country = /^\p{Lu}/u.test(word) && next !== undefined && CURRENCY_WORD.test(next) ? word : '';
    const name = country ? next! : word;
    if (!CURRENCY_WORD.test(name) || isBareWon(name, country)) return 0;
    const currency = currencyOf(name, country);
    // The currency's name ends the figure; no number word is one, so its first place is it.
    const text = m[0].slice(0, m[0].indexOf(name) + name.length);
    add(m, { kind: 'money', currency, amount, value: `${currency} ${amount}` }, text);
    return text.length;
  };

  for (const m of sentence.matchAll(MONEY_PREFIX)) {
    // A code only in capitals ("eur 5" is no currency), or as the press writes it ("Rwf", "KSh").
    if (/^\p{L}+$/u.test(m[1]!) && m[1] !== m[1]!.toUpperCase() && !new RegExp(`^(?:${PRESS_CODES})$`, 'u').test(m[1]!)) continue;
    const currency = currencyOf(m[1]!);
    const amount = scaledNumber(m[2]!, m[4]);
    const upper = m[3] === undefined ? '' : `–${times(toNumber(m[3]), scaleOf(m[4]))}`;
    add(m, { kind: 'money', currency, amount, value: `${currency} ${amount}${upper}` }, m[0].trimEnd());
  }
  for (const m of sentence.matchAll(MONEY_SUFFIX)) {
    const country = m[3]!.trim();
    // Only a capitalised name qualifies the currency ("Swiss"); "5 million in dollars" is not a country.
    if (country && !/^(?:\p{Lu}[\p{L}.]*\s*)+$/u.test(country)) continue;
    if (isBareWon(m[4]!, country)) continue;
    const currency = currencyOf(m[4]!, country);
    const amount = scaledNumber(m[1]!, m[2]);
    add(m, { kind: 'money', currency, amount, value: `${currency} ${amount}` });
  }
  // "189 cents", "12 cent", "99¢", "20 øre": a hundredth of the story's currency, which the sentence does
  // not name (extractFacts gives it the story's own, "189 cents" being the "€1.89" another
  // report gives); until then its currency is "¢".
  for (const m of sentence.matchAll(CENTS)) {
    const amount = times(toNumber(m[1]!), 0.01);
    // "212p", as British business copy writes a share price, is pence too (attached only).
    const currency = m[3] || m[4] ? 'GBP' : CENT;
    add(m, { kind: 'money', currency, amount, value: `${currency} ${amount}` });
  }
  for (const m of sentence.matchAll(PERCENT)) {
    const amount = toNumber(m[1]!);
    add(m, { kind: 'percent', amount, value: `${amount}%` });
  }
  for (const m of /points?\b|bps?\b/i.test(sentence) ? sentence.matchAll(POINTS) : []) {
    const points = m[1] ? toNumber(m[1]) : POINT_FRACTIONS[(m[2] ?? m[3]!).toLowerCase()]!;
    const amount = /^b/i.test(m[4] ?? m[5]!) ? Number((points / 100).toFixed(4)) : points;
    add(m, { kind: 'count', amount, value: `${amount} percentage point`, unit: 'percentage point' });
  }
  // Each pattern below is tried only where the words it needs occur: most sentences have none,
  // and their long alternations and look-behinds cost more than the check.
  for (const m of /\s(?:of|on)\s/i.test(sentence) ? sentence.matchAll(SCALE_LEVEL) : []) {
    const [level, top] = [numberOf(m[1]!), numberOf(m[2] ?? m[3] ?? m[4]!)];
    if (!(level > 0 && top >= level && top <= 10)) continue;
    // "4 out of 5 at the time" rates; "3 of 5 towns" counts towns, whatever word came before.
    const after = sentence.slice(m.index + m[0].length);
    if (m[4] && !m[5] && !(SCALE_CONTEXT.test(sentence.slice(0, m.index)) && SCALE_END.test(after))) continue;
    add(m, { kind: 'count', amount: level, value: `${level} of ${top}`, unit: 'scale' });
  }
  const ratios = [
    ...(/\s(?:in|out\s+of)\s/i.test(sentence) ? sentence.matchAll(RATIO) : []),
    ...(/\son\s/i.test(sentence) ? sentence.matchAll(RATIO_ON) : []),
  ];
  for (const m of ratios) {
    const [part, whole] = [numberOf(m[1]!), numberOf(m[2]!)];
    if (!(part > 0 && whole > part)) continue;
    const amount = Math.round((part / whole) * 1000) / 10;
    add(m, { kind: 'percent', amount, value: `${amount}%` });
  }
  // "2:00:41", "2h 00min 41s": a race time, before a clock's digits are read as a time of day.
  for (const d of findDurations(sentence)) {
    addAt(d.start, { kind: 'measure', amount: d.amount, unit: d.unit, margin: d.margin, value: `${d.amount} ${d.unit}` }, d.text);
  }
  // Dates before times of day: "from 10.11.2026" and "from 03.04. to 05.04." give days, not 10:11.
  const dates = findDates(sentence);
  for (const d of dates.filter((d) => d.kind === 'date' && /^\d/.test(d.text))) addAt(d.start, { kind: d.kind, value: d.value }, d.text);
  // A time of day ("10.30 a.m.", "9pm", "14.00 GMT") is no count; a live blog's stamp is no figure either.
  for (const time of findTimes(sentence)) {
    if (time.value === undefined) taken.push([time.start, time.start + time.text.length]);
    else addAt(time.start, { kind: 'time', value: time.value }, time.text);
  }
  // "call 112", "dial 0800 123 456": a telephone number, no amount.
  for (const m of sentence.matchAll(PHONE)) taken.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  // "NLX-2026-0412", "CVE-2024-3094": an identifier's digits are no year, count or score.
  for (const m of sentence.matchAll(IDENTIFIER)) taken.push([m.index, m.index + m[0].length]);
  // "46.3C", "115 degrees Fahrenheit": a reading, not a count of degrees.
  for (const t of findTemperatures(sentence)) {
    const { celsius, margin, scale } = t;
    const value = `${Math.round(celsius * 10) / 10}C`;
    addAt(t.start, { kind: 'temperature', amount: celsius, value, margin, ...(scale ? { scale } : {}) }, t.text);
  }
  // "12,000 hectares (29,650 acres)", "56 mph": one unit per quantity, whichever a report uses.
  for (const f of findMeasures(sentence)) {
    const { amount, unit, margin } = f;
    addAt(f.start, { kind: 'measure', amount, unit, margin, value: `${Number(amount.toPrecision(3))} ${unit}` }, f.text);
  }
  // "25 March 2026", "March 25", "the 3rd of March", "25.03.2026", "in March 2026".
  for (const d of dates) addAt(d.start, { kind: d.kind, value: d.value }, d.text);
  for (const m of /½|\b1\/2\b|\band\s+a\s+half\b/i.test(sentence) ? sentence.matchAll(AND_A_HALF) : []) {
    const scale = m[2] ? ({ dozen: 12, hundred: 100 }[m[2].toLowerCase()] ?? scaleOf(m[2])) : 1;
    const amount = times(numberOf(m[1]!) + 0.5, scale);
    const { unit, text } = counted(m, 3);
    // "two and a half million dollars" is money, which this count would hide; leave it unread.
    if (!unit || CURRENCY_WORD.test(m[3]!)) continue;
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit }, text);
  }
  // "a year and a half", "an hour and a half": the span "18 months", "90 minutes" another report gives.
  for (const m of /\band\s+a\s+half\b/i.test(sentence) ? sentence.matchAll(UNIT_AND_A_HALF) : []) {
    const unit = unitOf(`${m[1]!}s`)!;
    add(m, { kind: 'count', amount: 1.5, value: `1.5 ${unit}`, unit });
  }
  for (const m of /\b(?:votes?|voices|favou?r(?:able)?)\b/i.test(sentence) ? sentence.matchAll(VOTE_TALLY) : []) {
    // "from 10 to 12 votes" is a change, not a tally.
    if (m[3] && /\bfrom\s+$/i.test(sentence.slice(0, m.index))) continue;
    add(m, { kind: 'tally', value: `${numberOf((m[1] ?? m[3] ?? m[5])!)}-${numberOf((m[2] ?? m[4] ?? m[6])!)}` });
  }
  if (VOTE_CONTEXT.test(sentence)) {
    for (const m of sentence.matchAll(BARE_TALLY)) {
      // "raise the age from 62 to 64" is a change, not a tally.
      if (/\b(?:from|aged?|between)\s+$/i.test(sentence.slice(0, m.index))) continue;
      add(m, { kind: 'tally', value: `${m[1]}-${m[2]}` });
    }
  }
  for (const m of sentence.matchAll(COUNT_RANGE)) {
    // "30-40 people", "between 30 and 40 people": a range of a count, not a vote's tally.
    const unit = isPluralNoun(m[5]!) || lexiconTags(m[5]!).includes('Plural') ? unitOf(m[5]!) : undefined;
    // In words, "and" joins a range only after "between": "two and three people" are counted apart.
    if (m[3] && !/^between\b/i.test(m[0]) && /\sand\s/i.test(m[0])) continue;
    // "rose from 1,200 to 1,500 people" is a change from one level to another, not a range
    // ("absent from six to nine months" is one).
    if (CHANGE_FROM.test(sentence.slice(0, m.index))) continue;
    const [a, b] = m[1] ? [countNumber(m[1]), countNumber(m[2]!)] : [wordNumber(m[3]!), wordNumber(m[4]!)];
    // A range rises ("30-40"); "58-51 votes" is a tally, and so is a score between two sides
    // ("Ostvik 1-3 Brannfors").
    if (!unit || b <= a) continue;
    // "between 2015 and 2021 invoices": two years close together bound a span, whatever noun
    // follows (a translation's word order); a count's range is not written so.
    if (m[1] && /^\d{4}$/.test(m[1]) && /^\d{4}$/.test(m[2]!) && a >= 1800 && b <= 2100 && b - a < 50) continue;
    const side = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(sentence.slice(0, m.index))?.[1];
    if (/^\p{Lu}/u.test(m[5]!) && side && nameOnly(side)) continue;
    add(m, { kind: 'count', amount: a, value: `${a}–${b} ${unit}`, unit });
  }
  for (const m of sentence.matchAll(TALLY)) {
    const points = (score: string) => Number(score.replace(',', '.').replace('½', '.5'));
    const a = points(m[1]!);
    const b = points(m[2]!);
    if (a >= 1800 && b >= 1800) continue; // "2020-2024" is a span of years
    // A tiebreak in brackets after its set ("7-6 (7-4)") is part of that set's score, which
    // other reports write "7-6(4)" or "7-6 (7/4)"; "2-1 (3-1 on aggregate)" is another score.
    if (/\b(?:7[-–]6|6[-–]7)\s*\($/u.test(sentence.slice(0, m.index))) continue;
    add(m, { kind: 'tally', value: `${a}-${b}` });
  }
  for (const m of sentence.matchAll(COLON_SCORE)) add(m, { kind: 'tally', value: `${Number(m[1])}-${Number(m[2])}` });
  for (const m of sentence.matchAll(DECADES)) {
    const digits = m[1] ?? m[2] ?? m[3]!;
    // "the '80s" and "the years 80" are of the last century.
    const year = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
    add(m, { kind: 'year', amount: year, value: `${year}s` });
  }
  for (const m of sentence.matchAll(YEAR)) {
    // "create 2000 jobs" counts jobs; "the 2000 elections", "in 2000" name a year.
    const next = /^\s+(\p{L}+)/u.exec(sentence.slice(m.index! + m[0].length))?.[1];
    if (next && (isPluralNoun(next) || lexiconTags(next).includes('Plural')) && !YEAR_BEFORE.test(sentence.slice(0, m.index))) continue;
    add(m, { kind: 'year', amount: Number(m[1]), value: m[1]! });
  }
  for (const m of sentence.matchAll(WEEKDAY)) {
    // "every Friday", "The Friday that changed a village school": a day of the week in general,
    // which dates no event. ("It struck on a Sunday" still dates it.)
    if (
      /\b(?:every|each)\s+$/i.test(sentence.slice(0, m.index)) ||
      (/^the\s+$/i.test(sentence.slice(0, m.index)) && /^\s+that\b/i.test(sentence.slice(m.index! + m[0].length)))
    )
      continue;
    add(m, { kind: 'weekday', value: m[1]!.toLowerCase() });
  }
  for (const m of sentence.matchAll(MAGNITUDE)) {
    const amount = toNumber(m[1] ?? m[2]!);
    const unit = unitOf('magnitude')!;
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit });
  }
  for (const m of sentence.matchAll(MEASURE)) {
    if (m[2] === 'm') {
      const after = /^\s+(\p{L}+)/u.exec(sentence.slice(m.index + m[0].length));
      // Millions of something ("6.2m people") are the count reader's; a bare "6.2m" may be
      // metres or millions ("viewers rose to 6.2m"), so it is read as neither.
      if (!after || unitOf(after[1]!) === undefined) taken.push([m.index, m.index + m[0].length]);
      continue;
    }
    const unit = unitOf(UNIT_SYMBOLS[m[2]!]!)!;
    const amount = countNumber(m[1]!);
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit });
  }
  // A place in a sequence ("the 80th minute") is no amount of it ("nine minutes"): its unit
  // says so. A place in a ranking is one whether the report names it ("the 19th place") or not.
  for (const m of sentence.matchAll(SERIES_ORDINAL)) {
    const amount = ordinalNumber(m[1]!);
    add(m, { kind: 'count', amount, value: `${amount} nth time`, unit: 'nth time' });
  }
  for (const m of sentence.matchAll(SPELLED_ORDINAL_COUNT)) {
    const unit = `nth ${unitOf(m[2]!)!}`;
    const amount = ordinalNumber(m[1]!);
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit });
  }
  for (const m of sentence.matchAll(ORDINAL_COUNT)) {
    // "the 13th European country" places a country, as "the 13th country" does: an adjective
    // before the noun qualifies it.
    const word =
      m[3] && (isAdjective(m[2]!) || lexiconTags(m[2]!).includes('Demonym')) && isPluralNoun(`${m[3]}s`) && couldBeNoun(m[3])
        ? m[3]
        : m[2]!;
    const noun = unitOf(word);
    if (!noun) continue;
    const unit = RANK_NOUN.test(word) ? 'nth' : `nth ${noun}`;
    const amount = Number(m[1]);
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit }, m[0].slice(0, m[0].indexOf(word, m[1]!.length) + word.length));
  }
  for (const m of [...sentence.matchAll(BARE_RANK), ...sentence.matchAll(RANK_FIRST)]) {
    const amount = Number(m[1]);
    add(m, { kind: 'count', amount, value: `${amount} nth`, unit: 'nth' });
  }
  const brackets = MATCH_WORDS.test(sentence) ? sentence.matchAll(MINUTE_BRACKET) : [];
  for (const m of [...sentence.matchAll(MINUTE_MARK), ...brackets]) {
    const unit = `nth ${unitOf('minutes')!}`;
    const amount = Number(m[1]) + Number(m[2] ?? 0);
    if (amount <= 130) add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit });
  }
  for (const m of PARTITIVE_GROUP.test(sentence) ? sentence.matchAll(PARTITIVE) : []) {
    const amount = numberOf(m[1]!);
    // "one of 31 people" singles one out of a group whose number is the figure.
    if ((!m[2] || !/\sof\s+the\s/i.test(m[0])) && amount < 2) continue;
    const { unit, text } = counted(m, 3);
    // "Five of the seven members … voted for the increase" is the tally another report gives as
    // "a 5-2 vote": the part that voted so against the rest of the whole.
    const whole = m[2] ? numberOf(m[2].trim()) : undefined;
    if (unit && whole !== undefined && whole > amount && PARTITIVE_VOTE.test(sentence.slice(m.index + text.length))) {
      add(m, { kind: 'tally', value: `${amount}-${whole - amount}` }, text);
      continue;
    }
    if (unit) add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit }, text);
  }
  const fractions = /(?:half|third|quarter|fifth|tenth)/i.test(sentence);
  // "about half of its electricity", "fewer than half of voters": a share, as "a half of" is;
  // not a period ("the first half of the year") or one half against another.
  for (const m of fractions ? sentence.matchAll(HALF_OF) : []) add(m, { kind: 'percent', amount: 50, value: '50%' });
  for (const m of fractions ? sentence.matchAll(FRACTION) : []) {
    // "gave them a third.", "shrank for two quarters.": a fraction that ends its clause is a
    // share only after a word that measures ("a turnout of a third.", "fell by two-fifths").
    const ends = /^\s*(?:[.,;]|$)/.test(sentence.slice(m.index + m[0].length));
    if (ends && !SHARE_BEFORE.test(sentence.slice(0, m.index))) continue;
    const amount = m[2] ? percentOf(1, m[2]) : percentOf(wordNumber(m[3]!), m[4]!);
    add(m, { kind: 'percent', amount, value: `${amount}%` });
  }
  // A bare amount set against the money a sentence gives in one currency is that money again,
  // its currency left out ("2.70 crowns, up from 2.50"; "from 2.50 to 2.70 crowns"), not a
  // count or a time another report's "2.50 crowns" would disagree with.
  // Against hundredths only ("312 pence, up from 298") it is hundredths too.
  const money = figures.filter(({ figure }) => figure.kind === 'money').map(({ figure }) => figure);
  const whole = money.filter((f) => !HUNDREDTHS.test(f.text));
  const currencies = new Set((whole.length > 0 ? whole : money).map((f) => f.currency));
  const [currency] = currencies.size === 1 ? currencies : [];
  const scale = whole.length > 0 ? 1 : 0.01;
  for (const m of currency ? sentence.matchAll(BARE_AMOUNT) : []) {
    const before = sentence.slice(0, m.index);
    if (!MONEY_SET_AGAINST.test(before) && !(m[1]!.includes('.') && PRICE_SET_AGAINST.test(before))) continue;
    // The low end of a change or range is money only when its high end is ("from 2.5 to 2.7
    // percent" is a share).
    const joined = /^\s*(?:to|and|[–-])\s*/i.exec(sentence.slice(m.index + m[0].length));
    const next = joined && figures.find(({ start }) => start === m.index + m[0].length + joined[0].length);
    if (joined && next?.figure.kind !== 'money') continue;
    const amount = times(toNumber(m[1]!), scale);
    add(m, { kind: 'money', currency, amount, value: `${currency} ${amount}` });
  }
  for (const m of sentence.matchAll(COUNT)) {
    // "to 5.42 million, driven by": a scale with no noun after it scales the number; it is no
    // counted noun ("5.42 millions" of nothing).
    // "2.95 billion euros, below the 3.01 billion analysts had expected", a translation's "450
    // millions euro instead of previously 600 millions": a scaled number set against the money a
    // sentence gives is that money again, its currency left out.
    const scaledAlone = !m[2] && SCALE_ALONE.test(m[3]!);
    const compared = (m[2]?.trim() || scaledAlone) && COMPARED.test(sentence.slice(0, m.index));
    const currency = compared ? figures.find(({ figure }) => figure.kind === 'money')?.figure.currency : undefined;
    if (scaledAlone) {
      const amount = scaledNumber(m[1]!, ` ${m[3]!.replace(/s$/i, '')}`);
      const text = m[0].slice(0, m[0].indexOf(m[3]!) + m[3]!.length);
      add(
        m,
        currency ? { kind: 'money', currency, amount, value: `${currency} ${amount}` } : { kind: 'count', amount, value: String(amount) },
        text,
      );
      continue;
    }
    // "12.000 people": nobody counts people to three decimals, so full stops grouping three
    // digits are thousands separators, as German copy and its machine translations write them.
    const amount = scaledNumber(m[1]!, m[2]);
    if (currency) {
      add(m, { kind: 'money', currency, amount, value: `${currency} ${amount}` }, `${m[1]}${m[2]}`);
      continue;
    }
    // "Children under 14 go free": a verb in its base form counts nothing (see baseVerb), unless
    // it modifies the noun after it ("180,000 lead service lines").
    const noun = counted(m, 3);
    const { unit, text } =
      amount >= 2 && m[3] && baseVerb(m[3]) && noun.unit === unitOf(m[3])
        ? { unit: undefined, text: m[0].slice(0, m[0].indexOf(m[3])).trimEnd() }
        : noun;
    add(m, { kind: 'count', amount, value: `${amount}${unit ? ` ${unit}` : ''}`, ...(unit ? { unit } : {}) }, text);
  }
  // "Marin, 29, was bidding", "said Grace Achieng, 34.": English copy's age in apposition after
  // a name, a bare number (a translation's "Arnes, 34 years," is read with the counts, see
  // ageStart); not after a word the lexicon knows as anything but a name ("Meanwhile, 34 …").
  for (const m of sentence.matchAll(NAMED_AGE)) {
    const amount = Number(m[2]);
    if (!nameOnly(m[1]!) || amount > OLDEST) continue;
    // The name before the number is no label ("Flight 370").
    addAt(m.index, { kind: 'count', amount, value: `${amount} year`, unit: stemmer('years'), age: 'person' }, m[0], false);
  }
  for (const m of sentence.matchAll(HYPHEN_COUNT)) {
    const spelled = !/\d/.test(m[1]!);
    // "one-off", "two-thirds": a spelled number before a word that is no noun counts nothing.
    if (spelled && !couldBeNoun(m[2]!)) continue;
    const amount = numberOf(m[1]!);
    // "a 3,000-strong crowd", "a 40-strong team": the noun after counts what the number does.
    const strong = /^strong$/i.test(m[2]!) ? STRONG_NOUN.exec(sentence.slice(m.index + m[0].length)) : null;
    const noun = unitOf(strong ? strong[1]! : m[2]!);
    const unit = strong && noun && GATHERING_NOUNS.test(strong[1]!) ? 'peopl' : noun;
    const text = strong ? m[0] + strong[0] : m[0];
    add(m, { kind: 'count', amount, value: `${amount}${unit ? ` ${unit}` : ''}`, ...(unit ? { unit } : {}) }, text);
  }
  for (const m of fractions ? sentence.matchAll(FRACTION_BY) : []) {
    const amount = percentOf(1, m[1]!);
    add(m, { kind: 'percent', amount, value: `${amount}%` });
  }
  for (const m of sentence.matchAll(DECADE)) {
    const unit = unitOf('years')!;
    const share = m[1] ? SCALE_FRACTIONS[m[1].toLowerCase().replace(/\s+/g, ' ')]! : m[3] ? 1.5 : 1;
    const amount = ((m[2] ?? m[4])!.toLowerCase() === 'decade' ? 10 : 100) * share;
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit });
  }
  for (const m of sentence.matchAll(FORTNIGHT)) {
    const unit = unitOf('weeks')!;
    add(m, { kind: 'count', amount: 2, value: `2 ${unit}`, unit });
  }
  for (const m of sentence.matchAll(BARE_COUNT)) {
    const amount = DOTTED_ONLY.test(m[1]!) ? Number(m[1]!.replaceAll('.', '')) : toNumber(m[1]!);
    // An age in apposition ("Amadou, 17, clung to …", "The forward, 24, has signed", "…,” said
    // Kell, 71.") is no count.
    const before = /([\p{L}’'-]+),\s*$/u.exec(sentence.slice(0, m.index))?.[1];
    const isAge =
      before !== undefined &&
      /^\s*(?:,|\.?\s*$)/.test(sentence.slice(m.index! + m[0].length)) &&
      Number.isInteger(amount) &&
      amount <= 120 &&
      (/^\p{Lu}/u.test(before) || couldBeNoun(before));
    if (isAge) continue;
    add(m, { kind: 'count', amount, value: String(amount) });
  }
  // "a half-hour walk", "half an hour a day": the same duration as "30 minutes".
  for (const m of sentence.matchAll(HALF_HOUR)) {
    const unit = unitOf('minutes')!;
    add(m, { kind: 'count', amount: 30, value: `30 ${unit}`, unit });
  }
  for (const m of sentence.matchAll(SCALED_WORD_COUNT)) {
    // "One hundred people", "two thousand homes", "a hundred flights", "two dozen workers".
    const scale = { dozen: 12, hundred: 100 }[m[3]!.toLowerCase()] ?? scaleOf(m[3]);
    const share = m[1] ? SCALE_FRACTIONS[m[1].toLowerCase().replace(/\s+/g, ' ')]! : 1;
    const amount = Math.round((/^an?$/i.test(m[2]!) ? 1 : wordNumber(m[2]!)) * scale * share);
    if (baseVerb(m[4]!)) continue;
    if (spelledMoney(m, 4, amount) > 0) continue;
    const { unit, text } = counted(m, 4);
    if (!unit) continue;
    add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit }, text);
  }
  for (const m of sentence.matchAll(WORD_PERCENT)) {
    const amount = wordNumber(m[1]!);
    add(m, { kind: 'percent', amount, value: `${amount}%` });
  }
  for (const m of sentence.matchAll(TOLL_WORD)) {
    const amount = wordNumber(m[1]!);
    addAt(m.index + m[0].length - m[1]!.length, { kind: 'count', amount, value: `${amount} peopl`, unit: 'peopl' }, m[1]!);
  }
  // Matched one at a time, so that a number with no noun ("one of ten nationals") leaves the
  // words after it to the next number.
  WORD_COUNT.lastIndex = 0;
  for (let m = WORD_COUNT.exec(sentence); m !== null; m = WORD_COUNT.exec(sentence)) {
    // "tens of thousands", "hundreds of thousands": no amount anyone could check.
    if (VAGUE_NUMBER.test(m[1]!) && /\b(?:tens|hundreds|thousands|dozens|many)\s+of\s+$/i.test(sentence.slice(0, m.index))) continue;
    // "thousands continue to attempt", "dozens say", "dozens feared dead": a vague number's verb, not its noun.
    if (VAGUE_NUMBER.test(m[1]!) && (/ed$/i.test(m[2]!) || lexiconTags(m[2]!).some((t) => t === 'Infinitive' || t === 'PresentTense')))
      continue;
    // "Several hundred people", "a few hundred": as vague as "hundreds of people", and read as it is.
    const vague = /^hundred$/i.test(m[1]!) ? /\b(?:several|a few|few|many)\s+$/i.exec(sentence.slice(0, m.index)) : null;
    const amount = vague ? wordNumber('hundreds') : wordNumber(m[1]!);
    // "Twelve have died", "Three were killed", "Forty-seven were injured", "Nine remain missing":
    // the dead, the hurt and the missing, counted by what befell them.
    const auxiliary = /^(?:have|has|had|were|was|are|remain)$/i.test(m[2]!);
    const befallen = sentence.slice(m.index + m[1]!.length);
    if (
      amount >= 2 &&
      auxiliary &&
      !VAGUE_NUMBER.test(m[1]!) &&
      (DIED_AFTER.test(befallen) || INJURED_AFTER.test(befallen) || MISSING_AFTER.test(befallen))
    ) {
      addAt(m.index, { kind: 'count', amount, value: String(amount) }, m[1]!);
      WORD_COUNT.lastIndex = m.index + m[1]!.length;
      continue;
    }
    if (amount >= 2 && baseVerb(m[2]!)) {
      WORD_COUNT.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const money = spelledMoney(m, 2, amount);
    if (money > 0) {
      WORD_COUNT.lastIndex = m.index + money;
      continue;
    }
    const { unit, text } = counted(m, 2);
    if (!unit) {
      // "Three dead as fire …", "Fourteen arrested": people counted by what befell them; "one
      // of", "two of" count nothing.
      const befell =
        !NOT_UNITS.has(m[2]!.toLowerCase()) &&
        (/ed$/i.test(m[2]!) || lexiconTags(m[2]!).some((t) => t === 'Adjective' || t === 'PastTense'));
      // Not "one", and not "thousands" or "dozens": no amount a report could be checked on.
      if (befell && !/^one$/i.test(m[1]!) && !VAGUE_NUMBER.test(m[1]!)) add(m, { kind: 'count', amount, value: String(amount) }, m[1]!);
      WORD_COUNT.lastIndex = m.index + m[1]!.length;
      continue;
    }
    if (vague) addAt(vague.index, { kind: 'count', amount, value: `${amount} ${unit}`, unit }, `${vague[0]}${text}`);
    else add(m, { kind: 'count', amount, value: `${amount} ${unit}`, unit }, text);
  }
  figures.sort((a, b) => a.start - b.start);
  rangeStarts(sentence, figures);
  yearSpans(sentence, figures);
  compoundSpans(sentence, figures);
  // "more than 170 flights" and "180 flights" may both be true: the qualifier stays with the
  // figure, in its text, so a reader comparing the two sees it.
  return (
    figures
      // "5 grams of sugar per 100 millilitres", "12 cases per 100,000 people": a rate's base
      // states nothing of its own. (Not after "for": "followed 120,000 nurses for two decades".)
      .filter(({ figure: f, start }) => !((f.kind === 'count' || f.kind === 'measure') && RATE_BASE.test(sentence.slice(0, start))))
      // "a second yellow card with 20 minutes left": a game clock's countdown tells a moment
      // another report gives as "the 70th minute", no span of the claim's.
      .filter(
        ({ figure: f, start }) =>
          !(f.kind === 'count' && CLOCK_UNITS.has(f.unit ?? '') && COUNTDOWN.test(sentence.slice(start + f.text.length))),
      )
      // "the bloc's other five members": those besides the one the sentence is about, as "12
      // other countries" are; the text keeps the word, so that the comparison reads a part of a
      // whole ("six members" is no contradiction).
      .map(({ figure: f, start }) => {
        const other = f.kind === 'count' ? /\bother\s+$/i.exec(sentence.slice(0, start)) : null;
        return other
          ? { figure: { ...f, text: sentence.slice(other.index, start + f.text.length) }, start: other.index }
          : { figure: f, start };
      })
      .map(({ figure: f, start }) => {
        // "the director, 34 years old": an age, which its text must show (see reportable); "two
        // years ago": a time, not an amount the claim states, and its text says so too.
        const after = sentence.slice(start + f.text.length);
        const old = f.kind === 'count' && f.unit === 'year' && /^\s+old\b/.test(after);
        const ago = f.kind === 'count' && /^\s+ago\b/.test(after);
        if (old || ago) return { figure: aged({ ...f, text: `${f.text} ${old ? 'old' : 'ago'}` }, old ? 'person' : undefined), start };
        // "serve six months longer", "two years more": by how much a span changes, not the span
        // another report gives ("18 months instead of 12"), and its text says so.
        const changeWord = f.kind === 'count' && SPAN_UNITS.has(f.unit ?? '') && CHANGE_AFTER.exec(after);
        if (changeWord) return { figure: { ...f, text: `${f.text}${changeWord[0]}`, change: true as const }, start };
        // "extended by six months", "cut by two years": the same, its verb before it.
        if (f.kind === 'count' && SPAN_UNITS.has(f.unit ?? '') && CHANGE_BY.test(sentence.slice(0, start)))
          return { figure: { ...f, change: true as const }, start };
        // "the 24-year-old", "17-year-olds": the compound is the age.
        if (f.kind === 'count' && /years?-olds?$/i.test(f.text)) return { figure: aged(f, 'person'), start };
        // "killed three workers", "Four people were killed", "three employees died": a death toll
        // counts people, whatever noun each report uses, so that the tolls compare ("killed two
        // years of progress" counts no dead).
        // "41 deaths", "12 fatalities" are the toll another report gives as "41 people died".
        // "A man aged 65 died", "Three people aged over 80 died": the count is an age, not a toll.
        const ofAge = AGED_BEFORE.test(sentence.slice(0, start)) || AGE_LIMIT_BEFORE.test(sentence.slice(0, start));
        const dead =
          f.kind === 'count' &&
          !ofAge &&
          f.amount !== undefined &&
          !SPAN_UNITS.has(f.unit ?? '') &&
          !ANIMALS.has(f.unit ?? '') &&
          ((DEATHS.has(f.unit ?? '') && !f.text.split(/\s+/).some((w) => ANIMALS.has(stemmer(w.toLowerCase())))) ||
            /\bdead$/i.test(f.text) ||
            diedAround(sentence.slice(0, start), after));
        // "A crowd of 52,000", "an attendance of 52,000": people, as "52,000 spectators" are.
        const crowd = f.kind === 'count' && !f.unit && CROWD_OF.test(sentence.slice(0, start));
        // People, keeping a range's two ends ("30-40 people were injured").
        const people = (harm?: Figure['harm']) => ({
          figure: {
            ...f,
            unit: 'peopl',
            value: f.unit ? f.value.replace(new RegExp(`${f.unit}$`), 'peopl') : `${f.value} peopl`,
            ...(harm ? { harm } : {}),
          },
          start,
        });
        if (dead) return people('dead');
        // "31 injured", "29 people were injured": the hurt, whom a report counts beside the dead.
        // "injuring more than 200": the verb before it says so, as "killing at least 27" does for the dead.
        const hurtBefore = !f.unit && INJURED_BEFORE.test(sentence.slice(0, start));
        if (f.kind === 'count' && !ofAge && (INJURED_WORDS.test(f.text) || INJURED_AFTER.test(after) || hurtBefore)) return people('hurt');
        // "dozens still missing", "12 people remain missing": those not found, neither dead nor hurt.
        if (f.kind === 'count' && !ofAge && (MISSING_WORDS.test(f.text) || MISSING_AFTER.test(after))) return people('missing');
        if (crowd) return people();
        // An age limit ("pupils under 15", "up to the age of 15") is an age, whatever is counted
        // elsewhere in years ("taught for 22 years"); the first of two ages sharing one compound
        // ("16- and 17-year-olds", "18- to 21-year-olds") is the age the compound gives.
        const limit =
          AGE_LIMIT_BEFORE.test(sentence.slice(0, start)) || (AGED_BEFORE.test(sentence.slice(0, start)) && AND_OVER_AFTER.test(after));
        const age = limit ? 'limit' : SHARED_AGE_COMPOUND.test(after) ? 'person' : undefined;
        if (f.kind === 'count' && (f.unit === undefined || f.unit === 'year') && age)
          return { figure: aged({ ...f, unit: 'year', value: `${f.amount} year` }, age), start };
        // An age's text keeps the words that mark it as one (see ageStart).
        const from = f.kind === 'count' ? ageStart(f, sentence.slice(0, start), after) : undefined;
        if (from !== undefined)
          return {
            figure: aged(
              {
                ...f,
                unit: 'year',
                value: `${f.amount} year`,
                text: sentence.slice(from, start + f.text.length + (after.startsWith(')') ? 1 : 0)),
              },
              'person',
            ),
            start: from,
          };
        return { figure: f, start };
      })
      .map(({ figure: f, start }) => {
        // "Update, Monday 9:00: Operations remain cancelled": the day the note was written.
        if (f.kind === 'weekday' && start < (updateLabel(sentence)?.length ?? 0)) return { ...f, qualifier: 'update' };
        // "from Saturday's crash", "since Monday's vote": a possessive weekday names the day of
        // an event, whatever preposition leads to the event; it bounds no span.
        const possessive = f.kind === 'weekday' && /^[’']s\b/u.test(sentence.slice(start + f.text.length));
        const qualifiers =
          f.kind === 'time'
            ? TIME_QUALIFIER
            : f.kind === 'weekday'
              ? possessive
                ? undefined
                : WEEKDAY_BOUND
              : f.kind === 'money' || f.kind === 'count' || f.kind === 'percent' || f.kind === 'temperature' || f.kind === 'measure'
                ? QUALIFIER
                : undefined;
        if (!qualifiers) return f;
        const before = qualifiers.exec(sentence.slice(0, start));
        if (!before) return f;
        const words = before[1]!.toLowerCase().replace(/\s+/g, ' ');
        // "hand over 24 slots", "turned over 300 files": a verb's particle, no bound.
        if (words === 'over' && HANDING_OVER.test(sentence.slice(0, before.index))) return f;
        const until = qualifiers === QUALIFIER && (words === 'until' || words === 'till');
        // A count or a share "until" one is where it rose to ("increased … until 5,42 millions of
        // inhabitants") or an age ("work until 64"), no bound.
        if (until && f.kind !== 'money' && f.kind !== 'measure') return f;
        // "between 10 p.m. and 6 a.m." opens a period as "from 10 p.m. to 6 a.m." does.
        const qualifier = until ? 'up to' : qualifiers === TIME_QUALIFIER && words === 'between' ? 'from' : words;
        return { ...f, qualifier, text: sentence.slice(before.index, start + f.text.length) };
      })
  );
}

/**
 * Words before an age limit: "pupils under", "children aged over", "a patient must be over", "up
 * to the age of", a translation's "adults of more than". A voting age's change ("falls from 18
 * to 16") stays two counts: the claim is the amount.
 */
const AGE_LIMIT_BEFORE =
  /(?:\b(?:pupils?|child(?:ren)?|kids?|people|persons?|anyone|those|teen(?:ager)?s?|students?|minors?|users?|voters?|girls?|boys?|adults?|patients?|wom[ae]n|m[ae]n|everyone|them|whom)(?:\s+(?:must|should|will|has to|have to|needs? to|were|was|are|is))?(?:\s+(?:be|all))?\s+(?:aged\s+|of\s+)?(?:under|over|below|above|(?:younger|older|more|less)\s+than)|\b(?:the dead|the victims|victims)\s+(?:were|was|are)\s+(?:all\s+)?(?:under|over|below|above|(?:younger|older)\s+than)|\bage\s+of)\s+$/i;

/** The noun right after "N-strong" ("a 3,000-strong crowd"). */
const STRONG_NOUN = /^\s+(\p{L}+)/u;
/** Groups of people a "strong" number counts as people ("a 3,000-strong crowd" is 3,000 people). */
const GATHERING_NOUNS = /^(?:crowds?|throngs?|mobs?|gatherings?|marches?)$/i;

/** Units a game clock counts down in, stemmed. */
const CLOCK_UNITS = new Set(['minut', 'second']);
/** After minutes or seconds, the words of a countdown: "with 20 minutes left", "ten seconds to go". */
const COUNTDOWN = /^\s+(?:left|remaining|to go|to play)\b/i;

/** After a span of time, the words that make it a change of another span ("six months longer"). */
const CHANGE_AFTER = /^\s+(?:longer|shorter|more|less|extra)\b/i;
/** Before a span of time, a verb that changes another span and "by", its object between ("extend military service by"). */
const CHANGE_BY =
  /\b(?:extend|lengthen|shorten|prolong|cut|cuts|reduc|increas|rais)\p{L}*\s+(?:(?!by\b)\p{L}+\s+){0,3}by\s+(?:(?:about|around|some|nearly|almost|more than|up to|another|a further|an extra)\s+)?$/iu;

/** "aged 65 and over", a translation's "aged of 56 years and more": the words before … */
const AGED_BEFORE = /\baged\s+(?:of\s+)?$/i;
/** … and after an age limit that includes everyone older. */
const AND_OVER_AFTER = /^(?:\s+years?(?:\s+old)?)?\s+(?:and|or)\s+(?:over|older|above|more|upwards|up)\b/i;

/** After the first number of a compound two ages share: "- and 17-year-olds", "- to 21-year-olds". */
const SHARED_AGE_COMPOUND = /^-\s+(?:and|or|to)\s+[\p{L}\d]+-years?-olds?\b/iu;

/** Whether the lexicon knows a word as nothing but a name, or not at all ("Ostvik", "Arnes"; not "About", "Meanwhile"). */
const nameOnly = (word: string) => lexiconTags(word).every((t) => NAME_TAGS.has(t));

/** A bare number after a capitalised word and a comma, closed by punctuation: an age in apposition ("Marin, 29,"). */
const NAMED_AGE = /(\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})(?=\s*(?:[,.;:)]|$))/gu;

/** No one lives longer: "57 million years old" and "a 2,400-year-old ship" give the age of a thing. */
const OLDEST = 120;

/** The figure marked as an age of the kind its words give (none: no age), when no one is older. */
function aged(f: Figure, age: Figure['age']): Figure {
  return age && (f.amount ?? 0) <= OLDEST ? { ...f, age } : f;
}

/**
 * "For every container we open, a hundred go through": a verb in its base form after a number
 * from two up counts nothing (after "one" it may be a singular noun the lexicon lists as a verb:
 * "one seat", "one ship").
 */
function baseVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => t === 'Infinitive');
}

/**
 * Where an age's phrase starts before its number, as an offset into `before`: a phrase set off
 * by commas ("At 19, Roic is …", "Roic, aged 19,", a translation's "With 19 years, …" and
 * "Danner, of 34 years,"), or a translation's person "of N years" ("the athlete of 26 years";
 * a word the lexicon lacks with an agent's ending, "a hiker of 27 years", is a person too). Its
 * text keeps those words, which mark it as an age (see figureDiscrepancies). None for a count
 * that is no age.
 */
function ageStart(f: Figure, before: string, after: string): number | undefined {
  if (f.unit !== undefined && f.unit !== 'year') return undefined;
  // "A man aged 65 died", wherever the sentence goes on, and a translation's "aged of 61 years";
  // the first of two ages too ("two brothers aged 38 and 41"); not a range of ages ("aged 11 to 15").
  // So are both ends of "aged between 29 and 52", the people's ages.
  const agedWord = /\baged\s+(?:of\s+|between\s+)?$/iu.exec(before);
  if (agedWord && !/^\s*(?:to|[-–])\s*\p{N}/iu.test(after)) return agedWord.index;
  // The rest of a list of ages after it ("aged 24, 27 and 31").
  if (/\baged\s+(?:between\s+)?\p{N}+(?:\s*,\s*\p{N}+)*(?:\s*,\s*|\s+)(?:and\s+)?$/iu.test(before)) return before.length;
  // "since he was 17", "when she was 12", a translation's "since he had 17 years" ("depuis qu'il
  // avait 17 ans"): a person's age, a bare number or years with nothing counted after them.
  // So is "The youngest was 16", "the oldest is 91".
  const was = /\b(?:he|she|they|I|we|you|the (?:youngest|oldest))\s+(?:was|were|is|are|had|has)\s+$/iu.exec(before);
  if (was && /^\s*(?:[,.;:!?)”"’]|$)/u.test(after)) return before.length;
  const phrase = /^\s*(?:[,.]|$)/.test(after)
    ? /(?:^|[,(]\s*)((?:at|with|of)\s+)$|\b((?:aged|with)\s+)$|\b(?:retir(?:e|es|ed|ing|ement)|di(?:e|es|ed)|quit(?:s|ting)?)\b[^,.;:!?]{0,30}?\s(at\s+)$/iu.exec(
        before,
      )
    : null;
  if (phrase) return before.length - (phrase[1] ?? phrase[2] ?? phrase[3])!.length;
  // "The singer Lyra Vance (38)": an age in brackets after a name, as German copy and its
  // translations give it.
  if (f.unit === undefined && /^\)/.test(after) && /\p{Lu}[\p{L}'’-]+\s\($/u.test(before)) return before.length - 1;
  // "Arnes, 34 years, is …", "has declared Mrs Dahl, 54 years.": a translation's age in
  // apposition after a name (French "Arnes, 34 ans,"), not a word the lexicon knows as anything
  // but a name ("Meanwhile, 34 years …").
  const named = f.unit === 'year' && /^\s*(?:[,.;:)]|$)/u.test(after) ? /(\p{Lu}[\p{L}'’-]+),\s+$/u.exec(before) : null;
  if (named && nameOnly(named[1]!)) return named.index;
  // "a man of 43 years", and a translation's "a worker Vardish of 43 years" (French "un
  // travailleur vardois de 43 ans" puts the people's name after the noun).
  const person = f.unit === 'year' ? /(\p{L}+)(?:\s+(\p{Lu}\p{L}+))?\s+of\s+$/u.exec(before) : null;
  if (!person || (person[2] !== undefined && !isDemonym(person[2]))) return undefined;
  const tags = lexiconTags(person[1]!);
  return tags.includes('Actor') || (tags.length === 0 && /\p{Ll}{2}(?:er|or|ist)$/u.test(person[1]!)) ? person.index : undefined;
}

/** A qualifier of a count ("at least 14 people"), with the space after it. */
const COUNT_QUALIFIER = String.raw`(?:(?:at least|more than|some|about|nearly|almost|around|up to|over)\s+)?`;
/** Counted nouns that are deaths (stems): "41 deaths", "12 fatalities". */
const DEATHS = new Set(['death', 'fatal']);

/** Where a death toll gives its number ("the death toll from Saturday's crash has risen to"). */
const TOLL_BEFORE = String.raw`death toll\b[^.;:!?]{0,80}?\b(?:to|at|of|reached|hit)\s+${COUNT_QUALIFIER}`;
/** A killing verb or a death toll right before the count, a qualifier between ("killing at least 14 people"). */
const KILLED_BEFORE = new RegExp(
  String.raw`\b(?:(?:kill(?:ed|ing|s)?|claim(?:ed|ing|s)? the lives of)\s+${COUNT_QUALIFIER}|${TOLL_BEFORE})$`,
  'iu',
);
/** A death toll in words, whatever follows it ("the death toll rises to fifteen"). */
const TOLL_WORD = new RegExp(String.raw`\b${TOLL_BEFORE}(${NUMBER_WORD})\b`, 'giu');
/**
 * A verb of dying after the count ("were killed", "died", "were shot dead", a translation's
 * "have lost the life"), or after a place that ends its noun phrase ("Three workers at the
 * Norvik Logistics site did not survive").
 */
const DIED_AFTER =
  /^\s+(?:(?:at|in|on|of|from|near|aboard)\s+(?:(?!(?:said|says|told)\b)[\p{L}’'-]+\s+){1,4}?)?(?:(?:were|was|have been|had been|are|have|had|all)\s+)?(?:(?:reportedly|also|later)\s+)?(?:killed|dead|died|perished|shot dead|did not survive|lost (?:their|the|his|her) li(?:ves|fe))\b/iu;

/** A count's own word for the hurt ("31 injured", "12 wounded"). */
const INJURED_WORDS = /\b(?:injured|wounded|hurt)$/iu;
/** A verb of hurting right before the count, a qualifier between ("injuring more than 200", "wounded at least 12"). */
const INJURED_BEFORE = new RegExp(String.raw`\b(?:injur(?:ed|ing|es)|wound(?:ed|ing|s))\s+${COUNT_QUALIFIER}$`, 'iu');
/**
 * A verb of being hurt after the count ("were injured", "others were seriously hurt", "were
 * taken to hospital", "remain in hospital", "have suffered minor injuries").
 */
const INJURED_AFTER =
  /^\s+(?:(?:others?|people|persons)\s+)?(?:(?:were|was|have been|had been|are|have|has|had|remain|remained)\s+)?(?:(?:also|seriously|critically|badly|severely|gravely|slightly|lightly|moderately|still)\s+)?(?:injured|wounded|hurt|hospitali[sz]ed|(?:taken|admitted|rushed|treated)\s+(?:to|in)\s+(?:a\s+|the\s+)?hospital|in\s+hospital|(?:suffered|treated\s+for)\s+(?:\p{L}+\s+){0,2}injuries)\b/iu;

/** A count's own words for the missing ("dozens still missing", "12 missing"). */
const MISSING_WORDS = /\bmissing$/iu;
/** Words after a count for the missing ("were still missing", "remain unaccounted for"). */
const MISSING_AFTER =
  /^\s+(?:(?:people|persons|others|passengers)\s+)?(?:(?:are|were|is|was|remain|remained|have been|had been)\s+)?(?:still\s+)?(?:missing|unaccounted for)\b/iu;

/** Whether the words around a count say it counts the dead. */
function diedAround(before: string, after: string): boolean {
  return KILLED_BEFORE.test(before) || DIED_AFTER.test(after);
}

/**
 * Animals a report counts dead ("12 pilot whales died", "45,000 hens culled"): no death toll of
 * people, which the same claim may give beside them. Stems, as figures store units.
 */
const ANIMALS = new Set(
  'animals whales dolphins seals birds hens chickens poultry ducks geese turkeys cattle cows sheep pigs goats horses dogs cats fish deer elephants bees'
    .split(' ')
    .map((w) => stemmer(w)),
);

/** Nouns for the people of a gathering ("52,000 spectators", "35,000 marchers"): a count of people, as "52,000 people" is. Stems. */
/** Those who live somewhere: "2,300 residents" evacuated are the "2,300 people" another report gives. */
const RESIDENT_NOUNS = new Set('residents inhabitants villagers locals'.split(' ').map((w) => stemmer(w)));
const CROWD_NOUNS = new Set('spectators fans supporters protesters demonstrators marchers attendees'.split(' ').map((w) => stemmer(w)));
/** A number to call ("call 112", "dial 0800 123 456", "phone +44 20 7946 0018"). */
const PHONE = /\b(?:call|dial|phone|ring|text)\s+(?:us\s+)?(?:on\s+)?(\+?\d[\d -]{1,16}\d)/giu;
/** A code of capitals and digit groups joined by dashes ("NLX-2026-0412", "CVE-2024-3094"): no amount, but a word of its own (sentenceTerms). */
export const IDENTIFIER = /\b\p{Lu}{2,}[\p{Lu}\d]*(?:-\d+){2,}\b/gu;
/** "a crowd of", "an attendance of about", "put the crowd at": a number of people, counted as a gathering. */
const CROWD_OF = /\b(?:crowd|attendance|audience)\s+(?:of|at)\s+(?:(?:about|around|some|nearly|almost|over|more than)\s+)?$/i;

/** Words that make a time of day approximate or a bound, right before it ("shortly before 7 a.m."). */
const TIME_QUALIFIER =
  /\b((?:shortly |just |soon |some time |sometime )?(?:before|after)|around|about|towards?|against|roughly|approximately|circa|by|until|till|since|from|between|early|late)\s+$/iu;

/**
 * Words that make a weekday a bound of a plan or a span, right before it ("from Thursday", "until
 * Friday", "until at least Tuesday").
 */
const WEEKDAY_BOUND = /\b((?:from|starting|until|till|since|by|before|after)(?:\s+at\s+(?:the\s+)?(?:least|earliest|latest))?)\s+$/iu;

/**
 * Words that make an amount approximate or a bound, right before it. A translation's "until"
 * before money or a measurement ("fines until 2,000 euros", French "jusqu'à") is "up to" and is
 * read as it.
 */
const QUALIFIER =
  /\b(more than|fewer than|less than|at least|at most|up to|until|till|as many as|as much as|nearly|almost|about|around|roughly|approximately|some|over|under|just over|just under|close to)\s+$/iu;

/** Verbs that take "over" as a particle of handing something on ("hand over", "turned over", "signing over"). */
const HANDING_OVER = /\b(?:(?:hand|turn|sign|fork)(?:s|ed|ing)?|pass(?:es|ed|ing)?|give[sn]?|giving|gave)\s+$/iu;

/** Words that open a time expression ("last year", "this week", "next month"). */
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'previous', 'past', 'coming']);

const NOT_UNITS = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'the',
  'a',
  'an',
  'more',
  'than',
  'per',
  'who',
  'that',
  'which',
  'with',
  'according',
  'from',
  'by',
  'as',
  'into',
  'over',
  'under',
  'about',
  // Auxiliaries: "Thousands were stranded" counts people, not "were".
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'shall',
  'did',
  // Words opening a time expression: "41 last year" counts no "last".
  ...TIME_DETERMINERS,
]);

/** Tags of words that count nothing when they follow a number (see unitOf). */
const COUNTS_NOTHING_TAGS = new Set(['Determiner', 'Pronoun', 'Possessive', 'Conjunction', 'Preposition', 'QuestionWord']);

/** What befell the people a number stands for alone ("14 dead", "27 injured when"): they are counted as people. */
const HARMED = new Set(['dead', 'injured', 'wounded', 'missing']);

const NOT_NOUN_TAGS = new Set([
  'PresentTense',
  'Infinitive',
  'Verb',
  'PastTense',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'QuestionWord',
  'Adjective',
  // "two-thirds", "a third": parts, not things counted.
  'Fraction',
  'Ordinal',
]);
/** A word that could be a noun: not a function word, and not tagged as anything else by compromise's lexicon. */
const couldBeNoun = (word: string) => !NOT_UNITS.has(word.toLowerCase()) && !lexiconTags(word).some((t) => NOT_NOUN_TAGS.has(t));
// A Latin plural the lexicon lacks ("300 clay amphorae") counts as one.
const isPluralNoun = (word: string) =>
  (/[^s]s$/i.test(word) && couldBeNoun(word)) || (/\p{Ll}{3}ae$/u.test(word) && lexiconTags(word).length === 0);
const isAdjective = (word: string) => {
  const tags = lexiconTags(word);
  // The lexicon lacks many adjectives ("suspicious", "fraudulent"); an unknown word with an
  // adjective's ending is taken for one.
  if (tags.length === 0) return ADJECTIVE_ENDING.test(word);
  return tags.some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative');
};
const ADJECTIVE_ENDING = /\p{Ll}(?:ous|ful|ive|able|ible|less|ent|ant|ical)$/u;

/**
 * The counted noun after a number and the figure's text up to it: up to two adjectives are
 * stepped over ("600 permanent jobs", "three young children"), so that the count of jobs is
 * compared with the count of jobs however each article qualifies them. `first` is the index
 * of the first word's capture group; the two after it hold the optional next words.
 */
function counted(m: RegExpMatchArray, first: number): { unit: string | undefined; text: string } {
  const words = [m[first], m[first + 1], m[first + 2]].filter((w): w is string => w !== undefined);
  const start = m[0].indexOf(m[first]!);
  // Two names joined ("212,000 Lyra and Lyra Sport vehicles") qualify the noun after them
  // together: the count is of vehicles, not of Lyras.
  const names = /^\p{Lu}\S*\s+(?:and|or|&)\s+(?:\p{Lu}[\p{L}\d-]*\s+){1,3}(\p{Ll}+)/u.exec(m.input!.slice(m.index! + start));
  if (names && isPluralNoun(names[1]!)) return { unit: unitOf(names[1]!), text: m[0].slice(0, start) + names[0] };
  // So do two modifiers joined ("24 take-off and landing slots", "10 full-time and part-time
  // jobs"): the count is of slots, not of take-offs. Not two counted nouns ("men and women").
  const joined = /^(\p{Ll}[\p{Ll}-]*)\s+(?:and|or)\s+(\p{Ll}[\p{Ll}-]*)\s+(\p{Ll}+)/u.exec(m.input!.slice(m.index! + start));
  if (
    joined &&
    isPluralNoun(joined[3]!) &&
    [joined[1]!, joined[2]!].every((w) => !isPluralNoun(w) && !lexiconTags(w).some((t) => FUNCTION_TAGS.has(t) || t === 'Plural'))
  )
    return { unit: unitOf(joined[3]!), text: m[0].slice(0, start) + joined[0] };
  // The top of a range of ages ("children aged 11 to 15 vape") counts the same people as its
  // bottom, which counts nothing: what follows is their verb, not a noun.
  if (/\baged\s+\p{N}+\s*(?:to|[-–])\s*$/iu.test(m.input!.slice(0, m.index!)))
    return { unit: undefined, text: m[0].slice(0, start).trimEnd() };
  let k = 0;
  // A name before a noun qualifies it too ("1.2 million Veltra Health patients"), unless what
  // follows is no noun ("300 Americans were", "20 Democrats voted"); a plural the lexicon also
  // knows as a verb is one ("three Swedish engineers", "two Zentaran guards").
  // A participle before a plural noun qualifies it as an adjective does ("120,000 displaced
  // people", "four fishing boats").
  // "Dead" before a word that cannot be a noun stands for the people ("14 dead in the crash").
  // "41 last year", "3 this week": a time expression follows the number, not its noun.
  // An adverb made from an adjective ("mostly elderly victims", "340 severely malnourished
  // children") qualifies what follows, as the adjective would.
  const modifies = (word: string, next: string) =>
    !TIME_DETERMINERS.has(word.toLowerCase()) &&
    ((isAdjective(word) && (!HARMED.has(word.toLowerCase()) || couldBeNoun(next))) ||
      (/^\p{Ll}+ly$/u.test(word) && isAdjective(word.slice(0, -2))) ||
      // Not a headline's capitalised preposition ("to 67 Despite Protests").
      (/^\p{Lu}/u.test(word) &&
        !lexiconTags(word).some((t) => FUNCTION_TAGS.has(t)) &&
        (couldBeNoun(next) || /ing$/.test(next) || /\p{Ll}[^s]s$/u.test(next))) ||
      (/(?:ed|ing)$/i.test(word) && (/[^s]s$/i.test(next) || lexiconTags(next).includes('Plural'))));
  while (k < words.length - 1 && k < 2 && modifies(words[k]!, words[k + 1]!)) k += 1;
  // A noun before a plural noun modifies it: "46 measles cases", "3,000 police officers" count
  // cases and officers, like "48 cases of measles" does.
  // So does one before a noun with no plural ("14 combat aircraft", "200 dairy sheep").
  const plural = (word: string) => isPluralNoun(word) || lexiconTags(word).includes('Uncountable');
  // Not people counted in a plural without an s ("4.1 million people face hunger", "12 children
  // die" count people and children), though "3,000 police officers" counts officers.
  // "Six mass graves": a word ending in "ss" is no plural.
  const modifier = (word: string) =>
    (!/[^s]s$/i.test(word) || lexiconTags(word).includes('Uncountable')) &&
    !['Plural', 'Actor'].every((t) => lexiconTags(word).includes(t));
  // After a singular noun, a word the lexicon reads as a verb ending in -s is the plural it
  // qualifies ("four security guards", "two construction firms").
  const pluralAfter = (word: string, before: string) =>
    plural(word) ||
    (/[^s]s$/.test(word) &&
      lexiconTags(word).includes('PresentTense') &&
      !NOT_UNITS.has(word.toLowerCase()) &&
      !lexiconTags(word).some((t) => FUNCTION_TAGS.has(t)) &&
      (lexiconTags(before).length === 0 || lexiconTags(before).every((t) => t === 'Singular')));
  // Two nouns before it ("180,000 lead service lines", "lead water lines"), else one.
  if (
    k < words.length - 2 &&
    plural(words[k + 2]!) &&
    modifier(words[k]!) &&
    !lexiconTags(words[k]!).some((t) => FUNCTION_TAGS.has(t)) &&
    // A noun the lexicon tags as one, or does not know ("union"), or an adjective ("1.4 billion
    // single-use plastic items").
    (lexiconTags(words[k + 1]!).length === 0 ||
      lexiconTags(words[k + 1]!).some((t) => t === 'Singular' || t === 'Uncountable' || t === 'Adjective'))
  )
    k += 2;
  // Not a conjunction, a form of "be" or a preposition but "of": "aged 11 to 15 now vapes"
  // counts no vapes, "Two of the dead were motorists" counts the dead, "pupils under 15 from
  // phones" no phones ("thousands of jobs" counts jobs).
  else if (
    k < words.length - 1 &&
    pluralAfter(words[k + 1]!, words[k]!) &&
    modifier(words[k]!) &&
    !lexiconTags(words[k]!).some((t) => t === 'Conjunction' || t === 'Copula' || (t === 'Preposition' && !/^of$/i.test(words[k]!)))
  )
    k += 1;
  const end = m[0].indexOf(words[k]!, start) + words[k]!.length;
  // A name that owns what follows ("a crowd of 8,400 packed Kelby's ground") is no counted noun.
  const owner = /^\p{Lu}/u.test(words[k]!) && /^['’]s\b/u.test(m.input!.slice(m.index! + end));
  // "dad-of-three Jonas Berk": a given name after the number names a person, whom it does not count.
  const person =
    lexiconTags(words[0]!).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') && /^\p{Lu}/u.test(words[1] ?? '');
  const unit = owner || person ? undefined : unitOf(words[k]!);
  // Without a counted noun ("15 of them", "the 12 were freed") the figure is the number alone.
  if (!unit) return { unit, text: m[0].slice(0, start).trimEnd() };
  return { unit, text: m[0].slice(0, end) };
}

/** Tags of words that never modify a noun as a noun does ("of two members", "when its"). */
const FUNCTION_TAGS = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Possessive',
  'QuestionWord',
  'Value',
  'Adverb',
  'Copula',
]);

/** The counted noun, stemmed so "deportation" and "deportations" agree. */
function unitOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (NOT_UNITS.has(lower) || /\d/.test(lower)) return undefined;
  // "more of 60 wounded this Tuesday", "one of its engines": a determiner or pronoun counts nothing.
  // "aged 11 to 15 now vapes": nor does a conjunction.
  // "19th after a 4-0 loss": nor does a preposition.
  if (lexiconTags(lower).some((t) => COUNTS_NOTHING_TAGS.has(t))) return undefined;
  // "the 120,000 claimed by the unions": a verb, no noun.
  if (/ed$|ing$/.test(lower) && lexiconTags(lower).some((t) => t === 'PastTense' || t === 'Gerund' || t === 'Participle')) return undefined;
  // "2.000 persons", as translations write it, are "2,000 people", and so are "14 dead", "27
  // injured" and a crowd's "52,000 spectators".
  const stem = stemmer(lower);
  if (stem === 'person' || stem === 'dead' || HARMED.has(lower) || CROWD_NOUNS.has(stem) || RESIDENT_NOUNS.has(stem)) return 'peopl';
  return TRANSLATED_UNITS[stem] ?? stem;
}

/**
 * Nouns a translation carries over from the word its language counts with (French "voix",
 * Spanish "réplicas"): "112 of the 400 voices" counts votes, "41 replicas" aftershocks. Stems.
 */
const TRANSLATED_UNITS: Record<string, string> = { voic: 'vote', replica: 'aftershock' };

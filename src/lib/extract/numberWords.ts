/** Numbers as copy spells them out, and the vague plurals ("dozens", "hundreds") as their least. */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A number word, "twenty-five" whole before its parts can match (a pattern's source, case-insensitive use). */
export const NUMBER_WORD = String.raw`(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)\b|${Object.keys(NUMBER_WORDS).join('|')}`;

/** A number word that names one exact number ("two", "twenty-five"), not "dozens" or "hundred". */
export const EXACT_NUMBER_WORD = String.raw`(?:${TENS})-(?:one|two|three|four|five|six|seven|eight|nine)\b|${Object.keys(NUMBER_WORDS)
  .filter((w) => NUMBER_WORDS[w]! <= 90 && !/s$|^dozen$/.test(w))
  .join('|')}`;

/** Words that write a number from ten to ninety ("twelve", "forty"), not a scale ("hundred") or a vague plural. */
export const LARGE_NUMBER_WORDS: ReadonlySet<string> = new Set(
  Object.keys(NUMBER_WORDS).filter((w) => !w.endsWith('s') && NUMBER_WORDS[w]! >= 10 && NUMBER_WORDS[w]! <= 90),
);

/** The value of a number word, "twenty-five" included. */
export function wordNumber(text: string): number {
  return text
    .toLowerCase()
    .split('-')
    .reduce((sum, word) => sum + NUMBER_WORDS[word]!, 0);
}

// compromise reads ordinals only through its full tagger (~50 ms an article, see lexiconTags);
// the twenty the press spells out are a short list.
/** The ordinals spelled out, "first" to "twentieth", in order: the nth is at index n − 1. */
export const ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const ORDINAL_WORDS: Record<string, number> = Object.fromEntries(ORDINALS.map((w, k) => [w, k + 1]));

/** An ordinal spelled out ("third", "twelfth"), up to "twentieth" (a pattern's source, case-insensitive use). */
export const ORDINAL_WORD = Object.keys(ORDINAL_WORDS).join('|');

/** The place an ordinal names, spelled ("third": 3) or in digits ("21st": 21). */
export function ordinalNumber(text: string): number {
  return ORDINAL_WORDS[text.toLowerCase()] ?? Number.parseInt(text, 10);
}

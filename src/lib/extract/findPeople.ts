import { eng } from 'stopword';
import type { PersonMention } from '../types.ts';
import { CALENDAR_WORDS } from './calendarWords.ts';
import { ORGANISATION_WORDS, PLACE_FIRST_WORDS, PLACE_WORDS } from './organisationWords.ts';
import { lexiconTags, NAME_TAGS } from './lexiconTags.ts';
import { isDemonym } from './isDemonym.ts';
import { EXACT_NUMBER_WORD } from './numberWords.ts';
import { SPEECH_VERB_WORDS } from './speechVerbs.ts';
import { NAME_PARTICLES, PERSON_TITLES, TITLE_ABBREVIATIONS, TITLE_HEADS } from './titleWords.ts';

/** Words of a title or office that precede a name; never part of the name itself. */
const TITLE_WORDS = new Set(
  `president vice prime minister secretary foreign interior home deputy chief general attorney senator sen rep
  representative governor gov mayor councillor councilor councilman councilwoman alderman king queen prince princess pope
  judge justice ambassador spokesperson spokesman
  spokeswoman commissioner chancellor premier leader chairman chairwoman chair director officer minister's mr mrs ms dr
  prof professor sir dame lord lady state defence defense finance justice labour labor party opposition speaker executive
  commander colonel captain lieutenant sergeant admiral cardinal bishop rev archbishop sheikh emir sultan former
  col gen lt capt sgt maj adm cmdr envoy
  then late acting interim then- ex- former- of the us u.s. uk u.k. un eu affairs health education economy trade transport environment
  agriculture energy culture development security housing treasury department ministry`.split(/\s+/),
);
/** Lower-case words that qualify a title ("former President"). */
const TITLE_QUALIFIERS = new Set([
  'former',
  'then',
  'late',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'deputy',
  'then-',
  'ex-',
  'former-',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
// The list lacks some conjunctions, sentence adverbs and days that open sentences ("When Tomas
// Herrel stood before …", "So Anton Lenz will not resign.", "Today Governor Maria Delgado signed …").
const STOPWORDS = new Set([
  ...eng,
  'so',
  'yet',
  'however',
  'meanwhile',
  'instead',
  'indeed',
  'nevertheless',
  'nonetheless',
  'when',
  'although',
  'though',
  'once',
  'until',
  'unless',
  'whereas',
  'whether',
  'today',
  'yesterday',
  'tonight',
]);
// An Arabic article joined to a surname ("al-Hamdan", "el-Sisi", "bin Salman" aside) is written
// in lower case, and is as much part of the name as a capital.
const CAPITALISED = /^(?:\p{Lu}[\p{L}’'-]*|(?:\p{Lu}\.)+|(?:al|el|ad|ash|as|at|az|abu|abd)-\p{Lu}[\p{L}’'-]*)$/u;
const POSSESSIVE = /[’']s?$/u;
/** A capitalised word with lower-case parts after hyphens describes someone ("Mum-of-two", "Nineteen-year-old"); a name's parts are capitalised ("Jean-Pierre"). */
const DESCRIPTION = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u;
/**
 * First words of streets and squares in Romance languages ("Plaza Mayor of Porta Vella", "Rue de
 * Rivoli"): a run opening with one names a place, even when an office word ("Mayor") follows.
 */
const PLACE_OPENERS = new Set(['plaza', 'piazza', 'praça', 'calle', 'rue', 'avenida', 'rua', 'paseo']);
/** Particles that only names carry ("van", "von", "bin"); "de" and "la" also open places ("Rio de Janeiro"). */
const PERSONAL_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'bin', 'ibn']);
/** Roles a company can hold as well as a person ("its partner, Halden Metals"): no title. */
const BUSINESS_ROLES = new Set(
  `partner rival competitor sponsor buyer seller supplier client customer member shareholder investor lender creditor
  insurer contractor operator regulator manufacturer maker producer provider distributor retailer owner parent
  subsidiary affiliate bidder acquirer`.split(/\s+/),
);
/** Words for a person's age or family place ("Teenager Vesna Roic", "Grandmother Ana Lind"): they describe, and hold no office. */
const LIFE_STAGES = new Set(
  `teenager teen schoolgirl schoolboy toddler child baby pensioner retiree widow widower mother father grandmother grandfather
  grandson granddaughter son daughter`.split(/\s+/),
);
/** Last words of sports clubs' names, which compromise's list of organisation words lacks. */
const CLUB_WORDS = new Set(['united', 'town', 'city', 'rovers', 'athletic', 'wanderers', 'albion', 'rangers', 'fc']);

/** Possessive determiners before a title ("his lawyer, Sandrine Okafor"): like "the", not part of the title. */
const DETERMINERS = /^(?:the|a|an|his|her|their|its|our|my|your)$/i;
/**
 * Prepositions that end a phrase before a lower-case title ("the case against opposition leader
 * Ruth Adjani"); "of" and "for" join a portfolio to its office ("minister for trade") and do not.
 */
const PREPOSITIONS_BEFORE_TITLE =
  /^(?:against|with|by|from|to|about|after|before|over|on|at|in|into|despite|under|between|among|than|like|via|towards?)$/i;

interface Token {
  text: string;
  start: number;
  /** End of the word as written (a final full stop included). */
  end: number;
}

/**
 * Finds people named in a sentence, with the title written before each name. Capitalised runs
 * become names when a title precedes them or when compromise's lexicon knows a word as a name;
 * titles, demonyms and possessives are stripped so "former President Trump’s" yields "Trump".
 */
export function findPeople(sentence: string): PersonMention[] {
  // A final full stop belongs to initials ("J.P.") but not to a word ending a sentence.
  const tokens: Token[] = [...sentence.matchAll(WORD)].flatMap((m) => {
    const text = /^(?:\p{Lu}\.)+$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/, '');
    const start = m.index!;
    // A qualifier hyphenated to a title ("then-Prime Minister", "ex-President") is two words.
    const qualifier = /^(?:then|ex|former)-(?=\p{Lu})/iu.exec(text)?.[0];
    if (!qualifier) return [{ text, start, end: start + m[0].length }];
    const split = start + qualifier.length;
    return [
      { text: qualifier, start, end: split },
      { text: text.slice(qualifier.length), start: split, end: start + m[0].length },
    ];
  });
  const mentions: PersonMention[] = [];
  // An office named with what it is of ("The President of Arvania"), and where it ends, for the
  // name in apposition after it.
  let officeOf: { title: string; end: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!CAPITALISED.test(tokens[i]!.text) && !TITLE_QUALIFIERS.has(tokens[i]!.text.toLowerCase())) {
      i += 1;
      continue;
    }
    let j = i;
    // A name is one run of words apart only by spaces: "Trump, Rubio and Vance" are three.
    while (
      j < tokens.length &&
      // Only a split qualifier ("then-") has no gap, and a full stop that ends a sentence inside
      // a quotation ends the name ("I congratulate Maja Rehn. We will …").
      (j === i || (/^\s*$/u.test(sentence.slice(tokens[j - 1]!.end, tokens[j]!.start)) && !endsSentence(sentence, tokens[j - 1]!))) &&
      (CAPITALISED.test(tokens[j]!.text) ||
        (j > i && tokens[j]!.text === 'of') ||
        // "Cabinet Secretary for Interior", "Minister for Health": a portfolio's "for" after a title.
        (j > i && tokens[j]!.text === 'for' && PERSON_TITLES.has(tokens[j - 1]!.text.toLowerCase())) ||
        // "Minister of Information and Communication Technology Amina Waweru": a portfolio of two
        // parts, after an office's "of" and before a capitalised word.
        (j > i + 2 &&
          tokens[j]!.text === 'and' &&
          CAPITALISED.test(tokens[j + 1]?.text ?? '') &&
          tokens
            .slice(i, j - 1)
            .some((t, n, run) => PERSON_TITLES.has(t.text.toLowerCase()) && PORTFOLIO_LINKS.has(run[n + 1]?.text ?? ''))) ||
        (j > i && NAME_PARTICLES.has(tokens[j]!.text) && particleLeadsToName(tokens, j)) ||
        (j === i && TITLE_QUALIFIERS.has(tokens[j]!.text.toLowerCase())))
    ) {
      if (POSSESSIVE.test(tokens[j]!.text) && j > i) {
        j += 1;
        break;
      }
      j += 1;
    }
    // A capitalised word that opens a sentence ("For Ana Petrova, …") is not part of a name.
    let from = i;
    // A qualifier stays when an office follows it ("Then President …"), not before a name ("Then Moreno ran clear").
    const qualifiesOffice = (at: number) =>
      TITLE_QUALIFIERS.has(tokens[at]!.text.toLowerCase()) && TITLE_WORDS.has(tokens[at + 1]?.text.toLowerCase() ?? '');
    while (
      from < j - 1 &&
      (STOPWORDS.has(tokens[from]!.text.toLowerCase()) || TITLE_QUALIFIERS.has(tokens[from]!.text.toLowerCase())) &&
      !qualifiesOffice(from)
    )
      from += 1;
    // "said Ines Ferrante of the rescue charity": an "of" that no capitalised word follows ends the name.
    while (j - 1 > from && tokens[j - 1]!.text === 'of') j -= 1;
    const run = tokens.slice(from, j);
    i = Math.max(j, i + 1);
    if (PLACE_OPENERS.has(run[0]!.text.toLowerCase())) continue;
    // Split the run into leading title words and the name that follows.
    let k = 0;
    let titled = false;
    // Whether a translation's lower-case title and its portfolio come before the name ("the
    // minister of the Energy Tove Arnesson"): the title marks a name the lexicon does not know.
    let portfolioBefore = false;
    while (k < run.length - 1) {
      const word = run[k]!.text.toLowerCase().replace(POSSESSIVE, '');
      const isTitle = TITLE_WORDS.has(word) || (isDemonym(run[k]!.text) && TITLE_WORDS.has(run[k + 1]!.text.toLowerCase()));
      if (!isTitle) break;
      // A qualifier ("then", "late", "former") makes a title only of the office after it: "Then
      // Moreno ran clear" opens a sentence on an adverb.
      if (TITLE_QUALIFIERS.has(word) && !TITLE_WORDS.has(run[k + 1]!.text.toLowerCase())) break;
      if (PERSON_TITLES.has(word)) titled = true;
      k += 1;
    }
    // A word for a person's occupation right before a known given name ("Prosecutor Daniel
    // Ferro", "Inspector Anna Berg") is an office the title lists lack, not a first name.
    if (k === 0 && run.length >= 3 && isOccupation(run[0]!.text) && isGivenName(run[1]!.text)) {
      k = 1;
      titled = true;
    }
    // A portfolio before the title ("Health Minister Tomas Varga") or after it ("Minister of
    // Health Tomas Varga") is part of the title, not of the name: the name starts after the
    // last title word (and the one word an "of" joins to it).
    for (let t = run.length - 2; t >= 0; t -= 1) {
      if (!PERSON_TITLES.has(run[t]!.text.toLowerCase().replace(POSSESSIVE, ''))) continue;
      const end = PORTFOLIO_LINKS.has(run[t + 1]?.text ?? '') && t + 3 < run.length ? t + 3 : t + 1;
      if (end > k && end < run.length) {
        k = end;
        titled = true;
      }
      break;
    }
    // The rest of a portfolio ("Secretary of Homeland Security Kristi Noem").
    while (titled && k < run.length - 2 && TITLE_WORDS.has(run[k]!.text.toLowerCase())) k += 1;
    // A country after a portfolio's "of" ("Minister of the Interior of Norland Greta Lund") is
    // part of the title, not of the name, when a known given name follows it.
    // So is a portfolio of several words ("Director of Public Prosecutions Samuel Tanui",
    // "Minister of Local Government Beatrice Uwimana").
    if (k > 0 && (PORTFOLIO_LINKS.has(run[k - 1]!.text) || (k >= 2 && PORTFOLIO_LINKS.has(run[k - 2]!.text)))) {
      const given = run.findIndex((t, n) => n > k && n < run.length - 1 && isGivenName(t.text));
      if (given > k && run.slice(k, given).every((t) => !isKnownName(t.text))) k = given;
    }
    // A portfolio the word lists lack after a lower-case title ("the minister of the Work Karl
    // Benn", "the minister of the Transports Katrin Vogt", "the commissioner to the Competition
    // Ines Wahl", as translations write it): the name starts after it, at a known given name or
    // after a word that is none.
    // English puts "general" after the head of some titles ("director general of", "secretary general of").
    // Both uses below need a run of three words at least: a shorter one reads no sentence prefix.
    const head =
      run.length >= 3 ? /(\p{L}+)(?: general)? (?:of|to|for)(?: the)?\s+$/u.exec(sentence.slice(0, run[0]!.start))?.[1] : undefined;
    const afterTitle = head !== undefined && TITLE_HEADS.has(head.toLowerCase());
    if (afterTitle && k === 0 && run.length >= 3 && (isGivenName(run[1]!.text) || !isGivenName(run[0]!.text)) && !isKnownName(run[0]!.text))
      k = 1;
    if (afterTitle && k > 0 && run.length - k >= 2) portfolioBefore = true;
    // A portfolio of several words, or of two parts joined by "and", runs on to the first known
    // given name ("the minister of Digital Affairs Sofia Lind", "Minister of Information and
    // Communication Technology Amina Waweru").
    if (k > 0 && (run[k]!.text === 'and' || (k === 1 && !TITLE_WORDS.has(run[0]!.text.toLowerCase())))) {
      const given = run.findIndex((t, n) => n > k && n < run.length - 1 && isGivenName(t.text));
      if (given > k && run.slice(k, given).every((t) => !isKnownName(t.text))) k = given;
    }
    // An owner before the name ("Dravik's Lukas Brenner", "Halden's Jan Berg") is not part of
    // it, nor a title.
    const titleEnd = k;
    // Nor is an owner before a group ("Markov's Conservatives").
    if (run.length - k >= 2 && POSSESSIVE.test(run[k]!.text)) k += 1;
    // Nor is a people's name before a given name ("the Telvanian Lena Ardova", as translations write it).
    else if (run.length - k >= 3 && isDemonym(run[k]!.text) && isGivenName(run[k + 1]!.text)) k += 1;
    // Nor is a day or month before a given name ("On Wednesday Irena Dahl said"), nor a
    // hyphenated description ("Mum-of-two Jessa Lind", "Nineteen-year-old Sanna Holt").
    while (
      run.length - k >= 3 &&
      ((CALENDAR_WORDS.has(run[k]!.text.toLowerCase()) && isGivenName(run[k + 1]!.text)) || DESCRIPTION.test(run[k]!.text))
    )
      k += 1;
    // Nor is a place after a preposition, before a known given name ("The attacker of Elsburg
    // Jonas Renko", as a translation writes it): words no lexicon knows as names there say where
    // the person is from.
    if (k === 0 && run.length >= 3 && /\b(?:of|from|in|at|near)\s+$/u.test(sentence.slice(0, run[0]!.start))) {
      const given = run.findIndex((t, n) => n > k && n < run.length - 1 && isGivenName(t.text));
      if (given > k && run.slice(k, given).every((t) => !isKnownName(t.text) && !NAME_PARTICLES.has(t.text.toLowerCase()))) k = given;
    }
    // "Supporters of Marta Quell": a name after an "of" that no title leads to is the name;
    // what comes before names a group of people.
    const of = run.findLastIndex((t, n) => n >= k && t.text === 'of');
    if (of > k && of < run.length - 2 && isGivenName(run[of + 1]!.text)) k = of + 1;
    const nameTokens = run.slice(k).map((t) => t.text.replace(POSSESSIVE, ''));
    // A full name ends before an "of": what follows says where or whom the person is from
    // ("Dario Feltre of Morvane", "Jane Doe of Springfield"), and would make every mention of
    // that place a mention of the person. One word before it is a style ("Charles of Wales").
    const ofAt = nameTokens.indexOf('of', 2);
    if (ofAt > 0) nameTokens.length = ofAt;
    // Up to four names, not counting particles: "Ana María de la Cruz" is a name of three.
    if (nameTokens.length === 0 || nameTokens.filter((t) => !NAME_PARTICLES.has(t)).length > 4) continue;
    // "UN High Commissioner for Refugees": an office's portfolio with no name after it.
    if (PORTFOLIO_LINKS.has(nameTokens[0]!)) continue;
    if (isKnownPlace(nameTokens.join(' '))) continue;
    // "in the capital, Castro", "the port of Almar": one word there is a place, whatever the
    // lexicon says of the name ("Mayor of the city, Anna Berg," is a person).
    if (
      k === 0 &&
      nameTokens.length === 1 &&
      /\b(?:capital|city|town|village|port|island|region|province|district|county)\s*(?:,|of)\s*$/iu.test(sentence.slice(0, run[0]!.start))
    )
      continue;
    const tagged =
      nameTokens.some(isKnownName) ||
      // An age set off by commas ("said Orlen, 58, whose family …") follows a person's name.
      AGE_AFTER.test(sentence.slice(run.at(-1)!.end)) ||
      inverted(sentence, tokens, from, nameTokens.length) ||
      // An office in apposition after it ("Faure Gnassingbé, Togo's president,") says a person
      // holds it, however unknown the name.
      (nameTokens.length >= 2 && titleAfter(sentence, run.at(-1)!.end, POSSESSIVE.test(run.at(-1)!.text)) !== undefined) ||
      // A particle inside the name, or "Van"/"Von" opening it ("Der Spiegel" is a magazine).
      nameTokens.slice(0, -1).some((t, n) => PERSONAL_PARTICLES.has(t.toLowerCase()) && (n > 0 || /^V[ao]n$/.test(t)));
    // A lower-case title right before the run ("finance spokesman Piet Varga") marks it as a
    // name the lexicon does not know.
    // A translation's "the judge Amwel", "the minister Varga": one word after "the" and a title.
    const titledBefore =
      k === 0 &&
      (nameTokens.length >= 2 || /\bthe\s+\p{Ll}+\s+$/u.test(sentence.slice(0, run[0]!.start))) &&
      titleBefore(sentence, run[0]!.start) !== undefined;
    if (!titled && !tagged && !titledBefore && !portfolioBefore) continue;
    // Untitled, a name ends with a surname: a lone or final first name ("Marisol", "Santa
    // Lucia", "Chad") is far more often a place in news copy. After a given name, though, it is
    // a surname that is also a given name ("Anna Thomas", "Elena Maris").
    // A title written before the run says so too ("police chief Aled Morgan").
    if (!titled && !titledBefore && isFirstNameOnly(nameTokens.at(-1)!) && !(nameTokens.length >= 2 && isGivenName(nameTokens[0]!)))
      continue;
    // "Brenn Securities", "Aurel Airways", "the National Fishermen's Union": a name ending in a
    // word organisations' names end in (compromise's list) names an organisation, unless a
    // title or a given name says it is a person ("Emily Post").
    // A sports club ("Arden United", "Kelby Town") is none either, whatever describes it ("champions").
    const last = nameTokens.at(-1)!.toLowerCase();
    if (nameTokens.length >= 2 && !isGivenName(nameTokens[0]!) && (CLUB_WORDS.has(last) || (!titled && ORGANISATION_WORDS.has(last))))
      continue;
    // A place named after a person ("Charles de Gaulle Airport") is no person.
    // So is one whose first word read as a title ("King Street", "Premier League"), and a place
    // its first word names ("Mount Serrano").
    if (PLACE_WORDS.has(nameTokens.at(-1)!.toLowerCase()) || PLACE_FIRST_WORDS.has(nameTokens[0]!.toLowerCase())) continue;
    if (nameTokens.every((t) => TITLE_WORDS.has(t.toLowerCase()))) continue;
    // A number word is in no name: a headline's capitals ("Former Verosa Mayor Gets Six Years
    // for Bribery") run on from a title into the sentence.
    if (nameTokens.some((t) => EXACT_NUMBER.test(t))) continue;
    // Words are joined by a space, a hyphenated qualifier without one ("then-Prime Minister").
    // "Critics of Secretary Marco Rubio": a group named before the title is no part of it.
    // "Teenager Vesna Roic": a word for an age or a family place is no part of the name, nor an office.
    let titleStart = LIFE_STAGES.has(run[0]!.text.toLowerCase()) ? 1 : 0;
    while (titleStart + 1 < titleEnd && run[titleStart + 1]!.text === 'of' && isGroupNoun(run[titleStart]!.text)) titleStart += 2;
    const lead = run
      .slice(titleStart, titleEnd)
      .map((t, n) => (n > 0 && run[n - 1]!.end === t.start ? t.text : ` ${t.text}`))
      .join('')
      .trimStart();
    // A capitalised portfolio after a lower-case title ("the minister of Foreign Affairs Anja
    // Lindqvist") belongs to that title.
    // So does a portfolio word before it ("the trade secretary of Bavonia Leila Marsh").
    const office = lead
      ? /(?:(\p{Ll}+) )?((\p{L}+)(?: general)? (?:of|to|for)(?: the)?)\s+$/u.exec(sentence.slice(0, run[0]!.start))
      : null;
    const portfolio = office?.[1] && TITLE_WORDS.has(office[1]) && !/^(?:of|the)$/.test(office[1]) ? `${office[1]} ` : '';
    // A lower-case post before a capitalised rank ("police spokesperson Inspector Ruth Adongo")
    // is part of the title.
    const post = lead && !office ? titleBefore(sentence, run[0]!.start) : undefined;
    const title =
      (office && TITLE_HEADS.has(office[3]!.toLowerCase()) ? `${portfolio}${office[2]} ${lead}` : post ? `${post} ${lead}` : lead) ||
      titleBefore(sentence, run[k]!.start, run.at(-1)!.end) ||
      titleAfter(sentence, run.at(-1)!.end, POSSESSIVE.test(run.at(-1)!.text));
    // "The President of Arvania, Lucia Merren": one word after an office's "of" is what the
    // office is of (a country, a city), not its holder, who is named after the comma.
    if (nameTokens.length === 1 && /\bof$/i.test(lead) && /^\s*,\s*\p{Lu}/u.test(sentence.slice(run.at(-1)!.end))) {
      officeOf = { title: `${lead} ${nameTokens[0]}`, end: run.at(-1)!.end };
      continue;
    }
    const holder = officeOf && /^\s*,\s*$/u.test(sentence.slice(officeOf.end, run[0]!.start)) ? officeOf.title : undefined;
    officeOf = undefined;
    mentions.push({ text: nameTokens.join(' '), ...(title || holder ? { title: title || holder } : {}) });
  }
  // "said Open Arvel director Mara Lind": a name no lexicon knows that opens the next person's
  // title is the organisation she works for, not a second speaker.
  return mentions.filter(
    (m) => m.title !== undefined || m.text.split(' ').some(isKnownName) || !mentions.some((o) => o.title?.startsWith(`${m.text} `)),
  );
}

/** An age in apposition right after a name: ", 58," or ", 58." (a year has four digits). */
const AGE_AFTER = /^,\s*(?:[1-9]\d?|1[01]\d)\s*[,.](?!\d)/;

/** A plural noun that is no title word ("Critics", "Supporters", "Friends"). */
function isGroupNoun(word: string): boolean {
  return /[^s]s$/.test(word) && !TITLE_WORDS.has(word.toLowerCase()) && !isKnownName(word) && !lexiconTags(word).includes('Singular');
}

/** Whether a word ends with a full stop that is no abbreviation's or initial's ("Rehn." but not "J.P." or "Dr."). */
function endsSentence(sentence: string, token: Token): boolean {
  const raw = sentence.slice(token.start, token.end);
  return raw.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(raw) && !ABBREVIATED_BEFORE_NAME.has(raw.slice(0, -1).toLowerCase());
}

/** Abbreviations that stand before or after a name and end in a full stop that ends no sentence ("Dr.", "St.", "Jr."). */
const ABBREVIATED_BEFORE_NAME: ReadonlySet<string> = new Set([...Object.keys(TITLE_ABBREVIATIONS), 'st', 'jr', 'sr']);

/** Longest title read outside a capitalised run, in words ("deputy foreign affairs minister"). */
const MAX_TITLE_WORDS = 4;

/** The words of a title when its last word is a title head, it is short, and no word is a stop word other than "of". */
function asTitle(phrase: string): string | undefined {
  const words = phrase.split(/\s+/).filter(Boolean);
  // The head ends the title, or comes before the portfolio an "of" joins to it ("Minister of
  // Foreign Affairs").
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  const portfolio = of > 0 && of < words.length - 1 && TITLE_WORDS.has(words.at(-1)!.toLowerCase());
  // Without a portfolio, an "of" ends what comes before it ("the extradition of fund manager").
  if (of >= 0 && !portfolio) return asTitle(words.slice(of + 1).join(' '));
  const head = (portfolio ? words[of - 1] : words.at(-1))?.toLowerCase();
  if (!head || words.length > MAX_TITLE_WORDS || !(TITLE_HEADS.has(head) || isOccupationHead(head))) return undefined;
  if (words.some((w) => w !== 'of' && STOPWORDS.has(w.toLowerCase()) && !TITLE_QUALIFIERS.has(w.toLowerCase()))) return undefined;
  return words.join(' ');
}

/** Up to four words (captured) that end a text: where a title before a name is looked for. */
const LAST_WORDS = String.raw`(?:^|[^\p{L}’'-])((?:\p{L}[\p{L}-]*\s+){0,3}\p{L}[\p{L}-]*)`;
/** A title right before a name, attached or followed by a comma (captured). */
const TITLE_BEFORE = new RegExp(String.raw`${LAST_WORDS}(,?)\s+$`, 'u');
/** An office "of" something in apposition before a name ("the former vice director of the port, "). */
const OFFICE_OF_BEFORE = new RegExp(String.raw`${LAST_WORDS}\s+of\s+(?:the\s+)?\p{Ll}[\p{L}-]*,\s+$`, 'u');

/**
 * A title written before the name but outside the capitalised run: lower case and attached
 * ("union chair Marta Quell"), or in apposition ("Rwanda's foreign minister, Olivier …"). A
 * possessive or article before it is not part of it. `nameEnd` (where the name ends) tells an
 * apposition ("spoke with the foreign minister, Anna Lind, on Monday") from an opening phrase
 * ("According to the judge, Salo received"); without it a comma always sets the title beside.
 */
function titleBefore(sentence: string, nameStart: number, nameEnd?: number): string | undefined {
  const before = sentence.slice(0, nameStart);
  const match = TITLE_BEFORE.exec(before);
  if (!match) return undefined;
  // "According to the judge, Salo received": a phrase opened by a preposition and closed by a
  // comma introduces the clause; only a second comma after the name would set the title beside it.
  if (match[2] && nameEnd !== undefined && !/^\s*(?:[,;:)]|$)/u.test(sentence.slice(nameEnd))) {
    const words = match[1]!.split(/\s+/);
    const determiner = words.findLastIndex((w) => DETERMINERS.test(w));
    if (determiner > 0 && PREPOSITIONS_BEFORE_TITLE.test(words[determiner - 1]!)) return undefined;
  }
  // A preposition starts a title attached to the name ("against former mayor Viktor Rehak"),
  // not one set off by a comma ("Speaking to reporters, Marta Quell" has none).
  const preceding = /([\p{L}’'-]+)\s*$/u.exec(before.slice(0, match.index + match[0].indexOf(match[1]!)))?.[1];
  const phrase = afterDeterminer(match[1]!, !match[2], preceding);
  // Attached without a comma, the title must be lower case, or the capitalised run would have taken it.
  if (!match[2] && /\p{Lu}/u.test(phrase.split(' ').at(-1)!)) return undefined;
  return asTitle(phrase) ?? (match[2] ? headBeforeOf(before) : undefined);
}

/**
 * The title of an office "of" something in apposition before a name, without what it is of
 * ("the former vice director of the port, Jusuf Karawel" -> "former vice director").
 */
function headBeforeOf(before: string): string | undefined {
  const match = OFFICE_OF_BEFORE.exec(before);
  if (!match) return undefined;
  return asTitle(afterDeterminer(match[1]!));
}

/**
 * The words after the last article, possessive or speech verb ("the union's chair", "his
 * lawyer", "said planetary scientist", a translation's "says minister" -> "chair", "lawyer",
 * "planetary scientist", "minister"), or preposition when the title is `attached` to the name
 * ("the verdict against former mayor" -> "former mayor"). Default: not attached. `preceding`
 * is the word before the phrase, when there is one.
 */
function afterDeterminer(phrase: string, attached = false, preceding?: string): string {
  const words = phrase.split(/\s+/);
  const cut = words.findLastIndex(
    (w, i) =>
      DETERMINERS.test(w) ||
      POSSESSIVE.test(w) ||
      SPEECH_VERB_WORDS.has(w.toLowerCase()) ||
      (attached && PREPOSITIONS_BEFORE_TITLE.test(w)) ||
      endsClause(w, i > 0 ? words[i - 1] : preceding),
  );
  return words.slice(cut + 1).join(' ');
}

/**
 * A word no title holds, so the title starts after it: a verb in the past ("A court jailed
 * journalist Samuel Mbeki", "sentenced investigative journalist …"; a lower-case word in "-ed"
 * the lexicon does not know counts too), a verb in the present after its plural subject
 * ("Analysts expect acting governor Daniel Okafor", "Observers believe …"; a word that is also
 * a verb heads many titles, "finance minister", "transport minister", so the subject must show
 * it is one here), or a day or month ("on Thursday").
 */
function endsClause(word: string, previous: string | undefined): boolean {
  // "retired teacher", "elected president": a past participle that qualifies the office.
  if (/^(?:retired|elected|appointed|designated)$/i.test(word)) return false;
  const tags = lexiconTags(word);
  // A plural subject: no determiner ("its finance chief"), no verb-like occupation ("Rangers coach").
  const afterPlural =
    previous !== undefined && /\p{L}s$/u.test(previous) && !DETERMINERS.test(previous) && !OCCUPATIONS_AS_VERBS.has(word.toLowerCase());
  return (
    tags.includes('PastTense') ||
    (afterPlural && (tags.includes('Infinitive') || tags.includes('PresentTense'))) ||
    (/^\p{Ll}+ed$/u.test(word) && tags.length === 0) ||
    // One the lexicon reads as an adjective ("removed") is a verb after its subject ("the
    // country's president removed central bank governor Lena Marsh"), not after a determiner
    // or adverb ("the sacked coach", "the newly appointed").
    (/^\p{Ll}+ed$/u.test(word) &&
      tags.includes('Adjective') &&
      previous !== undefined &&
      !DETERMINERS.test(previous) &&
      !POSSESSIVE.test(previous) &&
      !/ly$/.test(previous)) ||
    tags.some((t) => t === 'Date' || t === 'WeekDay' || t === 'Month')
  );
}

/** A title in apposition after the name: "Donald Trump, the former president, said …". */
function titleAfter(sentence: string, nameEnd: number, possessive: boolean): string | undefined {
  if (possessive) return undefined;
  const match = /^,\s+(?:(?:the|a|an)\s+)?([^,;:.“”"()]{1,60}?)\s*(?:[,;:.)]|$)/iu.exec(sentence.slice(nameEnd));
  if (!match) return undefined;
  // Up to the last possessive ("the union's president"); the head may come before an "of"
  // phrase, which belongs to the title ("the minister of health"), or before another
  // preposition, which does not ("a spokesperson for Halden").
  // Only an owner before the "of" phrase owns the title: the one in "general secretary of the
  // National Teachers' Union" is part of what it is of.
  const words = match[1]!.split(/\s+/);
  const preposition = (w: string) => /^(?:of|for|at|in|with|to)$/i.test(w);
  const head = words.findIndex(preposition);
  const rest = words.slice(words.slice(0, head < 0 ? undefined : head).findLastIndex((w) => POSSESSIVE.test(w)) + 1);
  const stop = rest.findIndex(preposition);
  const title = stop < 0 ? rest : rest.slice(0, stop);
  // The title ends on its head ("chief executive", "former president"), not on a clause.
  if (!asTitle(title.join(' '))) return undefined;
  // A lower-case "of" phrase is a portfolio, part of the title ("the minister of health"); a
  // capitalised one names the employer ("chief executive of Aurel Airways"), which is not.
  const portfolio = rest.slice(stop + 1);
  if (stop >= 0 && rest[stop] === 'of' && portfolio.length <= 3 && portfolio.every((w) => !/^\p{Lu}/u.test(w))) return rest.join(' ');
  return title.join(' ');
}

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Company']);

/** True when the lexicon knows the whole phrase (e.g. "El Salvador") as a place or organisation. */
function isKnownPlace(phrase: string): boolean {
  return lexiconTags(phrase).some((tag) => PLACE_TAGS.has(tag));
}

/**
 * True for a two- or three-word name in the inverted attribution that follows a quotation
 * ("…,” said Priya Dal, an analyst): news copy puts a person there, and names the lexicon does
 * not know (most names from outside the English-speaking world) would otherwise be missed.
 */
function inverted(sentence: string, tokens: Token[], start: number, length: number): boolean {
  const verb = tokens[start - 1];
  if (length < 2 || length > 3 || !verb || !/^(said|says|added|asked|explained|wrote)$/i.test(verb.text)) return false;
  // An owner there ("…,” said Tervia Grid’s chief executive, Lars Okonkwo) is whom the speaker
  // works for, often a company: the speaker comes after it.
  if (POSSESSIVE.test(tokens[start + length - 1]!.text)) return false;
  return /[”"]\s*,?\s*$/u.test(sentence.slice(0, verb.start));
}

/** True when compromise's lexicon knows the word as a given name and as nothing else a name could be. */
function isFirstNameOnly(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** Nouns for what a person does that the lexicon knows only as verbs ("Coach Anders Brink", "Nurse Anna Vik"). */
const OCCUPATIONS_AS_VERBS = new Set(['coach', 'nurse', 'referee', 'umpire', 'guard', 'guide', 'cook', 'chef', 'pilot', 'scout', 'host']);

/** How nouns for what a person does end ("Prosecutor", "auctioneer", "Economist", "Ombudsman"). */
const AGENT_NOUN = /\p{Ll}(?:or|er|ist|ician|arian|ant|ent|man|woman)$/u;

/**
 * True for a word naming what a person does: compromise's lexicon tags it a person noun
 * ("Inspector"), or it is no name the lexicon knows and ends like an agent noun ("Prosecutor",
 * "Economist", "Ombudsman"), which the lexicon often lacks.
 */
function isOccupation(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.includes('Actor') || OCCUPATIONS_AS_VERBS.has(word.toLowerCase())) return true;
  // "-ician" and "-arian" make occupations ("Statistician", "Librarian"); another "-ian" the
  // lexicon lacks is a people's name ("The Telvanian Lena Ardova"), no title.
  return !tags.some((tag) => NAME_TAGS.has(tag) || PLACE_TAGS.has(tag)) && AGENT_NOUN.test(word);
}

/**
 * A word for what a person does ("lawyer", "economist"), which heads a title as "minister"
 * does: one the lexicon knows as such, or a lower-case one it does not know at all that ends as
 * only such nouns do (see AGENT_ONLY); not one a company can also be ("its partner, Halden
 * Metals").
 */
function isOccupationHead(word: string): boolean {
  const tags = lexiconTags(word);
  return (
    (tags.includes('Actor') || OCCUPATIONS_AS_VERBS.has(word) || (tags.length === 0 && AGENT_ONLY.test(word))) && !BUSINESS_ROLES.has(word)
  );
}

/**
 * Endings only nouns for people take ("auctioneer", "archaeologist", "analyst", "adviser"):
 * unlike "-er" and "-ent" ("newspaper", "government"), they make a title of a lower-case word the
 * lexicon does not know.
 */
const AGENT_ONLY = /^\p{Ll}+(?:eer|ist|yst|ician|arian|iser|izer)$/u;

/** True when the particle at `index` is followed, through any further particles, by a capitalised word ("van der Hoek"). */
function particleLeadsToName(tokens: Token[], index: number): boolean {
  let next = index + 1;
  while (next < tokens.length && NAME_PARTICLES.has(tokens[next]!.text)) next += 1;
  return next < tokens.length && CAPITALISED.test(tokens[next]!.text);
}

/** True when compromise's lexicon knows the word as a given name. */
function isGivenName(word: string): boolean {
  if (COMPOUND_NAME.test(word)) return isCompoundGivenName(word);
  return lexiconTags(word).some((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** True when compromise's lexicon knows the word as a first or last name. */
function isKnownName(word: string): boolean {
  if (COMPOUND_NAME.test(word) && isCompoundGivenName(word)) return true;
  return lexiconTags(word).some((tag) => NAME_TAGS.has(tag));
}

/** Words that join an office to its portfolio ("Minister of Health", "Cabinet Secretary for Interior"). */
const PORTFOLIO_LINKS = new Set(['of', 'for']);

/** A word that names one exact number ("Six", "Twenty-one"). */
const EXACT_NUMBER = new RegExp(`^(?:${EXACT_NUMBER_WORD})$`, 'iu');

/** Capitalised parts joined by hyphens ("Jean-Pierre", "Port-Louis"). */
const COMPOUND_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

/**
 * A compound given name opens on a given name ("Marie-Claire", "Jean-Pierre"); a place may
 * end on one ("Port-Louis", "Saint-Denis"). The lexicon takes "Jean", which opens more French
 * compound names than any other, for a noun (jeans), so it is named here.
 */
function isCompoundGivenName(word: string): boolean {
  const first = word.split('-')[0]!;
  return first === 'Jean' || isGivenName(first);
}

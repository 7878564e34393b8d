import { distance } from 'fastest-levenshtein';
import type { Discrepancy, Person, SentenceRecord } from '../types.ts';
import { stemmer } from 'stemmer';
import { NAME_PARTICLES, TITLE_ABBREVIATIONS, TITLE_HEADS } from '../extract/titleWords.ts';
import { perArticle } from './perArticle.ts';

// An office's acronym ("CEO", "CFO", "MP") is the office, not a country.
const DEMONYM_OR_COUNTRY = /^(?!(?:CEO|CFO|COO|CTO|MP|MEP|PM)$)(?:\p{Lu}\p{L}+(?:an|ian|ese|ish|i)|(?:\p{Lu}\.?){2,4})$/u;

/** Words that make an office another one ("former president", "deputy governor", "acting mayor"). */
const QUALIFIERS = 'former|outgoing|incoming|ex|then|late|deputy|acting|interim|vice|assistant|new';

/** A text matched literally inside a pattern. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For each person the articles of one claim name: different titles, and a misspelled name (given the story's `people`). */
export function personDiscrepancies(members: SentenceRecord[], people: Person[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  const personKeys = new Set(members.flatMap((m) => m.facts.people.map((p) => p.person).filter((p): p is string => !!p)));
  for (const key of [...personKeys].sort()) {
    const person = people.find((p) => p.key === key);
    const subject = person?.name ?? key;
    // Every title an article gives the person, one of each ("former President, President").
    const titled = perArticle(members, (s) => s.facts.people.filter((p) => p.person === key && p.title)).map(({ article, items }) => {
      const titles = items
        .map((p) => p.title!)
        .filter((t, i, all) => all.findIndex((u) => sameTitle(normaliseTitle(u), normaliseTitle(t))) === i);
      return { article, value: titles.join(', '), normal: titles.map(normaliseTitle) };
    });
    const sameTitles = (x: string[], y: string[]) =>
      x.every((a) => y.some((b) => compatibleTitles(a, b))) && y.every((b) => x.some((a) => compatibleTitles(a, b)));
    // An article that writes another's title in its sentences naming the person ("Deputy
    // Governor Daniel Okafor becomes acting governor" against "acting governor Daniel Okafor")
    // gives both, and does not disagree.
    const texts = new Map(
      perArticle(members, (s) => (s.facts.people.some((p) => p.person === key) ? [s.text.toLowerCase()] : [])).map(({ article, items }) => [
        article,
        items.join(' '),
      ]),
    );
    // The title whole, not inside another office ("president" in "former president").
    const writes = (article: string, titles: string[]) =>
      titles.every((t) => new RegExp(String.raw`(?<!(?:${QUALIFIERS})[\s-])\b${escapeRegExp(t)}\b`, 'u').test(texts.get(article)!));
    // Only a title the article does not give the person itself: one it gives is compared as
    // one of its titles ("Former President, President" against "President" differ).
    const titlesOf = (t: (typeof titled)[number]) => t.value.toLowerCase().split(', ');
    const writesOther = (x: (typeof titled)[number], y: (typeof titled)[number]) =>
      !titlesOf(y).some((t) => titlesOf(x).includes(t)) && writes(x.article, titlesOf(y));
    const agree = (x: (typeof titled)[number], y: (typeof titled)[number]) =>
      sameTitles(x.normal, y.normal) || writesOther(x, y) || writesOther(y, x);
    if (titled.length >= 2 && titled.some((t) => !agree(t, titled[0]!))) {
      // A capital is house style: "Civil protection chief" reads as "civil protection chief".
      out.push({ type: 'title', subject, values: titled.map(({ article, value }) => ({ article, value, reading: value.toLowerCase() })) });
    }
    if (person) {
      // A capital is house style, not another spelling ("al-Hamdan", "Al-Hamdan"), and so is an
      // accent English copy drops ("Inès", "Ines").
      const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const other = (w: string) => fold(w) !== fold(person.surname);
      // The surname as written, or the whole name where the first name is spelled another way
      // ("Youssef Amari" for "Yusuf Amari").
      // A particle opens a surname, not a given name ("Van der Hoek", "Da Costa").
      const givenName = (name: string) => {
        const words = name.split(' ');
        return words.length > 1 && !NAME_PARTICLES.has(words[0]!.toLowerCase()) ? fold(words[0]!) : undefined;
      };
      const given = givenName(person.name);
      // Where one article spells the first name another way, every article's whole name is
      // shown ("Annika Holm", "Anika Holm"), not a surname beside a whole name.
      const mentions = members.flatMap((s) => s.facts.people.filter((p) => p.person === key));
      const firstDiffers = given !== undefined && mentions.some((p) => (givenName(p.text) ?? given) !== given);
      const written = (text: string) => (firstDiffers && givenName(text) ? text : text.split(' ').at(-1)!);
      const spelled = perArticle(members, (s) => s.facts.people.filter((p) => p.person === key)).map(({ article, items }) => ({
        article,
        // Every spelling the article uses, the canonical one only when it uses no other.
        value: [...new Set(items.map((p) => written(p.text)).filter(other))].join(', ') || person.surname,
      }));
      if (spelled.some((s) => other(s.value)) && spelled.length >= 2) {
        out.push({ type: 'name-spelling', subject, values: spelled });
      }
    }
  }
  return out;
}

/**
 * "Rwandan Foreign Minister" and "Foreign Minister" are one title, and so are "Minister of
 * Health" and "Health Minister"; "former President" and "President" are not.
 */
function normaliseTitle(title: string): string {
  const kept = title
    .split(/\s+/)
    .filter(
      (w, i, words) =>
        // An office ending the title in "-man" ("Chairman", "Spokeswoman") is no demonym.
        (!DEMONYM_OR_COUNTRY.test(w) || /^(former|then|late)$/i.test(w) || (i === words.length - 1 && /man$/.test(w))) &&
        // An owner named before the office ("Belmont's President", "Zamira's foreign minister")
        // says whose it is, as a demonym does.
        !/^\p{Lu}[\p{L}.-]*['’]s$/u.test(w) &&
        !/^(?:the|a|an)$/i.test(w) &&
        // "the two foreign ministers, Lena Okafor … and Dmitri Rask": a title shared by a list
        // of names counts them; each holds the office ("foreign minister").
        !/^(?:two|three|four|five|six|both)$/i.test(w) &&
        !GENERIC_BODIES.has(w.toLowerCase()),
    )
    .join(' ')
    .toLowerCase()
    // "envoy of the UN" without its country is "envoy".
    .replace(/\s+of$/, '');
  // "minister of health" -> "health minister": one order for the portfolio ("director general
  // of Abyssal Metals" -> "abyssal metals director general"; a translation's "commissioner to
  // the Competition" -> "competition commissioner").
  const of = /^(.*?)(\S+(?: general)?) (?:of|to) (.+)$/.exec(kept);
  const ordered = of ? `${of[1]}${of[3]} ${of[2]}` : kept;
  // The one at the top goes by many words: "union leader", "head", "chief", "boss", "chief
  // executive", "jury president", "chair", a union's "general secretary" name one office, and
  // so do a translation's "general director" ("directeur général"), "executive director"
  // ("directora ejecutiva") and "administrator delegate" ("amministratore delegato"), and so do
  // a university's "rector" and a school's "principal" or "headteacher": a "director" heads
  // what it is director of ("the director of the Office of management", "the head of the
  // Disaster Management Office"; a "finance director" is a finance head, a "deputy director" a
  // deputy head). An abbreviated title is the title ("Dr", "doctor").
  return (
    ordered
      .split(' ')
      .map((w) => TITLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? w)
      // "Spokesman", "spokeswoman" and "spokesperson" are one post; so are a team's "coach" and
      // "manager" (a translation's "coach" for "entraîneur").
      .map((w) => w.replace(/^spokes(?:man|woman)$/, 'spokesperson').replace(/^coach$/, 'manager'))
      .join(' ')
      // A company's chief officers head a function: the "chief financial officer" is the
      // "finance chief" and the "CFO", the "chief operating officer" the operations chief.
      .replace(/\b(?:chief financial officer|cfo)$/, 'finance chief')
      .replace(/\b(?:chief operating officer|coo)$/, 'operations chief')
      .replace(/\b(?:chief technology officer|cto)$/, 'technology chief')
      .replace(
        /\b(?:chief executive(?: officer)?|ceo|boss|chief|leader|general director|director[- ]general|general secretary|secretary[- ]general|administrator delegate|delegate administrator|managing director|executive director|director|president|chair(?:man|woman|person)?|rector|principal|head(?:teacher|master|mistress))$/,
        'head',
      )
      // A translation's "her earlier assistant" ("ehemalige", "ancien") is her former one.
      .replace(/^(?:earlier|ancient)\b(?= \S)/, 'former')
      // A machine translation names a portfolio by its source language's word: "minister of the
      // Work" (travail, Arbeit) is the labour minister, "of the Exterior" (Exteriores) the foreign
      // minister, "of the Sanity" (Sanidad) the health minister.
      .replace(/\b(?:work|exteriors?|sanity)(?= (?:minister|ministry|secretary)\b)/, (w) => TRANSLATED_PORTFOLIOS[w]!)
      // A judge of a higher court is addressed "Lord Justice", "Mrs Justice" (Lord, Lady, Mr,
      // Mrs are honorifics): the "judge" another report names.
      .replace(/\bjustice$/, 'judge')
      // Before another word, the first of several names one rank: "lead researcher", a
      // translation's "principal researcher", "chief economist", "main author".
      .replace(/\b(?:principal|chief|main)\b(?= \S)/g, 'lead')
  );
}

/** Portfolios a machine translation names by its source language's word, and the English office. */
const TRANSLATED_PORTFOLIOS: Readonly<Record<string, string>> = {
  work: 'labour',
  exterior: 'foreign',
  exteriors: 'foreign',
  sanity: 'health',
};

/**
 * What an organisation is, where another article names it: "Club president" and "Varenna
 * president" are one office, as "Kessary mayor" and "mayor" are.
 */
const GENERIC_BODIES = new Set([
  'club',
  'company',
  'firm',
  'group',
  'party',
  'team',
  'union',
  'bank',
  'agency',
  'organisation',
  'organization',
  'coalition',
  'alliance',
  'movement',
  'association',
  'federation',
]);

/**
 * Titles of address and degrees, normalised (see normaliseTitle), that name no office; and a
 * police rank, which is how an officer is addressed whatever the post ("police spokesperson
 * Inspector Ruth Adongo" is the "police spokeswoman" of another report).
 */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'doctor',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'inspector',
  'detective',
  'sergeant',
  'constable',
  'superintendent',
]);

/** Words that change which office a title names: "former President" is not "President". */
const RANK_WORDS = new Set(
  'former ex then late acting interim outgoing incoming deputy vice assistant associate elect designate junior co prime'.split(' '),
);

/**
 * Two normalised titles agree when one is the other made more specific by words that do not
 * change the office: "presiding judge" and "judge", "current mayor" and "mayor", "former
 * Kessary mayor" and "former mayor"; not "former president" and "president", nor "health
 * minister" and "foreign minister".
 */
function compatibleTitles(a: string, b: string): boolean {
  if (sameTitle(a, b)) return true;
  // A courtesy or academic title ("Dr", "Prof", "Mr") says nothing of the office another
  // article names: "Dr Ines Halvorsen" is the "astronomer Ines Halvorsen".
  if ([a, b].some((t) => t.split(' ').every((w) => HONORIFICS.has(w)))) return true;
  // Nor beside a post: "lead author Dr" is the "lead author".
  const post = (t: string) =>
    t
      .split(' ')
      .filter((w) => !HONORIFICS.has(w))
      .join(' ');
  if (post(a) !== a || post(b) !== b) return compatibleTitles(post(a), post(b));
  // A profession named in one word and an office are two facts about a person ("glaciologist",
  // "head of the institute"), not two readings of one title; two professions, two offices, or
  // a post with a rank ("chief economist", "deputy") are compared.
  const isOffice = (t: string) => t.split(' ').at(-1) === 'head' || TITLE_HEADS.has(t.split(' ').at(-1)!);
  const isProfession = (t: string) => !t.includes(' ') && !isOffice(t) && !RANK_WORDS.has(t);
  if ((isProfession(a) && isOffice(b)) || (isProfession(b) && isOffice(a))) return true;
  const [short, long] = a.split(' ').length <= b.split(' ').length ? [a, b] : [b, a];
  const longWords = long.split(/[\s-]+/);
  const unmatched = [...longWords];
  for (const w of short.split(/[\s-]+/)) {
    const at = unmatched.findIndex((v) => sameTitle(v, w));
    if (at < 0) return false;
    unmatched.splice(at, 1);
  }
  // "His deputy, Ana Brod": a rank alone names the office the other article spells out
  // ("Deputy Finance Minister").
  if (short.split(' ').every((w) => RANK_WORDS.has(w))) return true;
  // The head (last word) must be shared, and nothing left over may change the office.
  return sameTitle(short.split(' ').at(-1)!, longWords.at(-1)!) && unmatched.every((w) => !RANK_WORDS.has(w));
}

/**
 * Two normalised titles are one when each word matches, spelling variants allowed ("Councillor"/"Councilor",
 * "Labour"/"Labor"), and a portfolio's forms ("mining minister", a translation's "minister of the Mines").
 */
function sameTitle(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return (
    x.length === y.length &&
    x.every((w, i) => w === y[i] || (Math.min(w.length, y[i]!.length) >= 5 && (distance(w, y[i]!) <= 1 || stemmer(w) === stemmer(y[i]!))))
  );
}

import slugify from '@sindresorhus/slugify';
import { reportedText } from '../segment/reportedText.ts';
import { CALENDAR_WORDS } from './calendarWords.ts';
import type { Person, PersonMention, Quote, SegmentedArticle, SentenceRecord, SpeakerRef } from '../types.ts';
import { findFigures } from './findFigures.ts';
import { lexiconTags, NAME_TAGS } from './lexiconTags.ts';
import { findPeople } from './findPeople.ts';
import { findQuotes } from './findQuotes.ts';
import { interviewAnswers } from './interviewAnswers.ts';
import { resolveBareMoney } from './resolveBareMoney.ts';
import { resolveCents } from './resolveCents.ts';
import { resolveSharedCurrency } from './resolveSharedCurrency.ts';
import { findSpeaker } from './findSpeaker.ts';
import { shortNames } from './shortNames.ts';
import { recurringNames } from './recurringNames.ts';
import { nameSimilarity } from './nameSimilarity.ts';
import { PLACE_WORDS } from './organisationWords.ts';
import { resolvePeople, type ResolvePeopleOptions } from './resolvePeople.ts';

/** Options of {@link extractFacts}. */
export interface ExtractOptions extends ResolvePeopleOptions {
  /** How many sentences back a pronoun ("he said") may refer. Default: 3. */
  pronounWindow?: number;
}

/**
 * Extracts quotes, figures and people from every sentence of a story, resolves name variants
 * and amounts written without their currency (cents, bare amounts another report gives as
 * money) across its articles, and attributes each quote to a speaker (in the sentence, by
 * pronoun from the sentences before, or from a caption line under a quotation).
 */
export function extractFacts(
  articles: SegmentedArticle[],
  options: ExtractOptions = {},
): { sentences: SentenceRecord[]; people: Person[] } {
  const { pronounWindow = 3 } = options;
  const sentences: SentenceRecord[] = articles.flatMap((article) =>
    article.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((sentence): SentenceRecord => {
        const reported = reportedText(sentence);
        const blockQuote = paragraph.tag === 'blockquote' && paragraph.kind === 'text';
        return {
          ...sentence,
          article: article.id,
          kind: paragraph.kind,
          repeated: paragraph.repeatOf !== undefined,
          ...(blockQuote ? { blockQuote } : {}),
          facts: {
            quotes: blockQuote ? blockQuotation(reported) : findQuotes(reported),
            figures: findFigures(reported),
            people: findPeople(reported),
          },
        };
      }),
    ),
  );
  resolveSharedCurrency(sentences);
  resolveCents(sentences);
  resolveBareMoney(sentences);
  // Names the lexicon does not know, found across the story, where no sentence rule found them.
  // Names are letters, hyphens and apostrophes: no character a pattern would read specially.
  const names = recurringNames(sentences.filter((s) => !s.repeated).map((s) => ({ article: s.article, text: reportedText(s) }))).map(
    (name) => ({ name, pattern: new RegExp(`(?<![\\p{L}’'-])${name}(?![\\p{L}-])`, 'u') }),
  );
  for (const s of sentences) {
    const text = reportedText(s);
    for (const { name, pattern } of names) {
      if (s.facts.people.some((p) => p.text.includes(name) || name.includes(p.text))) continue;
      if (pattern.test(text)) s.facts.people.push({ text: name });
    }
  }
  const people = resolvePeople(
    sentences
      .filter((s) => !s.repeated)
      .flatMap((s) => s.facts.people.map((p) => ({ text: p.text, article: s.article, anchor: s.anchor }))),
    options,
  );
  const spelled = spelledSurnames(people);
  const places = placeNames(sentences.map((s) => reportedText(s)));
  for (const s of sentences) {
    s.facts.people = [...s.facts.people, ...surnameMentions(reportedText(s), s.facts.people, people, spelled, places)];
    for (const mention of s.facts.people) {
      const person = personFor(mention.text, people);
      if (person) mention.person = person.key;
    }
  }
  // An interview's answers are the interviewee's words, quoted whole as a block quotation is.
  for (const article of Map.groupBy(sentences, (s) => s.article).values()) {
    const { interviewee, answers } = interviewAnswers(article);
    for (const s of answers) {
      if (s.facts.quotes.some((q) => !q.fragment)) continue;
      s.facts.quotes = blockQuotation(reportedText(s)).map((q) => ({ ...q, speaker: interviewee }));
      s.facts.speaker = interviewee;
    }
  }
  const short = shortNames(sentences.filter((s) => !s.repeated).map((s) => reportedText(s)));
  const organisations = attributeSpeakers(sentences, people, pronounWindow, short);
  return { sentences, people: [...people, ...organisations].sort((a, b) => a.key.localeCompare(b.key)) };
}

/**
 * The quotations of a sentence in a block quotation: its own quotation marks if it has any,
 * else the whole sentence, which the block quotes (an embedded post has no marks).
 */
function blockQuotation(text: string): Quote[] {
  const marked = findQuotes(text);
  const whole = text.trim();
  if (marked.length > 0 || whole === '') return marked;
  const start = text.length - text.trimStart().length;
  return [{ text: whole, start, end: start + whole.length, fragment: whole.split(/\s+/).length < 4 }];
}

/** The person a sentence names last ("Rubio spoke. He said …" refers back to him). */
function lastPerson(sentence: SentenceRecord): string | undefined {
  return [...sentence.facts.people].reverse().find((p) => p.person)?.person;
}

/** Whether a pronoun may stand for a person: "he" not for a known woman's given name, "she" not for a man's. */
function genderAgrees(pronoun: string, person: Person | undefined): boolean {
  const words = person?.name.split(' ') ?? [];
  if (words.length < 2) return true;
  const tags = lexiconTags(words[0]!);
  if (pronoun === 'he') return !tags.includes('FemaleName');
  if (pronoun === 'she') return !tags.includes('MaleName');
  return true;
}

/** Finds a person by a written name: exact variant, else a close surname (the most named person's). */
function personFor(text: string, people: Person[]): Person | undefined {
  // Shouted copy ("KETER WINS IN 2:00:41!") names the person in capitals.
  const exact = people.find((p) => p.variants.some((v) => v.text === text) || text === p.surname.toUpperCase());
  if (exact) return exact;
  // Of two people sharing a surname, the one the story names most often.
  const close = people.filter((p) => nameSimilarity(text.split(' ').at(-1)!, p.surname) >= 0.75);
  return close.sort((a, b) => b.variants.length - a.variants.length)[0];
}

/**
 * Bare surnames ("Trump remains undeterred", a live blog's "KETER WINS") of people already named
 * in full elsewhere in the story.
 */
function surnameMentions(
  text: string,
  found: PersonMention[],
  people: Person[],
  spelled: ReadonlySet<string>,
  places: ReadonlySet<string>,
): PersonMention[] {
  const extra: PersonMention[] = [];
  for (const m of text.matchAll(/\b\p{Lu}[\p{L}-]+/gu)) {
    const word = m[0];
    if (found.some((f) => f.text.split(' ').includes(word)) || extra.some((e) => e.text === word)) continue;
    // A word close to a surname that the story uses as a place's or an event's name ("the
    // Brenna Cup", "in Brenna") is that name, not a misspelling of "Brenne".
    // Nor is a day or a month ("Sunday" beside "Sundby").
    const match =
      spelled.has(word) ||
      (word.length >= 6 &&
        !places.has(word) &&
        !CALENDAR_WORDS.has(word.toLowerCase()) &&
        people.some((p) => p.surname.length >= 4 && nameSimilarity(word, p.surname) >= 0.8));
    if (!match) continue;
    // "Ivo Renn finishes fourth": the name in full, as another sentence gave it, not its
    // surname with a stray given name left over as a word.
    const given = /(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(text.slice(0, m.index))?.[1];
    const full = given && `${given} ${word}`;
    extra.push({ text: full && people.some((p) => p.variants.some((v) => v.text === full)) ? full : word });
  }
  return extra;
}

/**
 * Capitalised words the story uses as a place's or an event's name: before a word such names end
 * in ("Brenna Cup", "Kessby Airport"), or after "in", "at" or "near" with no possessive ("in
 * Brenna", not "in Brenne's view").
 */
function placeNames(texts: string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b(\p{Lu}[\p{L}-]+)\s+(\p{L}+)/gu)) if (PLACE_WORDS.has(m[2]!.toLowerCase())) names.add(m[1]!);
    for (const m of text.matchAll(/\b(?:in|at|near)\s+(\p{Lu}[\p{L}-]+)\b(?![’'])/gu)) names.add(m[1]!);
  }
  return names;
}

/**
 * Every surname as the story spells it in full, for surnameMentions: the chosen spelling, in
 * capitals too (a live blog's "KETER WINS"), and each article's ("Irena Vasco" in one report, so
 * "Vasco" there), of surnames from four letters, or of three that are no English word ("Vos",
 * not "May" or "Low").
 */
function spelledSurnames(people: Person[]): Set<string> {
  const spelled = new Set<string>();
  const surnameLike = (word: string) =>
    // A three-letter word the lexicon knows only as a name, or not at all, is a surname ("Vos", "Lee").
    word.length >= 4 || (word.length === 3 && lexiconTags(word.toLowerCase()).every((t) => NAME_TAGS.has(t)));
  for (const p of people.filter((q) => surnameLike(q.surname))) {
    spelled.add(p.surname).add(p.surname.toUpperCase());
    for (const v of p.variants) if (v.text.includes(' ') && surnameLike(v.text.split(' ').at(-1)!)) spelled.add(v.text.split(' ').at(-1)!);
  }
  return spelled;
}

/**
 * Sets each sentence's speaker (and its quotations'), and returns the organisations quoted as
 * speakers, one entry per name however many articles quote it.
 */
function attributeSpeakers(sentences: SentenceRecord[], people: Person[], window: number, short: Map<string, string>): Person[] {
  const organisations = new Map<string, Person>();
  const keyOf = (ref: { person: string } | { organisation: string }, s: SentenceRecord): string | undefined => {
    if ('person' in ref) return personFor(ref.person, people)?.key;
    const name = ref.organisation;
    // An organisation that is also a person's name ("Ford said") is the person.
    const person = people.find((p) => p.name === name);
    if (person) return person.key;
    const key = slugify(name);
    const entry = organisations.get(key) ?? { key, kind: 'organisation' as const, name, surname: name, variants: [] };
    if (!entry.variants.some((v) => v.article === s.article && v.anchor === s.anchor))
      entry.variants.push({ text: name, article: s.article, anchor: s.anchor });
    organisations.set(key, entry);
    return key;
  };
  const byArticle = new Map<string, SentenceRecord[]>();
  for (const s of sentences) byArticle.set(s.article, [...(byArticle.get(s.article) ?? []), s]);
  // The people a set of sentences gives a title with this head word ("mayor", "lawyer").
  const holders = (within: SentenceRecord[], head: string) =>
    new Set(
      within.flatMap((x) =>
        x.facts.people.filter((p) => p.person && p.title?.toLowerCase().split(/\s+/).includes(head)).map((p) => p.person!),
      ),
    );
  for (const list of byArticle.values()) {
    // "the mayor said": the one person the article gives that title ("Mayor Helle Brandt"), or
    // when it titles no one so, the one person the story does ("his lawyer said" where only
    // another report names "His lawyer, Petr Halas").
    // When the article titles several so ("Minister of Interior Samuel Okerra", "Minister of
    // Justice Henrik Alm"), "the minister" is the one named in the nearest sentence before that
    // names one, as a pronoun is; a sentence naming two ("Mayor Brandt met Mayor Almgren") leaves it open.
    const holder = (head: string, at: number) => {
      const own = holders(list, head);
      const keys = own.size > 0 ? own : holders(sentences, head);
      if (keys.size === 1) return [...keys][0];
      for (let j = at - 1; j >= Math.max(0, at - window); j -= 1) {
        const named = new Set(list[j]!.facts.people.flatMap((p) => (p.person && own.has(p.person) ? [p.person] : [])));
        if (named.size > 0) return named.size === 1 ? [...named][0] : undefined;
      }
      return undefined;
    };
    // An office resolves only for a direct quotation, whose speaker the page names; reported
    // speech ("The foreign minister confirmed that …") keeps its words as its evidence.
    const resolve = (ref: Exclude<SpeakerRef, { pronoun: true; word: string }>, x: SentenceRecord) =>
      'title' in ref ? (x.facts.quotes.some((q) => !q.fragment) ? holder(ref.title, list.indexOf(x)) : undefined) : keyOf(ref, x);
    list.forEach((s, i) => {
      const written = findSpeaker(reportedText(s), s.facts.quotes, s.facts.people, short);
      let speaker: string | undefined;
      if (written && 'pronoun' in written) {
        // The most recent person named (or speaking) in the sentences just before: "he" or
        // "she" is never the organisation quoted there, nor a person whose given name is the
        // other gender's ("He has said he will repay" after "a possible successor to Irena Dovic").
        const agrees = (key: string) =>
          !organisations.has(key) &&
          genderAgrees(
            written.word,
            people.find((p) => p.key === key),
          );
        // A person the sentence itself names before the pronoun, outside its quotations ("Arakwe
        // was arrested after a rally at which he called for protests") is who "he" is.
        const plain = s.facts.quotes.reduce((text, q) => text.replace(q.text, ' '.repeat(q.text.length)), s.text);
        const at = new RegExp(`\\b${written.word}\\b`, 'i').exec(plain)?.index ?? -1;
        speaker = s.facts.people
          .filter((p) => p.person && plain.indexOf(p.text) >= 0 && plain.indexOf(p.text) < at)
          .map((p) => p.person!)
          .findLast(agrees);
        for (let j = i - 1; j >= Math.max(0, i - window) && !speaker; j -= 1) {
          const prev = list[j]!;
          const named = [...prev.facts.people].reverse().flatMap((p) => (p.person ? [p.person] : []));
          // The office that speaks there, resolved for the pronoun though its words are reported
          // ("The coach insisted …, saying he had spoken to president Erik Moll." then "But he
          // admitted …: “…”" is the coach, not the president).
          const office = prev.facts.speaker ? undefined : findSpeaker(reportedText(prev), prev.facts.quotes, prev.facts.people, short);
          const holderThere = office && 'title' in office ? holder(office.title, j) : undefined;
          speaker = [...(prev.facts.speaker ? [prev.facts.speaker] : []), ...(holderThere ? [holderThere] : []), ...named].find(agrees);
        }
      } else if (written) {
        speaker = resolve(written, s);
      }
      const quoted = s.facts.quotes.some((q) => !q.fragment);
      if (!speaker && quoted) {
        const next = list[i + 1];
        const prev = list[i - 1];
        // The line under the quotation's paragraph names who said it ("— Marco Rubio (@SecRubio)").
        const after = list.slice(i + 1).find((x) => x.paragraph !== s.paragraph);
        if (after?.kind === 'caption') speaker = after.facts.people.find((p) => p.person)?.person;
        // A block quotation without one is whoever the sentence before it introduces
        // ("Rubio posted on X on Monday:").
        const before = [...list.slice(0, i)].reverse().find((x) => x.paragraph !== s.paragraph);
        if (!speaker && s.blockQuote && before && !before.blockQuote) speaker = before.facts.speaker ?? lastPerson(before);
        // A quotation continuing the previous sentence's, or attributed by the next sentence
        // of the same paragraph (`“…?” / And …,” Rubio said`).
        if (!speaker && prev && prev.paragraph === s.paragraph) speaker = prev.facts.speaker;
        if (!speaker && next && next.paragraph === s.paragraph) {
          const nextWritten = findSpeaker(reportedText(next), next.facts.quotes, next.facts.people, short);
          if (nextWritten && !('pronoun' in nextWritten)) speaker = resolve(nextWritten, next);
        }
      }
      if (speaker) {
        s.facts.speaker = speaker;
        for (const q of s.facts.quotes) q.speaker = speaker;
      }
    });
    // A quotation running over paragraphs leaves each but the last unclosed (news style: no
    // closing mark, the next paragraph reopens it), and only the last names the speaker: the
    // earlier paragraphs take the speaker of the paragraph that continues them.
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const s = list[i]!;
      const next = list[i + 1];
      if (s.facts.speaker || !next || next.paragraph === s.paragraph || !next.facts.speaker) continue;
      const paragraph = list
        .filter((x) => x.paragraph === s.paragraph)
        .map((x) => x.text)
        .join(' ');
      const unclosed = (paragraph.match(/“/g)?.length ?? 0) > (paragraph.match(/”/g)?.length ?? 0);
      if (!unclosed || !/^[“"]/.test(next.text)) continue;
      for (const x of list.filter((y) => y.paragraph === s.paragraph && !y.facts.speaker && y.facts.quotes.length > 0)) {
        x.facts.speaker = next.facts.speaker;
        for (const q of x.facts.quotes) q.speaker = next.facts.speaker;
      }
    }
  }
  return [...organisations.values()];
}

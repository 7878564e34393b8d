import type { FeatureVector, SentenceRecord, SynsetLookup } from '../types.ts';
import { canonicalSpan } from './canonicalSpan.ts';
import { tallyKey } from '../compare/tallyKey.ts';
import { measureKeys } from './measureKeys.ts';
import { sentenceTerms, type TermOptions } from './sentenceTerms.ts';

/** Options of {@link sentenceFeatures}: the weight of each kind of evidence before IDF. */
export interface FeatureWeights {
  /** A stemmed content word. Default: 1. */
  word?: number;
  /** Two consecutive content words: shared phrasing, stronger than shared words. Default: 1. */
  bigram?: number;
  /**
   * A resolved person. Default: 1.3: a person names one claim's actor and others' too (a minister
   * announces, is quoted, answers critics), so a shared name counts for less than a shared figure.
   */
  person?: number;
  /** An exact figure (same kind and value). Default: 2. */
  figure?: number;
  /** A figure of the same kind (money in the same currency, a weekday): lets disagreeing figures align. Default: 0.75. */
  figureKind?: number;
  /** The speaker of the sentence's quotation or statement. Default: 1.5. */
  speaker?: number;
  /** A WordNet synset of a word (a synonym counts as much as the same word). Default: 1. */
  synonym?: number;
  /**
   * A character 4-gram of a content word, with the word's first letter: catches spelling
   * variants ("favour"/"favor", "cancelled"/"canceled"). Default: 0.2.
   */
  charGram?: number;
  /** A word inside a quotation: the same words quoted are strong evidence of the same quote. Default: 1. */
  quoted?: number;
  /** The first five letters of a long word: catches derivations Porter keeps apart ("agreement"/"agreed"). Default: 0.5. */
  prefix?: number;
}

/** Options of {@link sentenceFeatures}. */
export interface FeatureOptions extends TermOptions {
  weights?: FeatureWeights;
  /** Synonym lookup (WordNet); without it, no synonym features. */
  synsets?: SynsetLookup;
}

/** Turns a sentence into weighted features: words, bigrams, people, figures and its speaker. */
export function sentenceFeatures(sentence: SentenceRecord, options: FeatureOptions = {}): FeatureVector {
  const {
    word = 1,
    bigram = 1,
    person = 1.3,
    figure = 2,
    figureKind = 0.75,
    speaker = 1.5,
    synonym = 1,
    prefix = 0.5,
    quoted = 1,
    charGram = 0.2,
  } = options.weights ?? {};
  const features: FeatureVector = new Map();
  const add = (name: string, weight: number) => features.set(name, Math.max(features.get(name) ?? 0, weight));
  const terms = sentenceTerms(sentence, options);
  terms.forEach((term, i) => {
    const isPerson = term.stem.startsWith('@');
    add(isPerson ? term.stem : `w:${term.stem}`, isPerson ? person : word);
    const next = terms[i + 1];
    if (next) add(`b:${term.stem}_${next.stem}`, bigram);
    if (isPerson) return;
    if (term.word.length >= 7) add(`x:${term.word.slice(0, 5)}`, prefix);
    // Keyed by the word's first letter too: spelling variants begin alike, while words that
    // only share an inside ("flight" and "lights", "Biomeridia" and "Meridia") are two words.
    if (charGram > 0) for (let k = 0; k + 4 <= term.word.length; k += 1) add(`c:${term.word[0]}${term.word.slice(k, k + 4)}`, charGram);
    for (const synset of options.synsets?.(term.word) ?? []) add(`y:${synset}`, synonym);
  });
  const quotedWords = new Set(sentence.facts.quotes.flatMap((q) => q.text.toLowerCase().split(/[^\p{L}’']+/u)).filter(Boolean));
  for (const term of terms) {
    if (!term.stem.startsWith('@') && quotedWords.has(term.word)) add(`q:${term.stem}`, quoted);
  }
  for (const f of sentence.facts.figures) {
    const span = canonicalSpan(f);
    // "two years ago" dates something (as "in October 2022" does), so it is no amount to share;
    // from ten up ("about 2,400 years ago", "some 24 centuries ago") it is the age another
    // report gives ("a 2,400-year-old ship"), as rare as any amount.
    if (f.kind === 'count' && f.text.endsWith(' ago') && (f.amount ?? 0) < 10) continue;
    // A temperature to the whole degree: "115F" (46.1 °C) is the "46.3C" another report gives.
    if (f.kind === 'temperature') add(`f:temperature:${Math.round(f.amount!)}`, figure);
    // A measurement to two significant digits: "29,650 acres" and "nearly 30,000 acres" are the
    // "12,000 hectares" another report gives, "56 mph" its "90 km/h", "19 miles" its "30 km"
    // (see measureKeys). Each weighs as much as a count from ten up, which is shared twice (with
    // its noun and without, below).
    else if (f.kind === 'measure') for (const key of measureKeys(f)) add(`f:${key}`, 2 * figure);
    // A score either way round ("won 2-1", "lost 1-2") is one result. Its two numbers weigh as
    // much as a count from ten up (shared with its noun and without, below).
    else if (f.kind === 'tally') add(`f:tally:${tallyKey(f.value)}`, 2 * figure);
    // A span in the smallest unit of its family: "an hour and a half" is the "90 minutes"
    // another report gives (see canonicalSpan).
    else if (span) add(`f:count:${span.amount} ${span.unit}`, figure);
    else add(`f:${f.kind}:${f.value}`, figure);
    // A time to the hour as well: "landed at 6.05 a.m." and "touched down just after 6 a.m." tell
    // one moment; an exact match still counts twice.
    if (f.kind === 'time') add(`f:hour:${f.value.slice(0, 2)}`, figure);
    if (f.kind === 'money') add(`k:money:${f.currency}`, figureKind);
    else if (f.kind === 'weekday' || f.kind === 'date') add(`k:${f.kind}`, figureKind);
    // People counted (a death toll, the injured, the evacuated) are a kind as a currency is:
    // tolls that disagree ("Fourteen people were killed", "the death toll has risen to 15")
    // still align, and the disagreement is shown. The hurt are a kind of their own: "31 people
    // were taken to hospital" is no reading of a death toll.
    else if (f.kind === 'count' && f.unit === 'peopl') add(f.harm === 'hurt' ? 'k:count:hurt' : 'k:count:peopl', figureKind);
    // A date gives its month: "July 1, 2029" and "2 July 2029" are both "July 2029"; "on June 3"
    // is "in June", and two undated reports of one day weigh as two dated ones do.
    if (f.kind === 'date') add(`f:month:${f.value.startsWith('?') ? f.value.slice(5, 7) : f.value.slice(0, 7)}`, figure);
    // The same count however each article names what is counted ("600 permanent jobs", "600
    // permanent employments", "the 2,000 promised jobs"); from ten up, as smaller numbers are
    // mostly incidental ("two sides", "three years").
    else if (f.kind === 'count' && f.amount !== undefined && f.amount >= 10) {
      add(`f:count:${f.amount}`, figure);
      // From a thousand up, one report rounds what another counts ("Some 150,000 students",
      // "About 148,000 students sat"): the count to two significant digits is shared too, at
      // half the weight, so that an exact match still counts for more.
      if (f.amount >= 1000) add(`f:about:${Number(f.amount.toPrecision(2))}`, figure / 2);
    }
  }
  if (sentence.facts.speaker) add(`s:${sentence.facts.speaker}`, speaker);
  return features;
}

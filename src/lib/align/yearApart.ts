import type { SentenceRecord } from '../types.ts';
import { isTransposed } from '../compare/isTransposed.ts';

/** Words that set a year against the news ("up from 68% at the last election in 2022", "down from 52 million in 2023"). */
const COMPARED = /\b(?:from|than|compared|since|after|before|last|previous|earlier|front)\b/i;
const DATES = new Set(['weekday', 'date', 'month', 'year', 'time']);

/**
 * A test of whether two groups of sentences are apart in time: one group is an event that most
 * of its sentences, from two articles or more, date to one year ("In 2019, 60 pilot whales
 * stranded in the same bay", "60 pilot whales stranded there in 2019"), and the other never
 * gives that year, nor that year with its digits transposed (a translation's "1989" for
 * "1998" is a slip, not an earlier event). A story recalls an earlier event of the same kind
 * in the same words as the news; the year is what tells them apart. A single undated sentence
 * may still join (an article may tell the earlier event without its year: "Torrin seized four
 * trawlers"), unless it goes on, undated, from a sentence of its paragraph dated to a year ("In
 * 2019, a smaller spill … killed fish." then "The company was fined 200,000 dollars."): it
 * tells that year's event, and joins no group of two articles or more that never gives the
 * year. `sentences` and `articleOf` are indexed alike; the test takes groups of their indexes,
 * either way round.
 */
export function yearApart(sentences: SentenceRecord[], articleOf: number[]): (x: number[], y: number[]) => boolean {
  const eventYear = sentences.map((s) => {
    const years = s.facts.figures.filter((f) => {
      if (f.kind !== 'year') return false;
      const before = s.text.slice(0, s.text.indexOf(f.text));
      return /\bin\s+$/i.test(before) && !COMPARED.test(before.split(/[,:;]/).pop()!);
    });
    return years.length === 1 ? years[0]!.value : undefined;
  });
  const years = sentences.map((s) => new Set(s.facts.figures.filter((f) => f.kind === 'year').map((f) => f.value)));
  const dated = sentences.map((s) => s.facts.figures.some((f) => DATES.has(f.kind)));
  // A sentence with no date of its own that goes on from one dated to a year in its paragraph
  // ("In 2019, a smaller spill … killed fish." then "The company was fined 200,000 dollars.")
  // tells that year's event.
  const inherited = sentences.map((s, k) => {
    const before = sentences[k - 1];
    if (dated[k] || !before || before.article !== s.article || before.paragraph !== s.paragraph) return undefined;
    return eventYear[k - 1];
  });
  const articles = (group: number[]) => new Set(group.map((k) => articleOf[k])).size;
  const apart = (x: number[], y: number[]) => {
    const year = eventYear[x.find((k) => eventYear[k] !== undefined) ?? -1];
    if (year === undefined) return false;
    const same = x.filter((k) => eventYear[k] === year);
    if (articles(same) < 2 || same.length * 2 <= x.length) return false;
    if (articles(y) < 2 && !y.some((k) => dated[k])) return false;
    return !y.some((k) => [...years[k]!].some((v) => v === year || isTransposed(Number(v), Number(year))));
  };
  // A single sentence telling an earlier year's event joins no group that never gives that year.
  const told = (x: number[], y: number[]) => {
    const year = x.length === 1 ? inherited[x[0]!] : undefined;
    return year !== undefined && articles(y) >= 2 && !y.some((k) => years[k]!.has(year) || inherited[k] === year);
  };
  return (x, y) => apart(x, y) || apart(y, x) || told(x, y) || told(y, x);
}

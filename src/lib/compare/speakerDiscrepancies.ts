import type { Discrepancy, Person, SentenceRecord } from '../types.ts';
import { perArticle } from './perArticle.ts';

/**
 * For a quotation, the different people articles give it to ("“Today we choose bread over
 * bullets,” Santos told reporters" against a translation's "… declared Varga"): each article's
 * speaker, named as that article writes the name, and read as the person. Only members that quote whole words, name
 * their speaker and report the claim itself (not `secondary` ones) count, and an article that
 * gives the quotation two speakers says nothing either way.
 */
export function speakerDiscrepancies(members: SentenceRecord[], people: Person[], secondary: Set<SentenceRecord>): Discrepancy[] {
  // The speaker named in the sentence itself: a pronoun or an office resolved from the context
  // ("he said", "says the new leader") may be resolved wrongly, and an article's error must not
  // be the reader's impression of ours. An organisation may speak through a person it employs.
  const named = (m: SentenceRecord) => m.facts.people.some((p) => p.person === m.facts.speaker);
  const quoting = members.filter((m) => !secondary.has(m) && m.facts.speaker && named(m) && m.facts.quotes.some((q) => !q.fragment));
  const spoken = perArticle(quoting, (s) => [s.facts.speaker!])
    .map(({ article, items }) => ({ article, speakers: [...new Set(items)] }))
    .filter(({ speakers }) => speakers.length === 1);
  if (new Set(spoken.map(({ speakers }) => speakers[0])).size < 2) return [];
  // The name as the article writes it (its variant of the person's name), else the story's.
  const nameIn = (article: string, key: string) => {
    const person = people.find((p) => p.key === key);
    return person?.variants.find((v) => v.article === article)?.text ?? person?.name ?? key;
  };
  // Read as the person, so that a misspelling ("Lunde" for "Lund") is one speaker worded two ways.
  const reading = (key: string) => people.find((p) => p.key === key)?.name ?? key;
  return [
    {
      type: 'speaker',
      values: spoken.map(({ article, speakers }) => ({ article, value: nameIn(article, speakers[0]!), reading: reading(speakers[0]!) })),
    },
  ];
}

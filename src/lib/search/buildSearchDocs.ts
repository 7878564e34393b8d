import type { AlignedStory, ClaimDoc, SearchUrls, SentenceDoc } from '../types.ts';
import { figureVariants } from './figureVariants.ts';

/**
 * Turns an aligned story into search documents: one per claim (title, speaker, every
 * spelling of the people named, figure variants, source labels, wordings) and one per
 * sentence. Resolved names are indexed next to the raw text, so searching the canonical
 * spelling also finds sentences that misspell it.
 */
export function buildSearchDocs(aligned: AlignedStory, urls: SearchUrls): { claims: ClaimDoc[]; sentences: SentenceDoc[] } {
  const story = aligned.story.id;
  const label = new Map(aligned.articles.map((a) => [a.id, a.label]));
  const personName = new Map(aligned.people.map((p) => [p.key, p.name]));
  const record = new Map(aligned.sentences.map((s) => [`${s.article}#${s.anchor}`, s]));
  const peopleOf = (keys: (string | undefined)[], written: string[]) => [
    ...new Set([...keys.map((k) => (k ? personName.get(k) : undefined)).filter((n): n is string => !!n), ...written]),
  ];
  const claims = aligned.claims.map((claim): ClaimDoc => {
    const members = claim.mentions.map((m) => record.get(`${m.article}#${m.anchor}`)!).filter(Boolean);
    return {
      kind: 'claim',
      story,
      storyTitle: aligned.story.title,
      title: claim.title,
      claimKind: claim.kind,
      speaker: claim.speaker ?? '',
      articles: claim.articleCount,
      sources: [...new Set(claim.mentions.map((m) => label.get(m.article) ?? m.article))],
      people: peopleOf(
        members.flatMap((s) => [s.facts.speaker, ...s.facts.people.map((p) => p.person)]),
        members.flatMap((s) => s.facts.people.map((p) => p.text)),
      ),
      figures: [...new Set(members.flatMap((s) => s.facts.figures.flatMap(figureVariants)))],
      text: [...new Set(claim.mentions.map((m) => m.text))].join(' '),
      url: urls.claim(story, claim.id),
    };
  });
  const sentences = aligned.sentences
    .filter((s) => !s.repeated)
    .map((s): SentenceDoc => ({
      kind: 'sentence',
      story,
      text: s.text,
      source: label.get(s.article) ?? s.article,
      people: peopleOf(
        [s.facts.speaker, ...s.facts.people.map((p) => p.person)],
        s.facts.people.map((p) => p.text),
      ),
      figures: [...new Set(s.facts.figures.flatMap(figureVariants))],
      url: urls.sentence(story, s.article, s.anchor),
    }));
  return { claims, sentences };
}

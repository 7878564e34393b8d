import { alignSentences, type AlignOptions } from './align/alignSentences.ts';
import { applyIdLock } from './align/applyIdLock.ts';
import { applyOverrides } from './align/applyOverrides.ts';
import { parseIdLock } from './align/parseIdLock.ts';
import { buildClaims } from './align/buildClaims.ts';
import { articleLabel } from './articleLabel.ts';
import { personDiscrepancies } from './compare/personDiscrepancies.ts';
import { extractFacts } from './extract/extractFacts.ts';
import { parseMarkdown } from './segment/parseMarkdown.ts';
import { segmentArticle } from './segment/segmentArticle.ts';
import type { AlignedStory, Claim, StoryInput } from './types.ts';

/** Options of {@link processStory}. */
export type ProcessOptions = AlignOptions;

/**
 * Runs the whole pipeline for one story: segment each article, extract quotes, figures and
 * people, align sentences across articles into claims, describe them, keep published ids
 * (`claims.lock.yaml`), and apply the editor's `claims.yaml`. Pure: the same input always gives the same output.
 */
export function processStory(input: StoryInput, options: ProcessOptions = {}): AlignedStory {
  const articles = input.articles.map((article, i) => {
    const { body: _body, ...meta } = article;
    return { ...meta, label: articleLabel(article, i + 1), segmented: segmentArticle(article) };
  });
  const { sentences, people } = extractFacts(articles.map((a) => a.segmented));
  const locked = input.lock ? parseIdLock(input.lock) : undefined;
  const groups = alignSentences(sentences, { ...options, ...(locked ? { locked: locked.claims } : {}) });
  let claims = buildClaims(groups, sentences, people);
  let retired: AlignedStory['retired'] = [];
  if (locked) ({ claims, retired } = applyIdLock(claims, locked));
  if (input.overrides) {
    const index = new Map(sentences.map((s, i) => [`${s.article}#${s.anchor}`, i]));
    const rebuild = (mentions: Claim['mentions'], base: Claim): Claim => {
      if (mentions.length === 0) return { ...base, mentions: [], articleCount: 0, discrepancies: [] };
      const group = {
        members: mentions.map((m) => ({ sentence: index.get(`${m.article}#${m.anchor}`)!, confidence: m.confidence, secondary: false })),
      };
      return { ...buildClaims([group], sentences, people)[0]!, id: base.id };
    };
    claims = applyOverrides(claims, input.overrides, sentences, rebuild).filter((c) => c.mentions.length > 0);
  }
  return {
    story: {
      id: input.id,
      title: input.title,
      summary: input.summary,
      ...(input.date ? { date: input.date } : {}),
      introduction: parseMarkdown(input.body ?? ''),
    },
    articles,
    sentences,
    people,
    // Titles and spellings compared over the whole story, not only within one claim: an
    // article may call someone "former President" in a sentence no other article shares.
    discrepancies: personDiscrepancies(sentences, people),
    claims,
    // An override may re-slug a claim to a retired id: then it is not retired any more.
    retired: retired
      .filter((r) => !claims.some((c) => c.id === r.id))
      .map((r) => ({ ...r, successors: r.successors.filter((id) => claims.some((c) => c.id === id)) })),
  };
}

import { articleLabel } from './articleLabel.ts';
import { segmentArticle } from './segment/segmentArticle.ts';
import type { AlignedStory, SentenceRecord } from './types.ts';
import type { StoryInput } from './types.ts';

/** Runs the whole pipeline for one story: segment, extract, align, describe. */
export function processStory(input: StoryInput): AlignedStory {
  const articles = input.articles.map((article, i) => {
    const { body: _body, ...meta } = article;
    return { ...meta, label: articleLabel(article, i + 1), segmented: segmentArticle(article) };
  });
  const sentences: SentenceRecord[] = articles.flatMap((article) =>
    article.segmented.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => ({
        ...sentence,
        article: article.id,
        kind: paragraph.kind,
        repeated: paragraph.repeatOf !== undefined,
        facts: { quotes: [], figures: [], people: [] },
      })),
    ),
  );
  return {
    story: { id: input.id, title: input.title, summary: input.summary, ...(input.date ? { date: input.date } : {}) },
    articles,
    sentences,
    people: [],
    claims: [],
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, type AlignOptions } from '../../src/lib/align/alignSentences.ts';
import { extractFacts } from '../../src/lib/extract/extractFacts.ts';
import { segmentArticle } from '../../src/lib/segment/segmentArticle.ts';

/** Reads a story folder's articles (front matter stripped) as pipeline input. */
export function readArticles(folder: string) {
  return readdirSync(join(folder, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.md$/, ''),
      language: 'en',
      body: readFileSync(join(folder, 'articles', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
    }));
}

/** Cross-article sentence pairs implied by groups of `article:anchor` refs. */
export function pairsOf(groups: string[][]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    for (const a of group) {
      for (const b of group) {
        if (a < b && a.split(':')[0] !== b.split(':')[0]) pairs.add(`${a}|${b}`);
      }
    }
  }
  return pairs;
}

/** Pairwise precision, recall and F1 of predicted groups against reference groups. */
export function score(predicted: string[][], reference: string[][]) {
  const p = pairsOf(predicted);
  const r = pairsOf(reference);
  const hits = [...p].filter((x) => r.has(x)).length;
  const precision = p.size === 0 ? 0 : hits / p.size;
  const recall = r.size === 0 ? 0 : hits / r.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    predictedPairs: p.size,
    referencePairs: r.size,
    falsePositives: [...p].filter((x) => !r.has(x)),
    misses: [...r].filter((x) => !p.has(x)),
  };
}

/** Aligns a story folder and scores it against its expected.json (article ids are prefix-matched). */
export function evaluateFixture(expectedPath: string, options: AlignOptions = {}) {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { content: string; claims: Record<string, string[]> };
  return evaluateArticles(readArticles(expected.content), Object.values(expected.claims), options);
}

/** Aligns raw articles and scores the groups against reference groups of `article:anchor` refs. */
function evaluateArticles(raw: ReturnType<typeof readArticles>, reference: string[][], options: AlignOptions) {
  const { sentences } = extractFacts(raw.map((a) => segmentArticle(a)));
  const short = (id: string) => id.split('_')[0]!;
  const groups = alignSentences(sentences, options).map((g) =>
    g.members.map((m) => `${short(sentences[m.sentence]!.article)}:${sentences[m.sentence]!.anchor}`),
  );
  return { ...score(groups, reference), groups };
}

/**
 * Like evaluateFixture on the story as an outlet's feed without headlines would give it (the
 * seed's articles have none): each article's leading `# ` headline is removed, the reference
 * loses the headline sentences, and its other anchors move up one paragraph.
 */
export function evaluateWithoutHeadlines(expectedPath: string, options: AlignOptions = {}) {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { content: string; claims: Record<string, string[]> };
  const articles = readArticles(expected.content);
  const hasHeadline = (body: string) => /^\s*# /.test(body);
  const headed = new Set(articles.filter((a) => hasHeadline(a.body)).map((a) => a.id.split('_')[0]!));
  const stripped = articles.map((a) => (hasHeadline(a.body) ? { ...a, body: a.body.replace(/^\s*# .*\n/, '') } : a));
  const moved = (ref: string) => {
    const [article, anchor] = ref.split(':') as [string, string];
    if (!headed.has(article)) return ref;
    const [, paragraph, rest] = /^p(\d+)(-.*)$/.exec(anchor)!;
    return Number(paragraph) === 1 ? undefined : `${article}:p${Number(paragraph) - 1}${rest}`;
  };
  const reference = Object.values(expected.claims).map((refs) => refs.map(moved).filter((ref) => ref !== undefined));
  return evaluateArticles(stripped, reference, options);
}

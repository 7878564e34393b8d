import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll, hasClass, readHtml, text } from '../support/html.ts';
import { DIST } from '../e2e/support/site.ts';

const CONTENT = 'content/stories';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every article of every story, with its source text read straight from the Markdown file. */
const articles = readdirSync(CONTENT).flatMap((story) =>
  readdirSync(join(CONTENT, story, 'articles')).map((file) => {
    const source = readFileSync(join(CONTENT, story, 'articles', file), 'utf8');
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    return { story, id: file.replace(/\.md$/, ''), body };
  }),
);

describe('article pages', () => {
  it.each(articles.map((a) => [`${a.story}/${a.id}`, a] as const))('show every paragraph of %s verbatim', (_name, article) => {
    const page = readHtml(join(DIST, 'stories', article.story, 'articles', article.id, 'index.html'));
    const shown = findAll(page, (el) => el.tagName === 'p' && /^p\d+$/.test(String(el.properties.id ?? ''))).map((p) =>
      squash(
        findAll(p, (el) => hasClass(el, 'sentence'))
          .map(text)
          .join(' '),
      ),
    );
    // Source paragraphs are separated by blank lines; plain-text articles carry no Markdown syntax.
    const source = article.body
      .split(/\n\s*\n/)
      .map(squash)
      .filter(Boolean);
    expect(shown).toEqual(source);
  });

  it('give every sentence a unique anchor id', () => {
    for (const article of articles) {
      const page = readHtml(join(DIST, 'stories', article.story, 'articles', article.id, 'index.html'));
      const ids = findAll(page, (el) => hasClass(el, 'sentence')).map((el) => String(el.properties.id));
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^p\d+-s\d+$/);
    }
  });
});

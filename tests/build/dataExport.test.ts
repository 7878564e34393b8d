import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/support/site.ts';
import { findAll, hasClass, readHtml, text } from '../support/html.ts';

const index = JSON.parse(readFileSync(join(DIST, 'data', 'index.json'), 'utf8')) as { stories: { id: string; data: string }[] };

describe('JSON export', () => {
  it('lists every story in data/index.json', () => {
    expect(index.stories.map((s) => s.id)).toContain('rwanda-us-deportation-talks');
  });

  it('exports the story-wide differences about people, and the story page lists them above the claims', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data', 'rwanda-us-deportation-talks.json'), 'utf8')) as {
      discrepancies: { type: string; subject?: string; values: { article: string; value: string }[] }[];
    };
    const title = data.discrepancies.find((d) => d.type === 'title' && d.subject === 'Donald Trump')!;
    expect(title.values.map((v) => v.value)).toEqual(expect.arrayContaining(['President', 'Former President']));
    const page = readHtml(join(DIST, 'stories', 'rwanda-us-deportation-talks', 'index.html'));
    const section = findAll(
      page,
      (el) => el.tagName === 'section' && findAll(el, (h) => h.tagName === 'h2' && h.properties.id === 'disputes').length > 0,
    )[0]!;
    const headings = findAll(section, (el) => el.tagName === 'h3').map(text);
    expect(headings).toEqual(['On the people named, across the whole story', 'Claim by claim']);
    expect(text(section)).toMatch(/Donald Trump is called “President” in Article 1, .*“Former President” in Article 3/);
  });

  it.each(index.stories.map((s) => [s.id] as const))('follows the documented contract for %s', (id) => {
    const data = JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8'));
    expect(data.story).toMatchObject({ id, title: expect.any(String) });
    for (const a of data.articles) expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'title', 'outlet', 'url']));
    expect(data.claims.length).toBeGreaterThan(0);
    for (const p of data.people) expect(['person', 'organisation']).toContain(p.kind);
    // Every speaker is someone the story lists, person or organisation.
    const names = new Set(data.people.map((p: { name: string }) => p.name));
    for (const claim of data.claims) if (claim.speaker !== null) expect(names).toContain(claim.speaker);
    for (const claim of data.claims) {
      expect(Object.keys(claim)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'kind', 'speaker', 'mentions', 'discrepancies']));
      expect(['quote', 'figure', 'statement']).toContain(claim.kind);
      expect(claim.url).toBe(`/stories/${id}/claims/${claim.id}/`);
      for (const m of claim.mentions) {
        expect(Object.keys(m)).toEqual(expect.arrayContaining(['article', 'paragraph', 'sentence', 'anchor', 'text', 'confidence']));
        expect(m.confidence).toBeGreaterThanOrEqual(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
        // `text` is the sentence exactly as the article page shows it.
        const page = readHtml(join(DIST, 'stories', id, 'articles', m.article, 'index.html'));
        const span = findAll(page, (el) => hasClass(el, 'sentence') && el.properties.id === m.anchor)[0]!;
        expect(text(span)).toBe(m.text);
      }
      // A difference is between two articles at least: two values, or a figure and an article without it.
      for (const d of claim.discrepancies) {
        if (d.type === 'omitted-figure') expect(d.missing!.length).toBeGreaterThanOrEqual(1);
        expect(d.values.length + (d.missing?.length ?? 0)).toBeGreaterThanOrEqual(2);
      }
      // Every claim has its page.
      expect(() => readFileSync(join(DIST, claim.url, 'index.html'))).not.toThrow();
    }
  });

  it.each(index.stories.map((s) => [s.id] as const))(
    'heads each wording on the claim pages of %s with its paragraph (and sentence, when two share one)',
    (id) => {
      const data = JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8'));
      for (const claim of data.claims) {
        const page = readHtml(join(DIST, claim.url, 'index.html'));
        const places = findAll(page, (el) => hasClass(el, 'wording-place')).map(text);
        type Place = { article: string; paragraph: number; sentence: number };
        const expected = claim.mentions.map((m: Place) =>
          claim.mentions.filter((o: Place) => o.article === m.article && o.paragraph === m.paragraph).length > 1
            ? `paragraph ${m.paragraph}, sentence ${m.sentence}`
            : `paragraph ${m.paragraph}`,
        );
        expect(places.sort()).toEqual(expected.sort());
      }
    },
  );
});

import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { buildSearchDocs } from '../../../src/lib/search/buildSearchDocs.ts';
import { createSearcher } from '../../../src/lib/search/createSearcher.ts';
import { runSearch } from '../../../src/lib/search/runSearch.ts';
import { claimSearchOptions, sentenceSearchOptions } from '../../../src/lib/search/searchOptions.ts';
import { runStory, seedArticles } from '../../support/seedStory.ts';

const aligned = runStory(seedArticles());
const docs = buildSearchDocs(aligned, { claim: (_s, c) => `/c/${c}`, sentence: (_s, a, anchor) => `/a/${a}#${anchor}` });
// Built the way the site builds it: index serialised to JSON, parsed back, as the browser does.
const claimIndex = Fuse.parseIndex<(typeof docs.claims)[0]>(
  JSON.parse(JSON.stringify(Fuse.createIndex(claimSearchOptions.keys!, docs.claims).toJSON())),
);
const sentenceIndex = Fuse.parseIndex<(typeof docs.sentences)[0]>(
  JSON.parse(JSON.stringify(Fuse.createIndex(sentenceSearchOptions.keys!, docs.sentences).toJSON())),
);
const claims = createSearcher(Fuse, docs.claims, claimSearchOptions, claimIndex);
const sentences = createSearcher(Fuse, docs.sentences, sentenceSearchOptions, sentenceIndex);
const search = (q: string) => runSearch(q, claims, [sentences]);
const claimOf = (text: string) => aligned.claims.find((c) => c.mentions.some((m) => m.text.includes(text)))!;

describe('runSearch on the seed story', () => {
  it('finds the sentences that misspell Nduhungirehe when searching the right spelling', () => {
    const texts = search('Nduhungirehe').sentences.map((r) => r.item.text);
    expect(texts.some((t) => t.includes('Nduhungirefer'))).toBe(true);
    expect(texts.some((t) => t.includes('Ndunnguleje'))).toBe(true);
  });

  it('finds the Rubio quote first despite the typo in "despicible"', () => {
    const rubio = claimOf('despicable human beings to your countries');
    expect(search('despicible').claims[0]?.item.url).toBe(`/c/${rubio.id}`);
  });

  it.each(['700 million', '£700m', '£700 million'])('finds the UK deal cost first for "%s"', (q) => {
    const cost = claimOf('£700 million');
    expect(search(q).claims[0]?.item.url).toBe(`/c/${cost.id}`);
  });

  it('finds a speaker’s claims by the speaker’s name', () => {
    const results = search('Marco Rubio').claims;
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.item.speaker).toBe('Marco Rubio');
  });

  it('finds claims by an article’s source label', () => {
    const label = aligned.articles[4]!.label;
    expect(search(label).claims.every((r) => r.item.sources.includes(label))).toBe(true);
    expect(search(label).claims.length).toBeGreaterThan(0);
  });

  it('finds the “early stages” remark from a speaker’s name and misspelt words of the quote, typed apart', () => {
    const early = claimOf('Still in the early stages');
    expect(search('nduhungirehe erly stages').claims[0]?.item.url).toBe(`/c/${early.id}`);
    expect(search('stages early Nduhungirehe').claims[0]?.item.url).toBe(`/c/${early.id}`);
  });

  it('ranks words found together above the same words found apart', () => {
    const results = search('early stages').claims;
    expect(results[0]?.item.url).toBe(`/c/${claimOf('Still in the early stages').id}`);
    const apart = search('stages early').claims;
    expect(apart[0]?.item.url).toBe(results[0]?.item.url);
    expect(apart[0]!.score!).toBeGreaterThan(results[0]!.score!);
  });

  it('highlights every word of a query typed apart', () => {
    const top = search('nduhungirehe early').claims[0]!;
    const title = top.matches!.filter((m) => m.key === 'title');
    expect(title).toHaveLength(1);
    const marked = title[0]!.indices.map(([a, b]) => top.item.title.slice(a, b + 1).toLowerCase()).join(' ');
    expect(marked).toContain('nduhungirehe');
    expect(marked).toContain('early');
  });

  it('returns nothing for a one-letter query', () => {
    expect(search('a')).toEqual({ claims: [], sentences: [] });
  });
});

describe('runSearch on a large index (trigram pre-filter)', () => {
  // 5,000 claims: the seed's claims many times over, each copy's text made distinct.
  const many = Array.from({ length: 5000 }, (_, i) => {
    const d = docs.claims[i % docs.claims.length]!;
    return { ...d, text: `${d.text} copy ${i}`, url: `${d.url}?${i}` };
  });
  const big = createSearcher(Fuse, many, claimSearchOptions);
  const full = new Fuse(many, claimSearchOptions);

  it.each(['despicible', '£700m', 'Nduhungirehe', 'Ru'])('ranks "%s" like a full Fuse scan', (q) => {
    const filtered = runSearch(q, big, []).claims.map((r) => r.item.url.split('?')[0]);
    const scanned = full.search(q, { limit: 8 }).map((r) => r.item.url.split('?')[0]);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered[0]).toBe(scanned[0]);
  });

  it('finds words typed apart through the pre-filter too', () => {
    const top = runSearch('stages erly nduhungirehe', big, []).claims[0];
    expect(top?.item.url.split('?')[0]).toBe(`/c/${claimOf('Still in the early stages').id}`);
  });

  it('maps results back to the original documents', () => {
    for (const r of runSearch('despicible', big, []).claims) expect(many[r.refIndex]).toBe(r.item);
  });
});

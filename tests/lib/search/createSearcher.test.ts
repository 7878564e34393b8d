import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../../src/lib/search/createSearcher.ts';

interface Doc {
  title: string;
  text: string;
}
const options = { keys: ['title', 'text'], threshold: 0.34, ignoreLocation: true, includeScore: true, includeMatches: true };

describe('createSearcher on a large index', () => {
  // 3,000 documents hold "rubble"; the one that also names the minister comes last.
  const docs: Doc[] = [
    ...Array.from({ length: 2999 }, (_, i) => ({ title: `Rubble cleared from street ${i}`, text: `Crews removed rubble, report ${i}.` })),
    { title: 'Rubble and the minister', text: 'Nduhungirehe visited the rubble.' },
  ];
  const searcher = createSearcher(Fuse, docs, options);

  it('finds a document matching a three-letter word and another word, however many hold the short word', () => {
    const top = searcher.search('rub nduhungirehe', 5)[0];
    expect(top?.item.title).toBe('Rubble and the minister');
  });

  it('finds it with the words in either order and a typo', () => {
    expect(searcher.search('nduhungirehe rubbel', 5)[0]?.item.title).toBe('Rubble and the minister');
  });

  it('returns at most the limit and maps results back to the documents', () => {
    const results = searcher.search('rubble street', 7);
    expect(results.length).toBeLessThanOrEqual(7);
    for (const r of results) expect(docs[r.refIndex]).toBe(r.item);
  });
});

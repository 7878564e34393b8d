import { describe, expect, it } from 'vitest';
import { loadWordnet } from '../../../src/data/loadWordnet.ts';
import { wordnetSynsets } from '../../../src/lib/align/wordnetSynsets.ts';

// A two-line excerpt in WordNet's index format: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
const INDEX_VERB = '  1 licence header line\ncancel v 2 1 @ 2 1 00000001 00000002\nscrap v 1 1 @ 1 0 00000009\n';

describe('wordnetSynsets', () => {
  it('reads synset offsets from index lines and skips the licence header', () => {
    const lookup = wordnetSynsets({ v: INDEX_VERB });
    expect(lookup('cancel')).toEqual(['v00000001', 'v00000002']);
    expect(lookup('unknown')).toEqual([]);
  });

  it('reduces inflected forms with morphy rules, including doubled consonants', () => {
    const lookup = wordnetSynsets({ v: INDEX_VERB });
    expect(lookup('cancels')).toEqual(['v00000001', 'v00000002']);
    expect(lookup('cancelled')).toEqual(['v00000001', 'v00000002']);
    expect(lookup('scrapped')).toEqual(['v00000009']);
  });

  it('undoes a doubled consonant in an adjective\'s comparative or superlative ("biggest" -> "big")', () => {
    const lookup = wordnetSynsets({ a: 'big a 1 0 1 0 00000003\nhot a 1 0 1 0 00000004\n' });
    expect(lookup('biggest')).toEqual(['a00000003']);
    expect(lookup('hotter')).toEqual(['a00000004']);
  });

  it('keeps only the most frequent senses', () => {
    expect(wordnetSynsets({ v: INDEX_VERB }, { senses: 1 })('cancel')).toEqual(['v00000001']);
  });

  it('links real synonyms in the packaged WordNet 3.1', () => {
    const lookup = loadWordnet();
    const shared = (a: string, b: string) => lookup(a).some((s) => lookup(b).includes(s));
    expect(shared('talks', 'negotiations')).toBe(true);
    expect(shared('begin', 'start')).toBe(true);
    expect(shared('biggest', 'largest')).toBe(true);
    expect(shared('bridge', 'deportation')).toBe(false);
  });
});

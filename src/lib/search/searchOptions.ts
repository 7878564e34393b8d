import type { IFuseOptions } from 'fuse.js';
import type { ClaimDoc, SentenceDoc } from '../types.ts';

/**
 * Fuse options shared by the build (which serialises the index) and the browser (which
 * loads it): both must use the same keys. The threshold admits one or two typos in a word
 * ("despicible", "Nduhungirehe" for "Nduhungirefer"); `ignoreLocation` lets a match sit
 * anywhere in a long sentence.
 */
export const claimSearchOptions: IFuseOptions<ClaimDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'speaker', weight: 2 },
    { name: 'people', weight: 2 },
    { name: 'figures', weight: 2 },
    { name: 'sources', weight: 1 },
    { name: 'text', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Fuse options for sentences; see {@link claimSearchOptions}. */
export const sentenceSearchOptions: IFuseOptions<SentenceDoc> = {
  keys: [
    { name: 'text', weight: 3 },
    { name: 'people', weight: 2 },
    { name: 'figures', weight: 2 },
    { name: 'source', weight: 1 },
  ],
  threshold: 0.3,
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};

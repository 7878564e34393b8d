import Fuse from 'fuse.js/basic';
import { buildSearchDocs } from '../lib/search/buildSearchDocs.ts';
import { claimSearchOptions, sentenceSearchOptions } from '../lib/search/searchOptions.ts';
import type { ClaimDoc, SentenceDoc } from '../lib/types.ts';
import { getStories } from './getStories.ts';
import { paths } from './paths.ts';

type Indexes = { site: { docs: ClaimDoc[]; index: unknown }; stories: Map<string, { docs: SentenceDoc[]; index: unknown }> };
let cache: Promise<Indexes> | undefined;

/** The serialised search files: the site-wide claim index and one sentence index per story (built once per build). */
export function searchIndexes(): Promise<Indexes> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Indexes> {
  const stories = await getStories();
  const all = stories.map((aligned) => buildSearchDocs(aligned, { claim: paths.claim, sentence: paths.sentence }));
  const claims = all.flatMap((d) => d.claims);
  return {
    site: { docs: claims, index: Fuse.createIndex(claimSearchOptions.keys!, claims).toJSON() },
    stories: new Map(
      stories.map((aligned, i) => [
        aligned.story.id,
        { docs: all[i]!.sentences, index: Fuse.createIndex(sentenceSearchOptions.keys!, all[i]!.sentences).toJSON() },
      ]),
    ),
  };
}

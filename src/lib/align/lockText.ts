import type { Claim, RetiredClaim } from '../types.ts';
import { RETIRED_KEY } from './parseIdLock.ts';

const key = (m: { article: string; anchor: string }) => `${m.article}#${m.anchor}`;

/**
 * The lock file text for a story's claims: each id with its sentences, sorted for clean diffs,
 * then the retired ids with the sentences they last had, so a regenerated lock never drops a
 * published URL.
 */
export function lockText(claims: Claim[], retired: RetiredClaim[] = []): string {
  const lines = [
    '# Published claim ids and their sentences. Written by `npm run claims:lock`; commit it',
    '# so claim URLs stay the same when articles are added or removed.',
  ];
  const entry = (indent: string, id: string, sentences: string[]) => {
    lines.push(`${indent}${id}:`);
    for (const s of [...sentences].sort()) lines.push(`${indent}  - "${s}"`);
  };
  for (const claim of [...claims].sort((a, b) => a.id.localeCompare(b.id))) entry('', claim.id, claim.mentions.map(key));
  if (retired.length > 0) {
    lines.push(`# Ids once published whose sentences were regrouped: their pages point to the claims that hold them now.`);
    lines.push(`${RETIRED_KEY}:`);
    for (const r of [...retired].sort((a, b) => a.id.localeCompare(b.id))) entry('  ', r.id, r.sentences);
  }
  return `${lines.join('\n')}\n`;
}

import type { Claim } from '../types.ts';

const key = (m: { article: string; anchor: string }) => `${m.article}#${m.anchor}`;

/** The lock file text for a story's claims: each id with its sentences, sorted for clean diffs. */
export function lockText(claims: Claim[]): string {
  const lines = [
    '# Published claim ids and their sentences. Written by `npm run claims:lock`; commit it',
    '# so claim URLs stay the same when articles are added or removed.',
  ];
  for (const claim of [...claims].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`${claim.id}:`);
    for (const m of claim.mentions.map(key).sort()) lines.push(`  - "${m}"`);
  }
  return `${lines.join('\n')}\n`;
}

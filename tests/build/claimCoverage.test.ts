import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/support/site.ts';
import { findAll, hasClass, readHtml, text } from '../support/html.ts';

const data = JSON.parse(readFileSync(join(DIST, 'data', 'rwanda-us-deportation-talks.json'), 'utf8')) as {
  articles: { id: string; label: string }[];
  claims: { id: string; url: string; mentions: { article: string }[] }[];
};

describe('claim pages say which articles leave the claim out', () => {
  it.each(data.claims.map((c) => [c.id, c] as const))('%s names exactly the articles without a mention', (_id, claim) => {
    const page = readHtml(join(DIST, claim.url, 'index.html'));
    const meta = text(findAll(page, (el) => el.tagName === 'p' && hasClass(el, 'meta'))[0]!);
    const silent = data.articles.filter((a) => !claim.mentions.some((m) => m.article === a.id)).map((a) => a.label);
    const named = /\(not in ([^)]*)\)/.exec(meta)?.[1]?.split(', ') ?? [];
    expect(named).toEqual(silent);
  });
});

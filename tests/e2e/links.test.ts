import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';

describe('links (linkinator) on the site built for a /<repo>/ base path', () => {
  it('has no broken internal links, anchors or assets', async () => {
    const root = inject('baseSiteUrl');
    const origin = new URL(root).origin;
    const checker = new LinkChecker();
    const result = await checker.check({
      path: root,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Canonical and share URLs point at the public site (SITE_URL), which is not served here.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((l) => l.state === 'OK').map((l) => l.url);
    // It really crawled the site under the base path: claim pages and their base views,
    // article pages (whose sentence anchors checkFragments verifies), CSS. Links are
    // reported once per address, fragments folded in.
    expect(checked.some((u) => u.includes('/news-compare/stories/') && u.includes('/claims/'))).toBe(true);
    expect(checked.some((u) => /\/claims\/[^/]+\/base\/[^/]+\/$/.test(u))).toBe(true);
    expect(checked.some((u) => /\/articles\/[^/]+\/$/.test(u))).toBe(true);
    expect(checked.some((u) => u.endsWith('.css'))).toBe(true);
    expect(checked.every((u) => !u.startsWith(`${origin}/stories`))).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/support/site.ts';

const data = JSON.parse(readFileSync(join(DIST, 'data', 'rwanda-us-deportation-talks.json'), 'utf8')) as {
  claims: { id: string; url: string; title: string; kind: string }[];
};
const meta = (html: string, attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('claim pages preview well when shared', () => {
  it.each(data.claims.map((c) => [c.id, c] as const))(
    '%s has title, description, canonical, Open Graph, Twitter card, JSON-LD and a share image',
    (_id, claim) => {
      const html = readFileSync(join(DIST, claim.url, 'index.html'), 'utf8');
      expect(html).toMatch(/<title>[^<]{10,70}<\/title>/);
      expect(meta(html, 'name', 'description')!.length).toBeGreaterThan(10);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
      expect(new URL(canonical).pathname).toBe(claim.url);
      expect(meta(html, 'property', 'og:url')).toBe(canonical);
      expect(meta(html, 'property', 'og:type')).toBe('article');
      expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
      const image = meta(html, 'property', 'og:image')!;
      expect(new URL(image).pathname).toBe(`${claim.url}share.png`);
      const png = readFileSync(join(DIST, claim.url, 'share.png'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(ld['@type']).toBe(claim.kind === 'quote' ? 'Quotation' : 'Claim');
      expect(ld.name).toBe(claim.title);
      expect(ld.appearance.length).toBeGreaterThanOrEqual(2);
    },
  );
});

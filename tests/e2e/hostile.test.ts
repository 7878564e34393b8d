import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DIST_HOSTILE } from './support/site.ts';

const pages = readdirSync(DIST_HOSTILE, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => relative(DIST_HOSTILE, join(DIST_HOSTILE, f)).replace(/index\.html$/, ''));

const browser = useBrowser();

describe('a story of hostile pasted articles', () => {
  it('builds pages for it', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.some((p) => p.includes('/claims/'))).toBe(true);
  });

  it.each(pages.map((p) => [p || '/'] as const))('runs nothing hostile on %s', async (path) => {
    const page = await browser().newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(new URL(path.replace(/^\//, ''), inject('hostileSiteUrl')).href);
    // Hover what a visitor might touch (pasted handlers were mouse-over and click ones).
    for (const el of (await page.locator('main p, main b, main a').all()).slice(0, 12))
      await el.hover({ timeout: 200 }).catch(() => undefined);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    const report = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => s.src || s.textContent!.slice(0, 40)),
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}@${a.name}`),
      ),
      jsLinks: [...document.querySelectorAll('[href], [src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
        .filter((v) => /^\s*javascript:/i.test(v)),
      frames: document.querySelectorAll('iframe, object, embed').length,
    }));
    expect(report.handlers).toEqual([]);
    expect(report.jsLinks).toEqual([]);
    expect(report.frames).toBe(0);
    for (const src of report.scripts) expect(src).toMatch(/\/_astro\/[\w.-]+\.js$/);
    await page.close();
  });

  it('keeps hostile text inert in the JSON export and share metadata', () => {
    const json = readFileSync(join(DIST_HOSTILE, 'data', 'hostile-paste.json'), 'utf8');
    // The export is data: markup stays as text inside JSON strings, never sanitised away silently in titles.
    expect(JSON.parse(json).story.title).toContain('<script>');
    for (const file of pages.map((p) => join(DIST_HOSTILE, p, 'index.html'))) {
      const html = readFileSync(file, 'utf8');
      const ldBlocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      for (const block of ldBlocks) {
        expect(block).not.toMatch(/<\/?script/i);
        expect(() => JSON.parse(block)).not.toThrow();
      }
      for (const meta of html.matchAll(/<meta [^>]*content="([^"]*)"/g)) expect(meta[1]).not.toMatch(/"/);
    }
  });
});

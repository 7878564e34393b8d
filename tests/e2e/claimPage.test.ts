import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DIST } from './support/site.ts';

const STORY = 'rwanda-us-deportation-talks';
const data = JSON.parse(readFileSync(join(DIST, 'data', `${STORY}.json`), 'utf8')) as {
  claims: { id: string; url: string; title: string; mentions: { article: string; anchor: string; text: string; confidence: number }[] }[];
  articles: { id: string; label: string }[];
};
const claim = data.claims.find((c) => c.mentions.some((m) => m.text.includes('Still in the early stages')))!;

const browser = useBrowser();

describe('claim page', () => {
  it('opens cold by URL and shows every article’s wording with marked differences', async () => {
    const page = await browser().newPage();
    const response = await page.goto(new URL(claim.url.replace(/^\//, ''), inject('siteUrl')).href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(claim.title);
    const wordings = page.locator('.wording blockquote');
    expect(await wordings.count()).toBe(claim.mentions.length);
    const shown = (await wordings.allTextContents()).map((t) => t.replace(/\[(added|missing here): ([^\]]*)\]/g, '').replace(/\s+/g, ' '));
    // Each wording's own text (with deletions from the base removed) is the sentence verbatim.
    const own = await wordings.evaluateAll((els) =>
      els.map((el) => {
        const clone = el.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('del, .visually-hidden').forEach((n) => n.remove());
        return clone.textContent!.replace(/\s+/g, ' ').trim();
      }),
    );
    expect(new Set(own)).toEqual(new Set(claim.mentions.map((m) => m.text.replace(/\s+/g, ' '))));
    expect(shown.length).toBeGreaterThan(0);
    expect(await page.locator('.wording ins').count()).toBeGreaterThan(0);
    expect(await page.locator('.wording del').count()).toBeGreaterThan(0);
    // Differences are announced in words, not only by colour.
    await expect(page.locator('.wording ins .visually-hidden').first().textContent()).resolves.toContain('added');
    await page.close();
  });

  it('follows a mention to its sentence in context', async () => {
    const page = await browser().newPage();
    await page.goto(new URL(claim.url.replace(/^\//, ''), inject('siteUrl')).href);
    const link = page.locator('.wording-link a').nth(1);
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((url) => url.hash.length > 1);
    const anchor = href.split('#')[1]!;
    await expect(page.locator(`[id="${anchor}"]`).evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    const text = await page.locator(`[id="${anchor}"]`).textContent();
    expect(claim.mentions.map((m) => m.text)).toContain(text);
    await page.close();
  });

  it('switches the base wording without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(claim.url.replace(/^\//, ''), inject('siteUrl')).href);
    const baseBefore = await page.locator('.wording.base blockquote').textContent();
    const other = page.locator('.base-switch a').first();
    const label = (await other.textContent())!.trim();
    await other.click();
    await page.waitForURL(/\/base\/[^/]+\/$/);
    await expect(page.locator('.base-switch [aria-current="page"]').textContent()).resolves.toBe(label);
    await expect(page.locator('.wording.base .wording-source').textContent()).resolves.toContain(label);
    expect(await page.locator('.wording.base blockquote').textContent()).not.toBe(baseBefore);
    await context.close();
  });
});

describe('story page', () => {
  it('links every matrix row to its claim page', async () => {
    const page = await browser().newPage();
    await page.goto(new URL(`stories/${STORY}/`, inject('siteUrl')).href);
    const rows = page.locator('table.matrix tbody tr');
    expect(await rows.count()).toBe(data.claims.length);
    const hrefs = await page.locator('table.matrix tbody th a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toEqual(data.claims.map((c) => c.url));
    await page.locator('table.matrix tbody th a').nth(2).click();
    await page.waitForURL(new RegExp(`${data.claims[2]!.id}/$`));
    await expect(page.locator('h1').textContent()).resolves.toBe(data.claims[2]!.title);
    await page.close();
  });
});

describe('story page matrix', () => {
  it('marks an article that only possibly reports a claim with a question mark, not a check', async () => {
    const page = await browser().newPage();
    await page.goto(new URL(`stories/${STORY}/`, inject('siteUrl')).href);
    const cells = data.claims.flatMap((c, row) =>
      data.articles.map((a, col) => {
        const own = c.mentions.filter((m) => m.article === a.id);
        return { row, col, state: own.length === 0 ? '·' : own.every((m) => m.confidence < 0.6) ? '?' : '✓' };
      }),
    );
    expect(cells.some((c) => c.state === '?')).toBe(true);
    const shown = await page
      .locator('table.matrix tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    for (const { row, col, state } of cells) expect(shown[row]![col], `row ${row}, column ${col}`).toBe(state);
    await page.close();
  });
});

describe('copy link control', () => {
  it('copies the claim’s canonical address and says so', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(new URL(claim.url.replace(/^\//, ''), inject('siteUrl')).href);
    const button = page.locator('button.copy-link');
    await button.waitFor({ state: 'visible' });
    await button.click();
    // Copying is asynchronous: wait for the announcement.
    await page.locator('.copy-status', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(claim.url);
    await context.close();
  });

  it('stays hidden without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(claim.url.replace(/^\//, ''), inject('siteUrl')).href);
    await expect(page.locator('button.copy-link').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

const browser = useBrowser();

/** Walks home -> first story -> an article, returning the page on the article. */
async function walkToArticle(page: Page, root: string): Promise<string> {
  await page.goto(root);
  await expect(page.locator('h1').textContent()).resolves.toContain('Side by Side');
  const storyLink = page.locator('.card h2 a').first();
  const storyTitle = (await storyLink.textContent())!.trim();
  await storyLink.click();
  await page.waitForURL(/\/stories\/[^/]+\/$/);
  await expect(page.locator('h1').textContent()).resolves.toBe(storyTitle);
  const articleLink = page.locator('.card h3 a').nth(1);
  const label = (await articleLink.textContent())!.trim();
  await articleLink.click();
  await page.waitForURL(/\/articles\/[^/]+\/$/);
  await expect(page.locator('h1').textContent()).resolves.toContain(label);
  return page.url();
}

for (const [name, key] of [
  ['at the site root', 'siteUrl'],
  ['under a /<repo>/ base path', 'baseSiteUrl'],
] as const) {
  describe(`navigation ${name}`, () => {
    it('goes home -> story -> article and shows the article text', async () => {
      const page = await browser().newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const root = inject(key);
      const url = await walkToArticle(page, root);
      expect(url.startsWith(root)).toBe(true);
      expect(await page.locator('.sentence').count()).toBeGreaterThan(10);
      // Every request (stylesheet, favicon) honoured the base path.
      expect(failed).toEqual([]);
      await page.close();
    });

    it('scrolls a sentence anchor link into view and highlights it', async () => {
      const page = await browser().newPage({ viewport: { width: 800, height: 600 } });
      const root = inject(key);
      const articleUrl = await walkToArticle(page, root);
      const anchors = await page.locator('.sentence').evaluateAll((els) => els.map((el) => el.id));
      const target = anchors[anchors.length - 2]!;
      await page.goto(`${articleUrl}#${target}`);
      const sentence = page.locator(`[id="${target}"]`);
      await expect(
        sentence.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      ).resolves.toBe(true);
      await expect(page.evaluate(() => window.scrollY)).resolves.toBeGreaterThan(0);
      // :target styling marks the linked sentence for the reader.
      await expect(sentence.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
      // The sentence's own "#" link points at the same anchor.
      const href = await page.locator(`[id="${target}"] + a.sentence-link`).getAttribute('href');
      expect(href).toBe(`#${target}`);
      await page.close();
    });
  });
}

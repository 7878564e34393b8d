import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DIST } from './support/site.ts';

const STORY = 'rwanda-us-deportation-talks';
const data = JSON.parse(readFileSync(join(DIST, 'data', `${STORY}.json`), 'utf8')) as {
  claims: { url: string; title: string; mentions: { text: string }[] }[];
};
const claimUrl = (text: string) => data.claims.find((c) => c.mentions.some((m) => m.text.includes(text)))!.url;

const browser = useBrowser();

async function open(path = '') {
  const page = await browser().newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(new URL(path, inject('siteUrl')).href);
  return { page, requests };
}

async function typeQuery(page: Page, q: string) {
  await page.locator('#search-input').focus();
  await page.keyboard.type(q);
  await page.locator('#search-results .search-option, #search-results .search-empty').first().waitFor();
}

describe('search box', () => {
  it('loads nothing for search before the field is focused', async () => {
    const { page, requests } = await open();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('/search/') || p.includes('fuse'))).toEqual([]);
    await page.locator('#search-input').focus();
    await page.waitForResponse((r) => r.url().endsWith('/search/index.json'));
    await page.close();
  });

  it.each([
    ['despicible', 'despicable human beings to your countries'],
    ['700 million', '£700 million'],
    ['£700m', '£700 million'],
  ])('shows the right claim first for "%s"', async (q, text) => {
    const { page } = await open(`stories/${STORY}/`);
    await typeQuery(page, q);
    const first = page.locator('#search-results [role="option"]').first();
    await expect(first.getAttribute('data-url')).resolves.toBe(claimUrl(text));
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('finds the misspelled minister’s sentences under the right spelling', async () => {
    const { page } = await open(`stories/${STORY}/`);
    await typeQuery(page, 'Nduhungirehe');
    const texts = await page.locator('#search-results [role="option"] .search-main').allTextContents();
    expect(texts.some((t) => t.includes('Nduhungirefer'))).toBe(true);
    expect(texts.some((t) => t.includes('Ndunnguleje'))).toBe(true);
    await page.close();
  });

  it('works with the keyboard only: arrows, Enter, Escape', async () => {
    const { page } = await open();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // search field
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.type('despicible');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await expect(page.locator('#search-input').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await page.locator('#search-input').getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-input').getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowDown'); // closed list: arrows do nothing
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const target = await page.locator('#search-results [aria-selected="true"]').getAttribute('data-url');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    await page.close();
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await open();
    await typeQuery(page, 'Rubio');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/\d+ claims? and \d+ sentences? found/);
    await page.close();
  });
});

describe('search page', () => {
  it('marks whole words for a query with a typo', async () => {
    const { page } = await open('search/?q=sleazy%20peple');
    await page.locator('#search-page-results mark').first().waitFor();
    // Fuse matches "pe" and "ple" around the missing "o"; the reader sees the words marked.
    const html = await page.locator('#search-page-results').innerHTML();
    expect(html).toContain('<mark>sleazy people</mark>');
    await page.close();
  });

  it('runs a ?q= link opened cold', async () => {
    const { page } = await open('search/?q=despicible');
    await page.locator('#search-page-results li').first().waitFor();
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('despicible');
    await expect(page.locator('#search-page-results li a').first().getAttribute('href')).resolves.toBe(
      claimUrl('despicable human beings to your countries'),
    );
    await page.close();
  });

  it('lists every claim without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('search/?q=anything', inject('siteUrl')).href);
    const links = await page.locator('#all-claims ~ ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toEqual(data.claims.map((c) => c.url));
    await context.close();
  });

  it('is reached from the header form without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'));
    await page.locator('#search-input').fill('Rubio');
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/\/search\/\?q=Rubio$/);
    await context.close();
  });
});

describe('search results with hostile content', () => {
  it('shows indexed markup as text, never as HTML', async () => {
    const page = await browser().newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(inject('hostileSiteUrl'));
    await page.locator('#search-input').focus();
    await page.keyboard.type('attacker posted');
    await page.locator('#search-results [role="option"]').first().waitFor();
    const texts = await page.locator('#search-results [role="option"]').allTextContents();
    expect(texts.some((t) => t.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

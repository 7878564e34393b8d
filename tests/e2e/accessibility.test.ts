import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { pageTypes } from './support/pageTypes.ts';

const browser = useBrowser();

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(Object.entries(pageTypes()))(`has no violations on the %s page (${scheme} scheme)`, async (_type, path) => {
      const context = await browser().newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(new URL(path, inject('siteUrl')).href);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
      await context.close();
    });
  }

  it('has no violations with the search results open', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(inject('siteUrl'));
    await page.locator('#search-input').focus();
    await page.keyboard.type('Rubio');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

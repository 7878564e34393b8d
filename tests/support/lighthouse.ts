import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../e2e/support/browser.ts';

/** Lighthouse's four category scores (0..100) for each URL, with the system Chromium. */
export async function lighthouseScores(urls: string[]): Promise<Record<string, Record<string, number>>> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const out: Record<string, Record<string, number>> = {};
    for (const url of urls) {
      // Desktop preset: a static reading site; mobile emulation is covered by the 320 px checks.
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'desktop',
            screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
            throttlingMethod: 'simulate',
          },
        },
      );
      const categories = result!.lhr.categories;
      out[url] = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    }
    return out;
  } finally {
    chrome.kill();
  }
}

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, findChromium } from '../e2e/support/browser.ts';

/** Lighthouse's two stock presets, as PageSpeed Insights runs them. */
export type LighthousePreset = 'mobile' | 'desktop';

/**
 * Lighthouse's four category scores (0..100) for each URL, with the system Chromium.
 *
 * Each preset is Lighthouse's own, unchanged: its default (a mid-range phone on slow 4G with a
 * 4x slower CPU) or its desktop config (dense 4G, no CPU slowdown), so each score is the one
 * PageSpeed Insights would show. Mixing one preset's network with the other's score curves
 * measures no real device and swings with the machine's load.
 */
export async function lighthouseScores(urls: string[], preset: LighthousePreset): Promise<Record<string, Record<string, number>>> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const out: Record<string, Record<string, number>> = {};
    for (const url of urls) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      const categories = result!.lhr.categories;
      out[url] = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
    }
    return out;
  } finally {
    chrome.kill();
  }
}

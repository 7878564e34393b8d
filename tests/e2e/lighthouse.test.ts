import { describe, expect, inject, it } from 'vitest';
import { lighthouseScores, type LighthousePreset } from '../support/lighthouse.ts';
import { pageTypes } from './support/pageTypes.ts';

describe('Lighthouse', () => {
  it.each<LighthousePreset>(['mobile', 'desktop'])(
    'scores at least 95 in every category on the home, a claim and an article page (%s preset)',
    async (preset) => {
      const types = pageTypes();
      const urls = [types.home!, types.claim!, types.article!].map((p) => new URL(p, inject('siteUrl')).href);
      const scores = await lighthouseScores(urls, preset);
      for (const url of urls) {
        for (const [category, score] of Object.entries(scores[url]!))
          expect(score, `${category} on ${url} (${preset})`).toBeGreaterThanOrEqual(95);
      }
    },
    240_000,
  );
});

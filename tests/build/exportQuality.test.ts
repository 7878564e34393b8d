import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordnet } from '../../src/data/loadWordnet.ts';
import { DIST } from '../e2e/support/site.ts';
import { evaluateFixture, score } from '../support/evaluate.ts';

const STORY = 'rwanda-us-deportation-talks';
const expectedPath = join('tests/fixtures/alignment', STORY, 'expected.json');

describe('the exported seed story', () => {
  // Quality is measured on the aligner's groups; readers and the reference scoring get the
  // exported claims, after the published-id lock and the editorial overrides. Those must not
  // cost pairs the aligner found.
  it('pairs the sentences the aligner pairs: the published claims score what the aligner scores', () => {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { claims: Record<string, string[]> };
    const data = JSON.parse(readFileSync(join(DIST, 'data', `${STORY}.json`), 'utf8')) as {
      claims: { mentions: { article: string; anchor: string }[] }[];
    };
    const exported = score(
      data.claims.map((c) => c.mentions.map((m) => `${m.article.split('_')[0]}:${m.anchor}`)),
      Object.values(expected.claims),
    );
    const aligned = evaluateFixture(expectedPath, { synsets: loadWordnet() });
    expect(exported.f1).toBeGreaterThanOrEqual(aligned.f1 - 0.005);
    expect(exported.precision).toBeGreaterThanOrEqual(aligned.precision - 0.005);
  });
});

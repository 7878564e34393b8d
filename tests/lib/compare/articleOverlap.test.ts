import { describe, expect, it } from 'vitest';
import { articleOverlap } from '../../../src/lib/compare/articleOverlap.ts';
import { uniqueSentences } from '../../../src/lib/compare/uniqueSentences.ts';
import { runStory, seedArticles } from '../../support/seedStory.ts';

describe('articleOverlap', () => {
  it('measures copied wording: an article and its near-copy share most five-word runs', () => {
    const [a] = seedArticles();
    const copy = { ...a!, id: 'copy', body: a!.body.replace('Monday', 'Sunday') };
    const other = seedArticles()[2]!;
    const cells = articleOverlap(runStory([a!, copy, other]));
    const pair = (x: string, y: string) => cells.find((c) => (c.a === x && c.b === y) || (c.a === y && c.b === x))!;
    expect(pair(a!.id, 'copy').wording).toBeGreaterThan(0.9);
    expect(pair(a!.id, other.id).wording).toBeLessThan(0.1);
    expect(pair(a!.id, 'copy').claims).toBeGreaterThan(pair(a!.id, other.id).claims);
  });

  it('has one cell per pair of articles', () => {
    expect(articleOverlap(runStory(seedArticles()))).toHaveLength(10);
  });
});

describe('uniqueSentences', () => {
  it('lists only reporting sentences that no claim contains', () => {
    const story = runStory(seedArticles());
    const aligned = new Set(story.claims.flatMap((c) => c.mentions.map((m) => `${m.article}#${m.anchor}`)));
    const unique = uniqueSentences(story);
    const all = [...unique.values()].flat();
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) {
      expect(aligned.has(`${s.article}#${s.anchor}`)).toBe(false);
      expect(s.kind).toBe('text');
      expect(s.repeated).toBe(false);
    }
  });
});

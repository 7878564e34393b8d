import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';

const FIXTURES = 'tests/fixtures/segment';

describe('segmentArticle on article fixtures', () => {
  it.each(readdirSync(FIXTURES))('segments %s as expected.json says', (name) => {
    const body = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    const { paragraphs } = segmentArticle({ id: name, language: 'en', body });
    expect(
      paragraphs.map((p) => ({
        kind: p.kind,
        ...(p.repeatOf !== undefined ? { repeatOf: p.repeatOf } : {}),
        sentences: p.sentences.map((s) => s.text),
      })),
    ).toEqual(expected.paragraphs);
  });
});

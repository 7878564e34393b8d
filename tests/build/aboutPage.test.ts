import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discrepancyText } from '../../src/messages.ts';
import { DIST } from '../e2e/support/site.ts';
import { findAll, readHtml, text } from '../support/html.ts';

const page = readHtml(join(DIST, 'about', 'index.html'));
const index = JSON.parse(readFileSync(join(DIST, 'data', 'index.json'), 'utf8')) as { stories: { id: string }[] };

describe('the "How this site works" page', () => {
  it('explains every kind of difference a claim page can list', () => {
    const terms = findAll(page, (el) => el.tagName === 'dt').map(text);
    expect(terms).toEqual(Object.values(discrepancyText.heading));
    const explanations = findAll(page, (el) => el.tagName === 'dd').map(text);
    expect(explanations.every((e) => e.length > 20)).toBe(true);
  });

  it('links the data of every story, and is linked from every page footer', () => {
    const links = findAll(page, (el) => el.tagName === 'a').map((a) => String(a.properties.href));
    for (const { id } of index.stories) expect(links.some((href) => href.endsWith(`/data/${id}.json`))).toBe(true);
    const home = readHtml(join(DIST, 'index.html'));
    const footer = findAll(home, (el) => el.tagName === 'footer')[0]!;
    expect(findAll(footer, (el) => el.tagName === 'a').map((a) => String(a.properties.href))).toContainEqual(
      expect.stringMatching(/\/about\/$/),
    );
  });

  it('states the confidence under which a match is shown as possible', () => {
    expect(text(page)).toMatch(/Under 0\.6 it is shown as a “possible match”/);
  });
});

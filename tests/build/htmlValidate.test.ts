import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/support/site.ts';

// One rule is configured: the search box follows the ARIA combobox pattern, whose popup is a
// listbox of options by definition; a native <select> cannot show results as you type.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'prefer-native-element': ['error', { exclude: ['listbox', 'option'] }] },
});
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('valid HTML (html-validate, recommended rules)', () => {
  it('finds pages to check', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pages)('%s has no errors', async (file) => {
    const report = await validator.validateFile(join(DIST, file));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

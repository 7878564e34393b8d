import { describe, expect, it } from 'vitest';
import { plainTextToMarkdown } from '../../src/data/plainTextToMarkdown.ts';
import { parseMarkdown } from '../../src/lib/segment/parseMarkdown.ts';

describe('plainTextToMarkdown', () => {
  it('gives back every line as one paragraph, verbatim, whatever Markdown would make of it', () => {
    const lines = [
      '# Not a heading',
      '* not a list',
      '1. not a numbered list',
      'A <b>tag</b>, an &amp; entity and a <script>alert(1)</script>',
      'Under_score, *stars*, `code` and [a](link)',
      '> not a quote',
      '---',
      'Rwanda’s “quoted” words — verbatim.',
    ];
    expect(parseMarkdown(plainTextToMarkdown(lines.join('\n'))).map((b) => [b.tag, b.text])).toEqual(lines.map((l) => ['p', l]));
  });

  it('drops blank lines and the spaces around a line, and reads Windows and old Mac line ends', () => {
    expect(parseMarkdown(plainTextToMarkdown('  First.  \r\n\r\n\rSecond.\rThird.')).map((b) => b.text)).toEqual([
      'First.',
      'Second.',
      'Third.',
    ]);
  });
});

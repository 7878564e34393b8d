import { describe, expect, it } from 'vitest';
import { diffWordings } from '../../../src/lib/compare/diffWordings.ts';

const changed = (base: string, other: string) =>
  diffWordings(base, other)
    .filter((s) => s.type !== 'same')
    .map((s) => `${s.type}:${s.text.trim()}`);

describe('diffWordings', () => {
  it('marks a changed word as a deletion and an insertion', () => {
    expect(changed('the talks are ongoing', 'the talk is ongoing')).toEqual(['del:talks are', 'ins:talk is']);
  });

  it('ignores curly versus straight quotation marks', () => {
    expect(changed('“We have not yet reached a stage,” he said.', '"We have not yet reached a stage," he said.')).toEqual([]);
  });

  it('ignores apostrophe style and case but keeps each wording verbatim', () => {
    const segments = diffWordings('We’re still in the Early stages.', "we're still in the early stages.");
    expect(segments).toEqual([{ type: 'same', text: "we're still in the early stages." }]);
  });

  it('reads a number as one word, whatever its decimal or thousands mark ("4.4%", "4,1", "12.000")', () => {
    expect(changed('eased to 4.1% from 4.4%.', 'slowed to 4.1%.')).toEqual(['del:eased', 'ins:slowed', 'del:from 4.4%']);
    expect(changed('It cost 12,000 euros, or 4.1%.', 'It cost 12.000 euros, or 4,1%.')).toEqual([]);
    expect(changed('It rose 4.1%.', 'It rose 4.2%.')).toEqual(['del:4.1', 'ins:4.2']);
  });

  it('reports punctuation differences', () => {
    expect(changed('Still in the early stages.', 'Still in the early stages?')).toEqual(['del:.', 'ins:?']);
  });

  it('rebuilds both wordings exactly from the segments', () => {
    const base = '“We want to send you some of the most despicable human beings to your countries.”';
    const other = '“We want to work with other countries to send you some of the sleazy people to your country.';
    const segments = diffWordings(base, other);
    expect(
      segments
        .filter((s) => s.type !== 'del')
        .map((s) => s.text)
        .join(''),
    ).toBe(other);
    expect(
      segments
        .filter((s) => s.type !== 'ins')
        .map((s) => s.text)
        .join('')
        .toLowerCase(),
    ).toBe(base.toLowerCase());
  });
});

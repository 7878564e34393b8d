import { describe, expect, it } from 'vitest';
import { collateWordings } from '../../../src/lib/compare/collateWordings.ts';

const w = (article: string, text: string) => ({ article, anchor: 'p1-s1', text });

describe('collateWordings', () => {
  const collation = collateWordings(w('a', 'We have not yet reached a stage where we can say'), [
    w('b', 'We have not yet reached the stage where we can say'),
    w('c', 'We haven’t yet reached a stage where we can say'),
  ]);

  it('gives every wording one row with the same number of columns', () => {
    expect(collation.rows.map((r) => r.article)).toEqual(['a', 'b', 'c']);
    for (const row of collation.rows) expect(row.cells).toHaveLength(collation.agreed.length);
  });

  it('marks where all wordings agree and where they branch', () => {
    expect(collation.agreed).toContain(true);
    expect(collation.agreed).toContain(false);
    const branch = collation.agreed.findIndex((a) => !a);
    expect(new Set(collation.rows.map((r) => r.cells[branch])).size).toBeGreaterThan(1);
  });

  it('reads each wording back from its row', () => {
    const read = (article: string) =>
      collation.rows
        .find((r) => r.article === article)!
        .cells.filter(Boolean)
        .join(' ')
        .replace(/\s+/g, ' ');
    expect(read('a')).toBe('We have not yet reached a stage where we can say');
    expect(read('b')).toBe('We have not yet reached the stage where we can say');
    expect(read('c')).toBe('We haven’t yet reached a stage where we can say');
  });

  it('keeps a number whole in one column ("4.1", "4,1")', () => {
    const numbers = collateWordings(w('a', 'eased to 4.1% from 4.4%.'), [w('b', 'slowed to 4.1%.'), w('c', 'sank to 4,1 percent.')]);
    const column = numbers.rows[0]!.cells.findIndex((cell) => cell?.includes('4.1'));
    expect(numbers.agreed[column]).toBe(true);
    expect(numbers.rows.map((r) => r.cells[column])).toEqual(['to 4.1', 'to 4.1', 'to 4,1']);
  });
});

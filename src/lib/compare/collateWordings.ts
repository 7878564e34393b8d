import { diffWordsWithSpace } from 'diff';
import type { Collation } from '../types.ts';
import { normaliseForDiff } from './normaliseForDiff.ts';

/**
 * Collates three or more wordings into an alignment table, the way textual-collation tools
 * (CollateX, Juxta) draw one: the base wording is the pivot, every other wording is aligned to
 * it word by word with the `diff` package, and text a wording adds gets its own column. Runs
 * of columns where all wordings agree are merged, so the table shows where they branch.
 */
export function collateWordings(
  base: { article: string; anchor: string; text: string },
  others: { article: string; anchor: string; text: string }[],
): Collation {
  const baseTokens = tokens(base.text);
  const starts: number[] = [];
  baseTokens.reduce((offset, token) => (starts.push(offset), offset + token.length), 0);
  const tokenAt = (offset: number) => {
    const i = starts.findIndex((s, k) => s <= offset && offset < s + baseTokens[k]!.length);
    return i === -1 ? baseTokens.length : i;
  };
  // Work in character offsets: the diff package's tokens need not match ours one for one.
  const witnesses = others.map((w) => {
    const aligned: (string | null)[] = Array.from({ length: baseTokens.length }, () => null);
    const inserted: string[] = Array.from({ length: baseTokens.length + 1 }, () => '');
    let b = 0;
    let o = 0;
    for (const change of diffWordsWithSpace(normaliseForDiff(base.text), normaliseForDiff(w.text))) {
      const length = change.value.length;
      if (change.added) {
        inserted[tokenAt(b)] += w.text.slice(o, o + length);
        o += length;
      } else if (change.removed) {
        b += length;
      } else {
        baseTokens.forEach((token, i) => {
          if (starts[i]! >= b && starts[i]! + token.length <= b + length)
            aligned[i] = w.text.slice(o + starts[i]! - b, o + starts[i]! - b + token.length);
        });
        b += length;
        o += length;
      }
    }
    return { ...w, aligned, inserted };
  });
  const columns: { cells: (string | null)[] }[] = [];
  for (let i = 0; i <= baseTokens.length; i += 1) {
    if (witnesses.some((w) => w.inserted[i]!.trim() !== '')) {
      columns.push({ cells: [null, ...witnesses.map((w) => (w.inserted[i]!.trim() ? w.inserted[i]! : null))] });
    }
    if (i < baseTokens.length) columns.push({ cells: [baseTokens[i]!, ...witnesses.map((w) => w.aligned[i] ?? null)] });
  }
  const key = (cell: string | null) => (cell === null ? null : normaliseForDiff(cell).trim());
  const agrees = (c: { cells: (string | null)[] }) => c.cells.every((cell) => cell !== null && key(cell) === key(c.cells[0]!));
  // Merge neighbouring columns of the same kind (all agree / some differ) into one.
  const merged: { cells: (string | null)[]; agreed: boolean }[] = [];
  for (const column of columns) {
    const agreed = agrees(column);
    const last = merged.at(-1);
    const blank = column.cells.every((cell) => cell === null || cell.trim() === '');
    if (last && (last.agreed === agreed || blank)) {
      last.cells = last.cells.map((cell, r) => (cell === null && column.cells[r] === null ? null : (cell ?? '') + (column.cells[r] ?? '')));
    } else {
      merged.push({ cells: [...column.cells], agreed });
    }
  }
  const rows = [base, ...others].map((w, r) => ({
    article: w.article,
    anchor: w.anchor,
    cells: merged.map((c) => (c.cells[r]?.trim() ? c.cells[r]!.trim() : null)),
  }));
  return { agreed: merged.map((c) => c.agreed), rows };
}

/** Word and space tokens, as `diffWordsWithSpace` splits them (a number with its marks is one, see normaliseForDiff). */
function tokens(text: string): string[] {
  return text.match(/\s+|\d+(?:[.,]\d+)+|[\p{L}\p{N}_’'-]+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

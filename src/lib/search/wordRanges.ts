/**
 * Widens matched character ranges (inclusive `[start, end]`, as Fuse reports them) to whole
 * words and merges ranges that touch. A fuzzy match of "peple" then marks "people", not "pe"
 * and "ple" around an unmarked "o". Single characters are dropped first: Fuse reports stray
 * one-letter hits, and widening them would mark words the query never matched.
 */
export function wordRanges(text: string, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const inWord = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}’'-]/u.test(text[i]!);
  const widened = ranges
    .filter(([start, end]) => end > start)
    .map(([start, end]): [number, number] => {
      let s = start;
      let e = end;
      while (inWord(s - 1)) s -= 1;
      while (inWord(e + 1)) e += 1;
      return [s, e];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of widened) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

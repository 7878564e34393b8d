const STOP = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'la', 'du', 'des']);

/**
 * Finds the acronyms a story uses for multi-word names ("UK" for "United Kingdom", "UNHCR"
 * for "UN High Commissioner for Refugees"): returns lower-cased phrase -> acronym. Only
 * acronyms that actually appear in the story are kept, so nothing is guessed.
 */
export function findAcronyms(texts: string[]): Map<string, string> {
  const acronyms = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6}\b/g)) acronyms.add(m[0].replace(/\./g, ''));
  }
  const aliases = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b\p{Lu}[\p{L}-]*(?:\s+(?:of|for|the|and)?\s*\p{Lu}[\p{L}-]*)+/gu)) {
      const words = m[0].split(/\s+/);
      // Try every sub-run of capitalised words, so "The Rwandan United Nations" still finds "UN".
      for (let i = 0; i < words.length; i += 1) {
        for (let j = i + 2; j <= words.length; j += 1) {
          const run = words.slice(i, j);
          if (STOP.has(run[0]!.toLowerCase())) continue;
          const initials = run
            .filter((w) => !STOP.has(w.toLowerCase()))
            .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0]!.toUpperCase()))
            .join('');
          if (initials.length >= 2 && acronyms.has(initials)) aliases.set(run.join(' ').toLowerCase(), initials.toLowerCase());
        }
      }
    }
  }
  return aliases;
}

import type { SynsetLookup } from '../types.ts';

/** Options of {@link wordnetSynsets}. */
export interface WordnetOptions {
  /** Senses kept per part of speech: later senses are rare and add noise. Default: 2. */
  senses?: number;
}

// WordNet's "morphy" detachment rules (wn(7WN)): inflected form -> base form, per part of
// speech. Written out here because no maintained npm package exposes morphy without also
// reading the database files itself (which the pure pipeline cannot do).
const RULES: Record<string, [string, string][]> = {
  n: [
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
    ['s', ''],
  ],
  v: [
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
    ['s', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/**
 * Builds a synset lookup from the text of WordNet's `index.noun`, `index.verb`, `index.adj`
 * and `index.adv` files (keyed by part of speech `n`, `v`, `a`, `r`). Inflected words are
 * reduced with morphy's rules, so "talks", "cancelled" and "deported" find their lemmas.
 */
export function wordnetSynsets(indexes: Partial<Record<'n' | 'v' | 'a' | 'r', string>>, { senses = 2 }: WordnetOptions = {}): SynsetLookup {
  const tables = new Map<string, Map<string, string[]>>();
  for (const [pos, text] of Object.entries(indexes)) {
    const table = new Map<string, string[]>();
    for (const line of text.split('\n')) {
      if (line.startsWith(' ') || line.length === 0) continue; // licence header
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
      table.set(
        fields[0]!,
        offsets.slice(0, senses).map((o) => `${pos}${o}`),
      );
    }
    tables.set(pos, table);
  }
  const cache = new Map<string, string[]>();
  return (word) => {
    const key = word.toLowerCase();
    const cached = cache.get(key);
    if (cached) return cached;
    const found = new Set<string>();
    for (const [pos, table] of tables) {
      const direct = table.get(key);
      if (direct) {
        direct.forEach((s) => found.add(s));
        continue;
      }
      for (const [suffix, replacement] of RULES[pos] ?? []) {
        if (!key.endsWith(suffix) || key.length <= suffix.length + 2) continue;
        const base = key.slice(0, key.length - suffix.length) + replacement;
        // A doubled final consonant is undone: "cancelled" -> "cancel", "biggest" -> "big" (morphy's exception lists).
        const hit = table.get(base) ?? ((pos === 'v' || pos === 'a') && /(.)\1$/.test(base) ? table.get(base.slice(0, -1)) : undefined);
        if (hit) {
          hit.forEach((s) => found.add(s));
          break;
        }
      }
    }
    const result = [...found];
    cache.set(key, result);
    return result;
  };
}

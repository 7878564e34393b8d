import type { Figure, SentenceRecord } from '../types.ts';

/**
 * Per figure `owned` picks in the sentences, the person it belongs to: the one person its
 * sentence names besides the sentence's speaker ("sentenced Karl Hemmer to seven years", "Lena
 * Voss was condemned to four years"). A sentence naming nobody or two people gives none: whose
 * figure it is, the words do not say.
 */
export function figureOwners(sentences: SentenceRecord[], owned: (figure: Figure) => boolean): Map<Figure, string> {
  const owners = new Map<Figure, string>();
  for (const s of sentences) {
    const named = new Set(s.facts.people.map((p) => p.person).filter((p): p is string => !!p && p !== s.facts.speaker));
    if (named.size !== 1) continue;
    const [owner] = named;
    for (const f of s.facts.figures) if (owned(f)) owners.set(f, owner!);
  }
  return owners;
}

import type { PersonMention, Quote } from '../types.ts';

/** Verbs that attribute words to someone, in the forms news copy uses. */
const SPEECH_VERBS =
  'said|says|say|told|tells|stated|states|added|adds|explained|explains|asked|asks|warned|warns|insisted|insists|declared|declares|noted|notes|argued|argues|claimed|claims|confirmed|confirms|announced|announces|emphasized|emphasised|stressed|replied|wrote|writes|tweeted|posted|acknowledged|admitted|suggested|indicated|called|calls|described|describes|spoke of|speaks of|blamed|blames|urged|urges|accused|accuses|criticised|criticized|criticises|criticizes|according to';

const PRONOUN = /^(he|she|they)$/i;

/**
 * Finds who a sentence attributes its words to: a named person next to a speech verb
 * ("Rubio said", "said Rubio", "according to Rubio"), or a pronoun subject ("he explained")
 * resolved by the caller from context. Returns a person's written name, `'pronoun'`, or nothing.
 */
export function findSpeaker(sentence: string, quotes: Quote[], people: PersonMention[]): string | 'pronoun' | undefined {
  // Look only outside the quotations: a name inside a quote is who is talked about.
  let outside = sentence;
  for (const q of quotes) outside = outside.slice(0, q.start) + ' '.repeat(q.end - q.start) + outside.slice(q.end);
  const verb = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'gi');
  const verbs = [...outside.matchAll(verb)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, text: m[0].toLowerCase() }));
  if (verbs.length === 0) return undefined;
  const positions = people.map((p) => ({ name: p.text, at: outside.indexOf(p.text) })).filter((p) => p.at >= 0);
  let best: { name: string; gap: number } | undefined;
  for (const v of verbs) {
    for (const p of positions) {
      // "according to X" looks forward; other verbs take a subject before them or an
      // inverted subject right after ("said Rubio").
      const gap = v.text === 'according to' ? p.at - v.end : p.at < v.at ? v.at - (p.at + p.name.length) : p.at - v.end;
      if (gap < 0 || gap > 60) continue;
      if (!best || gap < best.gap) best = { name: p.name, gap };
    }
  }
  if (best) return best.name;
  for (const v of verbs) {
    // "he said", "he explicitly stated": a pronoun up to two words before the verb.
    const before = outside.slice(0, v.at).trim().split(/\s+/).slice(-2);
    if (before.some((w) => PRONOUN.test(w.replace(/[^\p{L}]/gu, '')))) return 'pronoun';
  }
  return undefined;
}

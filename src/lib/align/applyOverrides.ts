import { parse as parseYaml } from 'yaml';
import { overrideErrors } from '../../messages.ts';
import type { Claim, SentenceRecord } from '../types.ts';
import { overridesSchema, type Overrides } from './overridesSchema.ts';

/** Thrown when `claims.yaml` is invalid or names something that does not exist. */
export class OverrideError extends Error {
  override name = 'OverrideError';
}

/**
 * Applies an editor's `claims.yaml` to the generated claims: split, merge, per-claim edits
 * (remove or pin sentences, retitle, re-slug, hide). Anything it names must exist, otherwise
 * the build stops: a silently ignored correction would publish what the editor fixed.
 * `rebuild` re-describes a claim after its sentences changed.
 */
export function applyOverrides(
  claims: Claim[],
  source: { file: string; text: string },
  sentences: SentenceRecord[],
  rebuild: (mentions: Claim['mentions'], base: Claim) => Claim,
): Claim[] {
  const overrides = parseOverrides(source);
  const file = source.file;
  let result = [...claims];
  const find = (id: string) => {
    const claim = result.find((c) => c.id === id);
    if (!claim) throw new OverrideError(overrideErrors.unknownClaim(file, id));
    return claim;
  };
  const sentenceFor = (ref: { article: string; sentence: string }) => {
    if (!sentences.some((s) => s.article === ref.article)) throw new OverrideError(overrideErrors.unknownArticle(file, ref.article));
    const record = sentences.find((s) => s.article === ref.article && s.anchor === ref.sentence);
    if (!record) throw new OverrideError(overrideErrors.unknownSentence(file, ref.article, ref.sentence));
    return record;
  };
  const mentionOf = (s: SentenceRecord) => ({
    article: s.article,
    paragraph: s.paragraph,
    sentence: s.index,
    anchor: s.anchor,
    text: s.text,
    confidence: 1,
  });
  const same = (a: { article: string; anchor: string }, b: { article: string; anchor: string }) =>
    a.article === b.article && a.anchor === b.anchor;

  for (const split of overrides.split ?? []) {
    const claim = find(split.claim);
    const moved = split.sentences.map(sentenceFor);
    const rest = claim.mentions.filter((m) => !moved.some((s) => same(m, s)));
    const created = rebuild(
      moved.map((s) => claim.mentions.find((m) => same(m, s)) ?? mentionOf(s)),
      claim,
    );
    result = result.map((c) => (c === claim ? rebuild(rest, claim) : c));
    result.push({ ...created, id: split.slug, ...(split.title ? { title: split.title } : {}) });
  }
  for (const group of overrides.merge ?? []) {
    const [keep, ...others] = group.map(find);
    const mentions = [...keep!.mentions];
    for (const other of others) {
      for (const m of other!.mentions) if (!mentions.some((x) => same(x, m))) mentions.push(m);
    }
    const merged = { ...rebuild(mentions, keep!), id: keep!.id, title: keep!.title };
    result = result.filter((c) => !others.includes(c)).map((c) => (c === keep ? merged : c));
  }
  const hidden = new Set<string>();
  for (const [id, edit] of Object.entries(overrides.claims ?? {})) {
    const claim = find(id);
    let mentions = claim.mentions;
    for (const ref of edit.remove ?? []) {
      const s = sentenceFor(ref);
      mentions = mentions.filter((m) => !same(m, s));
    }
    for (const ref of edit.add ?? []) {
      const s = sentenceFor(ref);
      mentions = [...mentions.filter((m) => !same(m, s)), mentionOf(s)];
    }
    const edited = mentions === claim.mentions ? claim : { ...rebuild(mentions, claim), id: claim.id, title: claim.title };
    const final = { ...edited, ...(edit.title ? { title: edit.title } : {}), ...(edit.slug ? { id: edit.slug } : {}) };
    if (edit.hide) hidden.add(final.id);
    result = result.map((c) => (c === claim ? final : c));
  }
  const ids = new Set<string>();
  for (const c of result) {
    if (ids.has(c.id)) throw new OverrideError(overrideErrors.duplicateSlug(file, c.id));
    ids.add(c.id);
  }
  return result.filter((c) => !hidden.has(c.id));
}

function parseOverrides({ file, text }: { file: string; text: string }): Overrides {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    throw new OverrideError(overrideErrors.invalid(file, '(file)', `is not valid YAML (${String(error).split('\n')[0]})`));
  }
  const parsed = overridesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OverrideError(overrideErrors.invalid(file, issue.path.join('.') || '(top level)', issue.message));
  }
  return parsed.data;
}

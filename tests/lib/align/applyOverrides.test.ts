import { describe, expect, it } from 'vitest';
import { runStory, seedArticles } from '../../support/seedStory.ts';

const seed = runStory(seedArticles());
const [first, second, third] = seed.claims as [(typeof seed.claims)[0], (typeof seed.claims)[0], (typeof seed.claims)[0]];
const withYaml = (text: string) => runStory(seedArticles(), { overrides: { file: 'content/stories/seed/claims.yaml', text } });
const ref = (m: { article: string; anchor: string }) => `{ article: ${m.article}, sentence: ${m.anchor} }`;

describe('editorial overrides (claims.yaml)', () => {
  it('retitles and re-slugs a claim', () => {
    const result = withYaml(`claims:\n  ${first.id}:\n    title: The minister says talks are early\n    slug: minister-early-talks\n`);
    const claim = result.claims.find((c) => c.id === 'minister-early-talks')!;
    expect(claim.title).toBe('The minister says talks are early');
    expect(claim.mentions).toEqual(first.mentions);
    expect(result.claims.some((c) => c.id === first.id)).toBe(false);
  });

  it('hides a claim', () => {
    const result = withYaml(`claims:\n  ${second.id}:\n    hide: true\n`);
    expect(result.claims.map((c) => c.id)).not.toContain(second.id);
    expect(result.claims).toHaveLength(seed.claims.length - 1);
  });

  it('removes a member sentence and pins another with full confidence', () => {
    const removed = first.mentions[0]!;
    const pinned = third.mentions[0]!;
    const result = withYaml(`claims:\n  ${first.id}:\n    remove: [${ref(removed)}]\n    add: [${ref(pinned)}]\n`);
    const claim = result.claims.find((c) => c.id === first.id)!;
    expect(claim.mentions.some((m) => m.anchor === removed.anchor && m.article === removed.article)).toBe(false);
    expect(claim.mentions.find((m) => m.anchor === pinned.anchor && m.article === pinned.article)?.confidence).toBe(1);
  });

  it('merges two claims into the first', () => {
    const result = withYaml(`merge:\n  - [${first.id}, ${second.id}]\n`);
    const merged = result.claims.find((c) => c.id === first.id)!;
    expect(merged.mentions).toHaveLength(first.mentions.length + second.mentions.length);
    expect(result.claims.some((c) => c.id === second.id)).toBe(false);
  });

  it('splits sentences out of a claim into a new one', () => {
    const moved = first.mentions.slice(0, 2);
    const result = withYaml(
      `split:\n  - claim: ${first.id}\n    slug: split-off\n    title: Split off\n    sentences: [${moved.map(ref).join(', ')}]\n`,
    );
    expect(result.claims.find((c) => c.id === 'split-off')!.mentions).toHaveLength(2);
    expect(result.claims.find((c) => c.id === first.id)!.mentions).toHaveLength(first.mentions.length - 2);
  });

  it.each([
    [
      'an unknown claim',
      'claims:\n  no-such-claim:\n    hide: true\n',
      /claims\.yaml names claim "no-such-claim", which this story does not have/,
    ],
    [
      'an unknown article',
      `claims:\n  __FIRST__:\n    add: [{ article: nope, sentence: p1-s1 }]\n`,
      /names article "nope", which is not in this story/,
    ],
    [
      'an unknown sentence',
      `claims:\n  __FIRST__:\n    add: [{ article: 000_62748baa91cba768, sentence: p99-s9 }]\n`,
      /names sentence "p99-s9" of article "000_62748baa91cba768", which does not exist/,
    ],
    ['a mistyped field', `claims:\n  __FIRST__:\n    hidden: true\n`, /claims\.yaml: "claims\.[a-z0-9-]+" /],
    ['a malformed anchor', `claims:\n  __FIRST__:\n    remove: [{ article: a, sentence: "3" }]\n`, /must be a sentence anchor like p3-s1/],
    [
      'two claims given one slug',
      `claims:\n  __FIRST__:\n    slug: same\n  __SECOND__:\n    slug: same\n`,
      /gives the slug "same" to two claims/,
    ],
    ['invalid YAML', 'claims: [unclosed', /is not valid YAML/],
  ])('stops the build on %s with a message naming the file', (_name, yaml, message) => {
    expect(() => withYaml(yaml.replace('__FIRST__', first.id).replace('__SECOND__', second.id))).toThrow(message);
  });
});

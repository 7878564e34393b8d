import { describe, expect, it } from 'vitest';
import { lockText } from '../../src/lib/align/lockText.ts';
import type { Claim } from '../../src/lib/types.ts';
import { runStory, seedArticles, short } from '../support/seedStory.ts';

const seed = runStory(seedArticles());
const articlesOf = (claim: Claim) => new Set(claim.mentions.map((m) => short(m.article)));
const claimWith = (claims: Claim[], test: (text: string) => boolean) => claims.find((c) => c.mentions.some((m) => test(m.text)));

describe('processStory on the seed story', () => {
  it('groups the “early stage” remark of all five articles into one quote claim by Nduhungirehe', () => {
    const claim = claimWith(seed.claims, (t) => t.includes('Still in the early stages'))!;
    expect(claim.kind).toBe('quote');
    expect(claim.speaker).toBe('Olivier Nduhungirehe');
    expect(articlesOf(claim)).toEqual(new Set(['000', '001', '002', '003', '004']));
  });

  it('groups the three articles quoting “not yet reached a stage”', () => {
    const claim = claimWith(seed.claims, (t) => t.includes('not yet reached a stage'))!;
    expect([...articlesOf(claim)]).toEqual(expect.arrayContaining(['000', '001', '004']));
    expect(
      claim.mentions
        .filter((m) => /reached (a|the) stage/.test(m.text))
        .map((m) => short(m.article))
        .sort(),
    ).toEqual(['000', '001', '004']);
    expect(claim.discrepancies.some((d) => d.type === 'quote-wording')).toBe(true);
  });

  it('aligns the Rubio quote in three articles: the machine-translated “sleazy people … as a boon” and a paraphrase quoting part of it', () => {
    const claim = claimWith(seed.claims, (t) => t.includes('despicable human beings to your countries'))!;
    expect(claim.speaker).toBe('Marco Rubio');
    expect(claim.mentions.some((m) => m.text.includes('sleazy people'))).toBe(true);
    expect(claim.mentions.some((m) => m.text.includes('explicitly stated'))).toBe(true);
    expect(articlesOf(claim)).toEqual(new Set(['000', '001', '004']));
  });

  it('titles every claim with verbatim text of one of its wordings, a figure claim with its figure in view', () => {
    for (const claim of seed.claims) {
      const excerpt = claim.title
        .replace(/^…/, '')
        .replace(/…(”?)$/, '$1')
        .replace(/^[^:]*: “|”$/g, '');
      expect(
        claim.mentions.some((m) => m.text.includes(excerpt)),
        claim.title,
      ).toBe(true);
      if (claim.kind !== 'quote') expect(claim.title.length).toBeLessThanOrEqual(110);
    }
    const cost = claimWith(seed.claims, (t) => t.includes('£700 million'))!;
    expect(cost.kind).toBe('figure');
    expect(cost.title).toMatch(/£(700|50) million/);
  });

  it('aligns the UK deal cost and reports £700 million against £50 million', () => {
    const claim = claimWith(seed.claims, (t) => t.includes('£700 million'))!;
    expect(claim.mentions.some((m) => m.text.includes('£50 million'))).toBe(true);
    const amount = claim.discrepancies.find((d) => d.type === 'amount')!;
    // The article says "around £700 million": the qualifier stays with the amount.
    expect(amount.values.map((v) => v.value).sort()).toEqual(['around £700 million', '£50 million']);
  });

  it('reports the Monday/Sunday disagreement and the misspelled minister', () => {
    const claim = claimWith(seed.claims, (t) => t.includes('Still in the early stages'))!;
    const days = claim.discrepancies.find((d) => d.type === 'weekday')!;
    expect(new Set(days.values.map((v) => v.value))).toEqual(new Set(['Monday', 'Sunday']));
    // One article says Monday, the three others that date his interview Sunday (two in the
    // sentence before the one in the claim).
    expect(days.values.filter((v) => v.value === 'Sunday')).toHaveLength(3);
    const spelling = claim.discrepancies.find((d) => d.type === 'name-spelling')!;
    expect(spelling.values.map((v) => v.value)).toContain('Nduhungirefer');
  });

  it('reports across the whole story that one article calls Trump “Former President” and others “President”', () => {
    const title = seed.discrepancies.find((d) => d.type === 'title' && d.subject === 'Donald Trump')!;
    const byArticle = new Map(title.values.map((v) => [short(v.article), v.value]));
    expect(byArticle.get('002')).toBe('Former President');
    expect(byArticle.get('000')).toBe('President');
  });

  it('keeps a mid-article section label out of every claim, and headlines in', () => {
    const anchors = new Set(seed.claims.flatMap((c) => c.mentions.map((m) => `${short(m.article)}:${m.text}`)));
    expect(anchors.has('000:Early Talks On Migrant Relocation')).toBe(false);
    expect([...anchors].some((a) => a.startsWith('001:Rwanda in Talks with U.S.'))).toBe(true);
  });

  it('never counts boilerplate or repeated paragraphs as support', () => {
    const excluded = new Set(seed.sentences.filter((s) => s.repeated || s.kind === 'boilerplate').map((s) => `${s.article}#${s.anchor}`));
    expect(excluded.size).toBeGreaterThan(5);
    for (const claim of seed.claims) for (const m of claim.mentions) expect(excluded.has(`${m.article}#${m.anchor}`)).toBe(false);
  });

  it('gives every claim a unique readable slug, mentions verbatim text and confidences in 0..1', () => {
    const ids = seed.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of seed.claims) {
      expect(claim.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(claim.articleCount).toBeGreaterThanOrEqual(2);
      for (const m of claim.mentions) {
        const sentence = seed.sentences.find((s) => s.article === m.article && s.anchor === m.anchor)!;
        expect(m.text).toBe(sentence.text);
        expect(m.confidence).toBeGreaterThan(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(runStory(seedArticles()).claims)).toBe(JSON.stringify(seed.claims));
  });
});

describe('stable claim ids', () => {
  const keyOf = (m: { article: string; anchor: string }) => `${m.article}#${m.anchor}`;
  const lock = { file: 'claims.lock.yaml', text: lockText(seed.claims) };
  /** The published claim sharing the largest share (at least half) of `claim`'s sentences, if any. */
  const origin = (claim: Claim) => {
    const overlap = (c: Claim) =>
      claim.mentions.filter((m) => c.mentions.some((n) => keyOf(n) === keyOf(m))).length /
      Math.min(claim.mentions.length, c.mentions.length);
    const best = [...seed.claims].sort((a, b) => overlap(b) - overlap(a))[0];
    return best && overlap(best) >= 0.5 ? best : undefined;
  };

  it.each(seedArticles().map((a) => [short(a.id), a.id] as const))('survive removing article %s and adding it back', (_s, removed) => {
    const without = runStory(
      seedArticles().filter((a) => a.id !== removed),
      { lock },
    );
    const live = new Set(without.claims.map((c) => c.id));
    const retired = new Set(without.retired.map((r) => r.id));
    // Every published id still answers: as a claim, or as a regrouped claim pointing onwards.
    for (const claim of seed.claims) expect(live.has(claim.id) || retired.has(claim.id), claim.id).toBe(true);
    for (const r of without.retired) for (const successor of r.successors) expect(live.has(successor)).toBe(true);
    // A claim whose remaining sentences are those of a published claim keeps that claim's id.
    const remaining = (c: Claim) =>
      c.mentions
        .filter((m) => m.article !== removed)
        .map(keyOf)
        .sort()
        .join(' ');
    let compared = 0;
    for (const claim of without.claims) {
      const previous = seed.claims.find((c) => remaining(c) === remaining(claim));
      if (!previous) continue;
      compared += 1;
      expect(claim.id, claim.title).toBe(previous.id);
    }
    expect(compared).toBeGreaterThan(0);
    // With the article back, the story has exactly the ids it was published with.
    expect(new Set(runStory(seedArticles(), { lock }).claims.map((c) => c.id))).toEqual(new Set(seed.claims.map((c) => c.id)));
  });

  it('keep every published id in a lock file regenerated while an article is out, and come back with it', () => {
    const removed = seedArticles()[1]!.id;
    const without = runStory(
      seedArticles().filter((a) => a.id !== removed),
      { lock },
    );
    // The editor runs `npm run claims:lock` while the article is out, then restores the article.
    const regenerated = { file: 'claims.lock.yaml', text: lockText(without.claims, without.retired) };
    const after = runStory(
      seedArticles().filter((a) => a.id !== removed),
      { lock: regenerated },
    );
    const answering = new Set([...after.claims.map((c) => c.id), ...after.retired.map((r) => r.id)]);
    for (const published of seed.claims) expect(answering.has(published.id), published.id).toBe(true);
    expect(without.retired.length).toBeGreaterThan(0);
    const restored = runStory(seedArticles(), { lock: regenerated });
    expect(new Set(restored.claims.map((c) => c.id))).toEqual(new Set(seed.claims.map((c) => c.id)));
  });

  it('are the same without a lock file for claims the removed article was not part of', () => {
    const removed = seedArticles()[2]!.id;
    const without = runStory(seedArticles().filter((a) => a.id !== removed));
    for (const claim of without.claims) {
      const same = seed.claims.find((c) => c.mentions.map(keyOf).sort().join() === claim.mentions.map(keyOf).sort().join());
      if (same && !same.mentions.some((m) => m.article === removed)) expect(claim.id).toBe(same.id);
    }
  });

  it('do not depend on the order of the articles', () => {
    const reversed = runStory([...seedArticles()].reverse());
    expect(new Set(reversed.claims.map((c) => c.id))).toEqual(new Set(seed.claims.map((c) => c.id)));
  });

  it('do not change when an unrelated article joins the story', () => {
    const unrelated = {
      id: 'zzz-unrelated',
      language: 'en',
      body: 'The city council voted 7-2 on Tuesday to approve a new bridge across the harbour.\n\nConstruction will begin next spring.',
    };
    const grown = runStory([...seedArticles(), unrelated], { lock });
    for (const claim of grown.claims) {
      const previous = origin(claim);
      if (previous) expect(claim.id).toBe(previous.id);
    }
    expect(grown.claims.filter((c) => origin(c)).length).toBeGreaterThanOrEqual(seed.claims.length - 1);
  });

  it('give a new claim a fresh id when its slug is already locked by another claim', () => {
    const [first, second] = seed.claims;
    const clash = { file: 'claims.lock.yaml', text: `${second!.id}:\n  - "nowhere#p1-s1"\n` };
    const result = runStory(seedArticles(), { lock: clash });
    expect(result.claims.find((c) => c.title === second!.title)!.id).toBe(`${second!.id}-2`);
    expect(result.claims.find((c) => c.title === first!.title)!.id).toBe(first!.id);
  });
});

describe('processStory on awkward input', () => {
  const one = (body: string, id = 'a') => ({ id, language: 'en', body });

  it.each([
    ['no sentences', [one('   '), one('', 'b')]],
    ['one sentence', [one('Rwanda confirmed talks.'), one('Rwanda confirmed talks.', 'b')]],
    ['only quotes', [one('“We are ready.”\n\n“We will go.”'), one('“We are ready,” he said.', 'b')]],
    ['no quotes', [one('The council met on Tuesday.'), one('The council met on Monday.', 'b')]],
    ['a single article', [one('Only one article here. It has two sentences.')]],
    [
      'non-English text',
      [
        one('Le ministre a confirmé les discussions dimanche. « Nous en sommes au début », a-t-il dit.', 'fr'),
        one('Der Minister bestätigte am Sonntag die Gespräche.', 'de'),
      ],
    ],
  ] as const)('returns a result for %s', (_name, articles) => {
    const result = runStory([...articles]);
    expect(Array.isArray(result.claims)).toBe(true);
    expect(result.articles).toHaveLength(articles.length);
  });

  it('aligns a 50,000-word article against another without failing', () => {
    const paragraph = seedArticles()[0]!.body;
    const long = one(Array.from({ length: Math.ceil(50_000 / paragraph.split(/\s+/).length) }, () => paragraph).join('\n\n'), 'long');
    const result = runStory([long, seedArticles()[4]!]);
    expect(result.sentences.length).toBeGreaterThan(2000);
    expect(result.claims.length).toBeGreaterThan(0);
  });
});

describe('story introduction', () => {
  it('keeps the story.md body as sanitised text blocks', () => {
    const { story } = runStory(seedArticles().slice(0, 2), {
      body: '## Why this story\n\nEditors compared **five** reports. <script>alert(1)</script>\n',
    });
    expect(story.introduction).toEqual([
      { tag: 'h2', text: 'Why this story' },
      { tag: 'p', text: 'Editors compared five reports.' },
    ]);
  });
});

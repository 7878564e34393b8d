import { describe, expect, it } from 'vitest';
import { applyIdLock } from '../../../src/lib/align/applyIdLock.ts';
import type { Claim, IdLock } from '../../../src/lib/types.ts';

const claim = (id: string, ...anchors: string[]) =>
  ({ id, mentions: anchors.map((key) => ({ article: key.split('#')[0]!, anchor: key.split('#')[1]! })) }) as Claim;
const lock = (claims: Record<string, string[]>, retired: Record<string, string[]> = {}): IdLock => ({
  claims: new Map(Object.entries(claims).map(([id, s]) => [id, new Set(s)])),
  retired: new Map(Object.entries(retired).map(([id, s]) => [id, new Set(s)])),
});

describe('applyIdLock', () => {
  it('gives a claim the published id it shares at least half of its sentences with', () => {
    const { claims } = applyIdLock([claim('new-slug', 'a#p1-s1', 'b#p1-s1', 'c#p2-s1')], lock({ published: ['a#p1-s1', 'b#p1-s1'] }));
    expect(claims.map((c) => c.id)).toEqual(['published']);
  });

  it('keeps a retired id retired, pointing to the claims that hold its sentences now', () => {
    const result = applyIdLock(
      [claim('merged', 'a#p1-s1', 'b#p1-s1', 'c#p1-s1', 'd#p1-s1')],
      lock({ merged: ['a#p1-s1', 'b#p1-s1'] }, { gone: ['c#p1-s1', 'x#p9-s1', 'y#p9-s1'] }),
    );
    expect(result.claims.map((c) => c.id)).toEqual(['merged']);
    expect(result.retired).toEqual([{ id: 'gone', successors: ['merged'], sentences: ['c#p1-s1', 'x#p9-s1', 'y#p9-s1'] }]);
  });

  it('gives a retired id back to a claim that has its sentences again', () => {
    const result = applyIdLock([claim('fresh-slug', 'c#p1-s1', 'd#p1-s1')], lock({}, { returning: ['c#p1-s1', 'd#p1-s1'] }));
    expect(result.claims.map((c) => c.id)).toEqual(['returning']);
    expect(result.retired).toEqual([]);
  });

  it('never reuses a retired id for a different claim', () => {
    const { claims } = applyIdLock([claim('gone', 'q#p1-s1', 'r#p1-s1')], lock({}, { gone: ['c#p1-s1', 'd#p1-s1'] }));
    expect(claims.map((c) => c.id)).toEqual(['gone-2']);
  });
});

import { describe, expect, it } from 'vitest';
import { lockText } from '../../../src/lib/align/lockText.ts';
import { parseIdLock } from '../../../src/lib/align/parseIdLock.ts';
import type { Claim } from '../../../src/lib/types.ts';

const claim = (id: string, ...anchors: string[]) =>
  ({ id, mentions: anchors.map((key) => ({ article: key.split('#')[0]!, anchor: key.split('#')[1]! })) }) as Claim;

describe('lockText', () => {
  it('writes ids and sentences that parseIdLock reads back, retired ids included', () => {
    const text = lockText(
      [claim('b-claim', 'x#p2-s1', 'y#p1-s1'), claim('a-claim', 'x#p1-s1')],
      [{ id: 'old-claim', successors: ['a-claim'], sentences: ['x#p1-s1', 'z#p4-s2'] }],
    );
    const lock = parseIdLock({ file: 'claims.lock.yaml', text });
    expect([...lock.claims.keys()]).toEqual(['a-claim', 'b-claim']);
    expect(lock.claims.get('b-claim')).toEqual(new Set(['x#p2-s1', 'y#p1-s1']));
    expect(lock.retired).toEqual(new Map([['old-claim', new Set(['x#p1-s1', 'z#p4-s2'])]]));
  });

  it('writes no retired section when nothing was retired', () => {
    expect(lockText([claim('a-claim', 'x#p1-s1')])).not.toContain('_retired');
  });
});

describe('parseIdLock', () => {
  it('says which file and field is wrong, and how to fix it', () => {
    expect(() => parseIdLock({ file: 'claims.lock.yaml', text: 'a-claim: "x#p1-s1"\n' })).toThrow(
      /claims\.lock\.yaml.*top level.*npm run claims:lock/,
    );
    expect(() => parseIdLock({ file: 'claims.lock.yaml', text: '_retired:\n  - "x#p1-s1"\n' })).toThrow(
      /claims\.lock\.yaml.*_retired.*npm run claims:lock/,
    );
    expect(() => parseIdLock({ file: 'claims.lock.yaml', text: 'a: [\n' })).toThrow(/not valid YAML/);
  });

  it('reads an empty file as no lock', () => {
    expect(parseIdLock({ file: 'claims.lock.yaml', text: '' })).toEqual({ claims: new Map(), retired: new Map() });
  });
});

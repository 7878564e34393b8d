import { describe, expect, it } from 'vitest';
import { dropSubsumed } from '../../../src/lib/align/dropSubsumed.ts';

describe('dropSubsumed', () => {
  it('drops a group whose every sentence another group holds, core or extra', () => {
    // The headlines' group (0, 2, 4 with their ledes 1, 3, 5 as extras) and the ledes' group.
    const headlines = { core: [0, 2, 4], extra: [1, 3, 5, 7] };
    const ledes = { core: [1, 3, 5], extra: [0, 2, 4] };
    expect(dropSubsumed([ledes, headlines])).toEqual([headlines]);
  });

  it('keeps the first of two groups holding the same sentences', () => {
    const crowd = { core: [4, 9], extra: [] };
    const again = { core: [9], extra: [4] };
    expect(dropSubsumed([crowd, again])).toEqual([crowd]);
  });

  it('keeps groups that only overlap: a lede in two claims is no claim inside another', () => {
    const event = { core: [0, 2, 4], extra: [] };
    const cost = { core: [0, 6], extra: [] };
    expect(dropSubsumed([event, cost])).toEqual([event, cost]);
  });

  it('keeps a published claim inside a group most of whose published sentences belong to another', () => {
    const large = { core: [0, 2, 4, 6, 8], extra: [] };
    const small = { core: [0, 2], extra: [] };
    const lock = new Map([
      [0, 'uk-deal-cost'],
      [2, 'uk-deal-cost'],
      [4, 'starmer-scrapped-deal'],
      [6, 'starmer-scrapped-deal'],
      [8, 'starmer-scrapped-deal'],
    ]);
    expect(dropSubsumed([large, small], { lockOf: (k) => lock.get(k) })).toEqual([large, small]);
    // Published under the holder's own id, or not at all, it goes.
    expect(dropSubsumed([large, small], { lockOf: (k) => (k === 8 ? undefined : 'starmer-scrapped-deal') })).toEqual([large]);
    expect(dropSubsumed([large, small], { lockOf: (k) => (k >= 4 ? 'starmer-scrapped-deal' : undefined) })).toEqual([large]);
  });

  it('drops each of a chain of nested groups down to the largest', () => {
    const groups = [
      { core: [0, 2], extra: [] },
      { core: [0, 2, 4], extra: [] },
      { core: [0, 2, 4, 6], extra: [] },
    ];
    expect(dropSubsumed(groups)).toEqual([groups[2]]);
  });
});

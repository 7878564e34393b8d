import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/lib/segment/findDateline.ts';

describe('findDateline', () => {
  it.each([
    ['NORVIK, Vessland (AP) — Floods forced 12,000 people from their homes.', 'NORVIK, Vessland (AP) — '],
    ['NORVIK, Nov 25 (Reuters) - Two people died.', 'NORVIK, Nov 25 (Reuters) - '],
    ['KIGALI, Rwanda, May 5 (AFP) -- Rwanda said.', 'KIGALI, Rwanda, May 5 (AFP) -- '],
    ['NEW YORK (AP) — Stocks fell.', 'NEW YORK (AP) — '],
    ['WASHINGTON — The U.S. said.', 'WASHINGTON — '],
    ['(Reuters) - Two people died.', '(Reuters) - '],
  ])('finds the dateline of "%s"', (sentence, dateline) => {
    expect(findDateline(sentence)).toBe(dateline);
  });

  it.each([
    'Rwanda’s government has confirmed the talks.',
    'US - Rwanda talks continue.',
    'UK-Rwanda deal — a history.',
    'Torrential rain - 140mm in two days - fell.',
  ])('finds none in "%s"', (sentence) => {
    expect(findDateline(sentence)).toBeUndefined();
  });
});

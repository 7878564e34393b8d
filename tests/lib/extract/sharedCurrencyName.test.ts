import { describe, expect, it } from 'vitest';
import { sharedCurrencyName } from '../../../src/lib/extract/sharedCurrencyName.ts';

describe('sharedCurrencyName', () => {
  it('names the shared name a national currency goes by, known or not ("KES" and "KORLAN SHILLING" are shillings)', () => {
    expect(sharedCurrencyName('KES')).toEqual({ name: 'SHILLING', bare: false });
    expect(sharedCurrencyName('KORLAN SHILLING')).toEqual({ name: 'SHILLING', bare: false });
    expect(sharedCurrencyName('RWF')).toEqual({ name: 'FRANC', bare: false });
  });

  it('marks the name alone as bare, kronor and kroner as one', () => {
    expect(sharedCurrencyName('SHILLING')).toEqual({ name: 'SHILLING', bare: true });
    expect(sharedCurrencyName('KRONA')).toEqual({ name: 'KRONE', bare: true });
    expect(sharedCurrencyName('SEK')).toEqual({ name: 'KRONE', bare: false });
  });

  it('gives no shared name to currencies a name alone already picks out (dollars, pounds, euros)', () => {
    expect(sharedCurrencyName('USD')).toBeUndefined();
    expect(sharedCurrencyName('AUD')).toBeUndefined();
    expect(sharedCurrencyName('EUR')).toBeUndefined();
  });
});

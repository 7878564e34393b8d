import { describe, expect, it } from 'vitest';
import { currencyOf } from '../../../src/lib/extract/currencyOf.ts';

describe('currencyOf', () => {
  it('reads symbols, codes and names of one country’s currency', () => {
    expect(['£', '$', 'C$', 'CHF', 'yen', 'roubles'].map((w) => currencyOf(w))).toEqual(['GBP', 'USD', 'CAD', 'CHF', 'JPY', 'RUB']);
  });

  it('assigns a name many countries share only with its country, and never defaults it to the dollar', () => {
    expect(currencyOf('francs')).toBe('FRANC');
    expect(currencyOf('francs', 'Swiss')).toBe('CHF');
    expect(currencyOf('kronor', 'Swedish')).toBe('SEK');
    expect(currencyOf('dollars', 'Australian')).toBe('AUD');
    expect(currencyOf('dollars', 'Lisvarian')).toBe('LISVARIAN DOLLAR');
    expect(currencyOf('yen', 'Japanese')).toBe('JPY');
  });

  it('reads the currencies of Turkey, Israel, the Czech Republic, Romania and Korea, with their country where others share the name', () => {
    expect(currencyOf('lira', 'Turkish')).toBe('TRY');
    expect(currencyOf('lira')).toBe('LIRA');
    expect(currencyOf('shekels')).toBe('ILS');
    expect(currencyOf('korunas', 'Czech')).toBe('CZK');
    expect(currencyOf('lei', 'Romanian')).toBe('RON');
    expect(currencyOf('won', 'South Korean')).toBe('KRW');
    expect(currencyOf('florins')).toBe('FLORIN');
  });

  it('reads "crowns", as translations render kroner, as the krone, and with a country as its currency', () => {
    expect(currencyOf('crowns')).toBe(currencyOf('kroner'));
    expect(currencyOf('crowns', 'Swedish')).toBe('SEK');
    expect(currencyOf('crowns', 'Czech')).toBe('CZK');
  });
});

/**
 * Whether two amounts are one written with its digits in another order ("19" and "91", "3.4"
 * and "4.3", "205,000" and "250,000"), as a slip makes them; `minDigits` (default 2) is the
 * fewest digits that may count, since "67" seats and "76" for a majority are two amounts.
 */
export function isTransposed(a: number, b: number, minDigits = 2): boolean {
  const digits = (x: number) => [...String(x).replace(/\D/g, '')].sort().join('');
  return a !== b && digits(a) === digits(b) && digits(a).length >= minDigits;
}

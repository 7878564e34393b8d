/** A tally or score with the larger number first ("1-2" -> "2-1"): a score either way round ("won 2-1", "lost 1-2") is one result. */
export function tallyKey(value: string): string {
  const [a, b] = value.split('-').map(Number);
  return a! >= b! ? `${a}-${b}` : `${b}-${a}`;
}

/** Minutes after midnight of a clock time as figures store it ("06:15" is 375). */
export function clockMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

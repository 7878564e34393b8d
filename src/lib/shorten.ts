/** Cuts text at a word boundary before `max` characters (mid-word only when no space falls in its second half), marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max).replace(/[\s,;:—–-]+$/, '')}…`;
}

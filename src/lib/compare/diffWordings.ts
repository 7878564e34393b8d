import { diffWordsWithSpace } from 'diff';
import type { DiffSegment } from '../types.ts';
import { normaliseForDiff } from './normaliseForDiff.ts';

/**
 * Word-level differences between a base wording and another, with the `diff` package. The
 * comparison ignores quotation-mark style, dash style and case (normaliseForDiff), but every
 * segment returned is verbatim text of the original wordings.
 */
export function diffWordings(base: string, other: string): DiffSegment[] {
  const changes = diffWordsWithSpace(normaliseForDiff(base), normaliseForDiff(other));
  const segments: DiffSegment[] = [];
  let inBase = 0;
  let inOther = 0;
  const push = (type: DiffSegment['type'], text: string) => {
    const last = segments.at(-1);
    if (last && last.type === type) last.text += text;
    else if (text) segments.push({ type, text });
  };
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      push('ins', other.slice(inOther, inOther + length));
      inOther += length;
    } else if (change.removed) {
      push('del', base.slice(inBase, inBase + length));
      inBase += length;
    } else {
      push('same', other.slice(inOther, inOther + length));
      inBase += length;
      inOther += length;
    }
  }
  return absorbSpaces(segments);
}

/** Whitespace between two changes reads better inside the change than as a lone "same" piece. */
function absorbSpaces(segments: DiffSegment[]): DiffSegment[] {
  return segments.filter((s, i) => {
    if (s.type !== 'same' || s.text.trim() !== '') return true;
    const prev = segments[i - 1];
    const next = segments[i + 1];
    if (prev && next && prev.type !== 'same' && next.type !== 'same') {
      prev.text += s.text;
      return false;
    }
    return true;
  });
}

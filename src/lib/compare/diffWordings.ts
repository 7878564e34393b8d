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

/**
 * Reads "talks are" -> "talk is" as one change, not two: whitespace between two changes joins
 * both sides of the change, and each run of changes becomes one deletion then one insertion
 * (so each wording still reads back exactly from its segments).
 */
function absorbSpaces(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ type: 'del', text: del });
    if (ins) out.push({ type: 'ins', text: ins });
    del = '';
    ins = '';
  };
  segments.forEach((segment, i) => {
    const between =
      segment.type === 'same' && segment.text.trim() === '' && (del || ins) && segments[i + 1] && segments[i + 1]!.type !== 'same';
    if (between) {
      del += segment.text;
      ins += segment.text;
    } else if (segment.type === 'del') {
      del += segment.text;
    } else if (segment.type === 'ins') {
      ins += segment.text;
    } else {
      flush();
      out.push(segment);
    }
  });
  flush();
  return out;
}

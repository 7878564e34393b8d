import { MONTH_PATTERN } from './monthPattern.ts';
/** A place in capitals ("NORVIK", "NEW YORK", "ST. LOUIS"), then the region or country and a date. */
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]{2,}(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:,?\s+${MONTH_PATTERN}\s+\d{1,2})?`;
/** The agency in brackets ("(AP)", "(Reuters)", "(AFP)"). */
const AGENCY = String.raw`\([\p{L}][\p{L}\d .&/-]{1,30}\)`;
// A place, an agency or both, then a dash: "NORVIK, Vessland (AP) — ", "WASHINGTON — ",
// "(Reuters) - ".
const DATELINE = new RegExp(String.raw`^(?:${PLACE}\s*(?:${AGENCY}\s*)?|${AGENCY}\s*)[—–-]{1,2}\s+`, 'u');

/**
 * The wire dateline that opens a lede ("NORVIK, Nov 25 (Reuters) - "), as written, if any. It
 * stays in the sentence (article text is shown verbatim) but reports nothing: its place,
 * agency and date are no part of the claim.
 */
export function findDateline(sentence: string): string | undefined {
  return DATELINE.exec(sentence)?.[0];
}

import { MONTH_PATTERN } from './monthPattern.ts';
import type { BlockContext, ParagraphKind } from '../types.ts';

/** Options of {@link classifyParagraph}. */
export interface ClassifyOptions {
  /**
   * Patterns of boilerplate lines (links to other stories, newsletter prompts, credits).
   * Default: {@link DEFAULT_BOILERPLATE}.
   */
  boilerplate?: RegExp[];
  /** Longest line, in words, that may be a headline or caption. Default: 20. */
  maxHeadingWords?: number;
}

/** Picture agencies whose name alone on a line is a photo credit. */
const PHOTO_AGENCIES = String.raw`getty images|reuters|ap photo|ap|afp|epa|alamy|shutterstock|pa media|pa wire|anadolu|xinhua|sipa`;

/** Lines that publishers add around every story; matched at the start of a paragraph. */
export const DEFAULT_BOILERPLATE: RegExp[] = [
  /^(read|see) (also|more)\b/i,
  /^also read\b/i,
  /^related( stories| articles| coverage)?\s*:/i,
  /^(more|recommended)( stories)?\s*:/i,
  /^(subscribe|sign up|follow us|click here|share this|advertisement\b|download our app)/i,
  /^(photo|image|video|credit|source|copyright|©)\s*:/i,
  // A photo credit on its own line: in brackets ("(Getty Images)"), or the agency alone or
  // with its photographer ("AP Photo/John Smith", "Reuters/Pia Lund").
  new RegExp(String.raw`^\((?:${PHOTO_AGENCIES})\b[^()]*\)$`, 'i'),
  new RegExp(String.raw`^(?:${PHOTO_AGENCIES})(?:\s*/\s*[\p{L} .'’-]+)?$`, 'iu'),
  // A correction or update note about the article itself.
  /^this (article|story|report) (was|has been) (amended|corrected|updated|changed)\b/i,
  /^(correction|clarification|editor['’]s note)\s*:/i,
  // An interview's note on its own editing ("This interview has been edited for length and clarity.").
  /^\(?(this|the) (interview|conversation|transcript|exchange|q&a)\b.{0,40}\b(edited|condensed|abridged|shortened|translated)\b/i,
  /^watch\s*:/i,
  // The story's tags or topics listed at its foot ("Tags: Rwanda, Migration").
  /^(tags|topics|filed under|categories|more on these topics)\s*:/i,
  // Agency and publisher trailers: copyright lines, reporting credits, update notes.
  /^(copyright|©)\s*\d{4}\b/i,
  /\ball rights reserved\.?$/i,
  /^\(?(reporting|writing|editing|additional reporting) by\b/i,
  /^our standards\s*:/i,
  /^this (article|story) (was|has been) (originally |first )?(published|updated)\b/i,
  /^(updated|last updated|published)\s*:/i,
  /^(listen to this article|share on (facebook|twitter|x|linkedin|whatsapp))\b/i,
  /^(get|sign up for) (the|our)\b.*\bnewsletter\b/i,
  // Bylines ("By Jane Doe and John Roe, Reuters"): names only, no sentence after them.
  /^[Bb]y\s+(?:(?:\p{Lu}[\p{L}.'’-]*|and|&)\s*)+(?:,[^.]*)?$/u,
  // A line that is only a date and time ("November 24, 2026 10:32 AM GMT", "24 Nov 2026, 10:32").
  new RegExp(
    String.raw`^(?:(?:updated|published|posted)\s*:?\s*)?(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+${MONTH_PATTERN}|${MONTH_PATTERN}\s+\d{1,2}),?\s+\d{4}(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?$`,
    'iu',
  ),
  // A picture's credit as some outlets label it ("Image source, Getty Images").
  /^(image|photo|picture|video|media) source\s*[,:]/i,
  // Or as others do ("Image credit: Getty Images", "Photograph: Jane Doe/Reuters", "Photo courtesy of the family").
  /^(image|photo|picture|photograph|video|media) (credits?|courtesy)\b\s*(of\b|[,:])/i,
  /^photograph\s*:/i,
  // A video player's notice where the video was not scraped.
  /^(this video can ?not be played|to play this video you need\b|your device may not support)/i,
  // Invitations to follow, contact or write to the outlet (a handle or an address in them).
  /^follow\b.{0,60}\b(on|at)\s+(twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\b/i,
  /^(contact|email|e-mail|write to)\b.{0,80}[\w.+-]+@[\w-]+\.[\w.]+\.?$/i,
  /^have you been affected\b/i,
  /^(related internet links|the bbc is not responsible for the content of external sites)/i,
  // A page's own timestamps, as scraped pages carry them ("Published 3 hours ago | Updated 1 hour ago").
  /^(?:(?:first |last )?(?:published|updated|posted)\s*:?\s*(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b[\s|·•,;-]*)+$/i,
  // A label for the list under it ("Key points:", "What we know").
  /^(key (points|facts|takeaways)|what we know( so far)?|in brief|at a glance|highlights|the latest|in short)\s*:?\s*$/i,
  // A live blog's notice about itself ("Our live coverage has now ended", "Follow our live blog").
  /^(our|this) live (coverage|blog|updates)\b/i,
  /^(follow|read) (our|the) live (coverage|blog|updates)\b/i,
  /^follow (our|all (of )?our|the latest) (coverage|updates|reporting)\b/i,
];

/**
 * Classifies a block as reporting text, headline, caption/attribution line or boilerplate.
 * Headlines and captions are recognised by shape (short, no closing punctuation, mostly
 * capitalised words or the article's first line), so they work for any outlet.
 */
export function classifyParagraph(block: BlockContext, options: ClassifyOptions = {}): ParagraphKind {
  const { boilerplate = DEFAULT_BOILERPLATE, maxHeadingWords = 20 } = options;
  const text = block.text.trim();
  if (boilerplate.some((pattern) => pattern.test(text))) return 'boilerplate';
  if (/^h[1-6]$/.test(block.tag)) return 'heading';
  if (block.tag === 'figcaption') return 'caption';
  // A table's header row labels its columns; its data rows report.
  if (block.tag === 'th') return 'heading';
  if (block.tag === 'tr') return 'text';
  // A list's item is one entry of the list, however short ("6.4-inch OLED screen").
  if (block.tag === 'li') return 'text';
  // A caption its outlet labels as one ("Image caption: Residents wade through …", "Media caption, Watch: …").
  if (/^(image|photo|picture|video|media) caption\s*[,:]/i.test(text)) return 'caption';
  const words = text.split(/\s+/);
  // The line under a picture, in italics or short and unpunctuated as captions are (a lede
  // under a picture is neither), or a line with a photo credit in it ("… Photo: Jane Doe/AP").
  const endsLikeSentence = /[.!?…:;,"”’)]$/.test(text);
  const underPicture = block.afterImage && (block.italic || (!endsLikeSentence && words.length <= 25));
  if (
    words.length <= 40 &&
    (underPicture || /\b(?:photo(?:graph)?|image|picture)\s*:\s*\p{Lu}|\b(?:photo|photograph)\s+by\s+\p{Lu}/iu.test(text))
  )
    return 'caption';
  // A quotation's attribution line ("— Marco Rubio (@SecRubio) March 26, 2025"), as embedded
  // posts and block quotations end.
  if (words.length <= 20 && /^[—–]\s*\p{Lu}/u.test(text)) return 'caption';
  // A bold line that states nothing (no full stop) labels what follows: a section's name or,
  // in an interview, the interviewer's question ("**Will you appeal?**").
  if (block.bold && words.length <= maxHeadingWords && !/[.!;:,]["”’)]?$/.test(text)) return 'heading';
  if (endsLikeSentence || words.length > maxHeadingWords) return 'text';
  // An article's opening line without closing punctuation is its headline, in sentence case
  // ("Three dead as fire rips through chemical store") as much as in title case.
  if (block.previous === undefined) return 'heading';
  // A short line after a paragraph that is only a quotation names whoever said it.
  const previous = block.previous?.trim() ?? '';
  if (/^[“"‘]/.test(previous) && /[”"’]$/.test(previous) && words.length <= 10) return 'caption';
  const lettered = words.filter((w) => /^\p{L}/u.test(w));
  const capitalised = lettered.filter((w) => /^\p{Lu}/u.test(w));
  return lettered.length > 0 && capitalised.length / lettered.length >= 0.5 ? 'heading' : 'text';
}

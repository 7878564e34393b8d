import type { Discrepancy, Figure, Person, SentenceRecord } from '../types.ts';
import { figureDiscrepancies } from './figureDiscrepancies.ts';
import { personDiscrepancies } from './personDiscrepancies.ts';
import { quoteDiscrepancies } from './quoteDiscrepancies.ts';
import { speakerDiscrepancies } from './speakerDiscrepancies.ts';

/** Options of {@link findDiscrepancies}. */
export interface DiscrepancyOptions {
  /** The story's people, to report misspelled names. Default: none. */
  people?: Person[];
  /**
   * Members that support the claim as a second one (see alignSentences): their figures mostly
   * belong to their first claim, so they are never reported as given by only some articles.
   * Default: none.
   */
  secondary?: Set<SentenceRecord>;
  /** The story's sentences: an article that gives an amount anywhere does not leave it out. Default: the members. */
  story?: SentenceRecord[];
  /** Figures the members give for another of their claims (see figuresOfOtherClaims): never reported as left out here. Default: none. */
  otherClaims?: Set<Figure>;
  /** Of those, the amounts that read as another claim's figure (see figuresOfOtherClaims): set against none here. Default: none. */
  otherReadings?: Set<Figure>;
  /** Amounts only another claim's articles state (see figuresOfOtherClaims): never reported as left out here. Default: none. */
  statedElsewhere?: Set<Figure>;
}

/**
 * Lists where the articles reporting one claim differ: amounts, counts, weekdays and dates,
 * the amounts only some of them give, a person's title ("former President" vs "President"),
 * the spelling of a name, and for quotations the quoted wording and who is quoted. Each entry gives every
 * article's value, so readers see who wrote what. Only differences between articles count;
 * one article's own repetition does not.
 */
export function findDiscrepancies(
  members: SentenceRecord[],
  kind: 'quote' | 'figure' | 'statement',
  {
    people = [],
    secondary = new Set(),
    story = members,
    otherClaims = new Set(),
    otherReadings = new Set(),
    statedElsewhere = new Set(),
  }: DiscrepancyOptions = {},
): Discrepancy[] {
  return [
    ...figureDiscrepancies(members, secondary, story, otherClaims, otherReadings, statedElsewhere),
    ...personDiscrepancies(members, people),
    ...(kind === 'quote' ? [...quoteDiscrepancies(members), ...speakerDiscrepancies(members, people, secondary)] : []),
  ];
}

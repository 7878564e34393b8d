import type { FigureKind, GroupMembers, SentenceGroup, SentenceRecord } from '../types.ts';
import { alignableSentences } from './alignableSentences.ts';
import { amountClaims } from './amountClaims.ts';
import { amountKey } from './amountKey.ts';
import { clusterPairs, type ClusterOptions } from './clusterPairs.ts';
import { coheres } from './coheres.ts';
import { dropSubsumed } from './dropSubsumed.ts';
import { dropWeakLinks } from './dropWeakLinks.ts';
import { figureMatches } from './figureMatches.ts';
import { fillGaps, type GapOptions } from './fillGaps.ts';
import { findAcronyms } from './findAcronyms.ts';
import { followLinks } from './followLinks.ts';
import { headlineLinks } from './headlineLinks.ts';
import { ledeMatches } from './ledeMatches.ts';
import { ledeSecondClaims } from './ledeSecondClaims.ts';
import { mayJoin } from './mayJoin.ts';
import { meanBestMatch } from './meanBestMatch.ts';
import { mergeByAmount } from './mergeByAmount.ts';
import { mergeSupporting } from './mergeSupporting.ts';
import { mutualBestMatches } from './mutualBestMatches.ts';
import { namedAges } from './namedAges.ts';
import { nameStems } from './nameStems.ts';
import { pairSimilarities, type PairOptions } from './pairSimilarities.ts';
import { quoteOverlap } from './quoteOverlap.ts';
import { relativePositions } from './relativePositions.ts';
import { residualMatches } from './residualMatches.ts';
import { rivalCounts } from './rivalCounts.ts';
import { secondaryMatches } from './secondaryMatches.ts';
import { splitByAmount } from './splitByAmount.ts';
import { strongMatches } from './strongMatches.ts';
import { sentenceFeatures, type FeatureOptions } from './sentenceFeatures.ts';
import { sentenceTerms } from './sentenceTerms.ts';
import { yearApart } from './yearApart.ts';
import { similarityLookup } from './similarityLookup.ts';
import { subheadingLinks } from './subheadingLinks.ts';
import { summaryPairs } from './summaryPairs.ts';
import { unquotedHeadline } from './unquotedHeadline.ts';

/** Kinds of figure that count as evidence for a sentence with few words (see minTerms). */
const EVIDENCE_KINDS: ReadonlySet<FigureKind> = new Set(['money', 'percent', 'count', 'measure', 'tally', 'time', 'date']);

/** Options of {@link alignSentences}. */
export interface AlignOptions extends PairOptions, Pick<ClusterOptions, 'threshold'>, Omit<FeatureOptions, 'aliases'> {
  /**
   * A sentence already in one group also supports another group when its average similarity
   * to that group's sentences from other articles reaches this. Default: the threshold.
   */
  secondaryThreshold?: number;
  /**
   * A sentence joins a second group only if it matches it at least this share as well as its
   * own group, so a paraphrase of one claim does not also support its neighbour. Default: 0.8.
   */
  secondaryRatio?: number;
  /** A sentence joins a second group only if it shares at least this many words, people or figures with it. Default: 2. */
  secondaryMinShared?: number;
  /** Sentences with fewer comparable words, people, speakers and amounts are not aligned (too little evidence). Default: 2. */
  minTerms?: number;
  /**
   * A sentence in no group joins its mutual best match's group (see mutualBestMatches) when
   * their pair scores at least this times the threshold; `false` turns it off. Default: 1.25.
   */
  mutualBest?: number | false;
  /**
   * A sentence in no group joins the group it matches best on average among those whose core
   * has a sentence it matches at least this times the threshold (see strongMatches); `false`
   * turns it off. Default: 1.5.
   */
  strongMatch?: number | false;
  /**
   * A grouped sentence also supports another group when the evidence its own group does not
   * explain matches that group on average at least this times the threshold (see
   * residualMatches); `false` turns it off. Default: 1.25.
   */
  residual?: number | false;
  /**
   * A sentence stating an exact amount (money, a percentage, a time of day, a count of a named thing) that a
   * group's sentences state also supports that group when its average similarity to it reaches
   * this times the threshold (see figureMatches); `false` turns it off. Default: 0.5.
   */
  figureSupport?: number | false;
  /**
   * A sentence in no group that gives another number of what a group's sentences count, or of
   * its money, close enough to be a rival reading ("24 months" against "18 months", or digits
   * transposed, "53rd minute" against "35th minute"; a percentage only so, "52%" for "25%"), or
   * a sentence in another group that gives a slip of it (digits transposed), joins that group
   * when its average similarity to it reaches this times the threshold (see rivalCounts);
   * `false` turns it off. Default: 0.3.
   */
  rivalCounts?: number | false;
  /**
   * An article's first sentence that is no headline, in no group, joins the group holding the
   * most other articles' first sentences (two at least) when its average similarity to it
   * reaches this times the threshold (see ledeMatches); `false` turns it off. Default: 0.5.
   */
  ledeSupport?: number | false;
  /**
   * An article's first sentence that is no headline, already in a group, also joins each other
   * group whose core it matches (its best match in each other article, averaged) at least this
   * times the threshold and at least half as well as its own group (see ledeSecondClaims);
   * `false` turns it off. Default: 1.
   */
  ledeSecondClaims?: number | false;
  /**
   * A sentence in no group that states an exact amount other articles state forms a claim
   * with them when its average similarity to them reaches this times the threshold, and so do
   * two sentences in no group whose counts of one thing are one number transposed (see
   * amountClaims); `false` turns it off. Default: 0.3.
   */
  amountClaims?: number | false;
  /**
   * A group whose extra members are another group's core sentences from two articles merges
   * into it when its core matches the other's at least this times the threshold (see
   * mergeSupporting). Default: 0.6.
   */
  supportingLinkage?: number;
  /**
   * A group whose articles, two or more, all stand in another group merges with it (in the
   * clustering, and through second claims) only when it matches it at least this share of how
   * well it matches itself (see coheres). Default: 0.6.
   */
  cohesion?: number;
  /**
   * A sentence stating an exact amount only a minority of its group states leaves the group
   * for a claim of its own when it matches the rest less than this times the threshold (see
   * splitByAmount). Default: 0.5.
   */
  splitLinkage?: number;
  /**
   * The same for an amount two articles each give beside a rival of its kind (two figures, see
   * splitByAmount), and for money two articles each give apart from the rest of the claim: the
   * sentence leaves unless it matches the rest this times the threshold. Default: 2.
   */
  splitLinkageApart?: number;
  /**
   * A linked headline or lede follows its partner into a group (see followLinks), or stays in
   * the group they were clustered into (see dropWeakLinks), only when its own average similarity
   * to the rest of the group reaches this times the threshold. Default: 0.3.
   */
  followLinkage?: number;
  /** Pairing of unaligned sentences at the same place in two articles that share an order (see fillGaps); `false` turns it off. Default: on. */
  gaps?: GapOptions | false;
  /**
   * An article's headline and its first sentence start in one group: a headline summarises the
   * lede, in words often too few to match other articles on their own. So do a subheading that
   * summarises its entry and the sentence under it (see subheadingLinks). Default: true.
   */
  linkHeadlines?: boolean;
  /** Published claims (`claims.lock.yaml`): id -> `article#anchor` sentences. Two never merge. Default: none. */
  locked?: Map<string, Set<string>>;
}

/**
 * Words that qualify what a sentence says and say nothing themselves (stems): an answer ("Not
 * yet.", "Yes.") is no claim, though both words still count as shared when two sentences match.
 */
const PARTICLES = new Set(['not', 'no', 'yet', 'ye', 'still', 'also', 'just', 'onli', 'even', 'alreadi', 'never'].map((w) => `w:${w}`));

/** Groups sentences from different articles that report the same claim (only alignableSentences take part). */
export function alignSentences(sentences: SentenceRecord[], options: AlignOptions = {}): SentenceGroup[] {
  const { threshold = 0.16, minTerms = 2 } = options;
  const secondaryThreshold = options.secondaryThreshold ?? threshold;
  const { secondaryRatio = 0.8, secondaryMinShared = 2 } = options;
  const alignable = alignableSentences(sentences);
  const eligible = sentences.map((s, i) => ({ s, i })).filter(({ i }) => alignable[i]);
  const aliases = findAcronyms(sentences.map((s) => s.text));
  const byArticle = Map.groupBy(sentences, (s) => s.article);
  const vectors = eligible.map(({ s }) => sentenceFeatures(unquotedHeadline(s, byArticle.get(s.article)!), { ...options, aliases }));
  // An amount is evidence as good as a word ("Turnout was 72%."), and so are a vote's tally, a
  // time of day and a date ("The vote was 31 to 24."); a weekday, a month or a year alone is not.
  const amounts = (s: SentenceRecord) => s.facts.figures.filter((f) => EVIDENCE_KINDS.has(f.kind)).length;
  // So is the person who speaks: "She said she had resigned." names Mahl and what she said.
  const evidence = (f: string) => (f.startsWith('w:') && !PARTICLES.has(f)) || f.startsWith('@') || f.startsWith('s:');
  const terms = eligible.map(({ s }, k) => [...vectors[k]!.keys()].filter(evidence).length + amounts(s));
  const enough = terms.map((n) => n >= minTerms);
  const articleNames = [...new Set(sentences.map((s) => s.article))];
  const eligibleArticle = eligible.map(({ s }) => articleNames.indexOf(s.article));
  const linking = options.linkHeadlines !== false;
  const subheadings = linking
    ? subheadingLinks(
        eligible.map(({ s }) => s),
        vectors,
        eligibleArticle,
        sentences,
      ).filter(([, text]) => enough[text])
    : [];
  // A subheading summarising its entry takes part through its link, however few its words.
  const summaries = new Set(subheadings.map(([heading]) => heading));
  const keep = enough.map((yes, k) => yes || summaries.has(k));
  const usable = eligible.filter((_, k) => keep[k]);
  const usableVectors = vectors.filter((_, k) => keep[k]);
  const articleOf = eligibleArticle.filter((_, k) => keep[k]);
  // Where each eligible sentence is among the usable ones (-1: left out).
  let kept = 0;
  const usableIndex = keep.map((k) => (k ? kept++ : -1));
  // Stems of each sentence's direct quotations (not scare-quoted fragments), and the synsets of each.
  const synonymsOfStem = new Map<string, readonly string[]>();
  const quoteStems = usable.map(
    ({ s }) =>
      new Set(
        s.facts.quotes
          .filter((q) => !q.fragment)
          .flatMap((q) =>
            sentenceTerms({ ...s, text: q.text }).map((t) => {
              if (options.synsets && !synonymsOfStem.has(t.stem)) synonymsOfStem.set(t.stem, options.synsets(t.word));
              return t.stem;
            }),
          ),
      ),
  );
  // A translated quotation keeps the sense in synonyms ("I have committed errors" for "I have
  // made mistakes"): they count as shared quoted words.
  const quoteSynonyms = (stem: string) => synonymsOfStem.get(stem) ?? [];
  const speakers = usable.map(({ s }) => s.facts.speaker);
  const names = usable.map(({ s }) => nameStems(s.text));
  const positions = relativePositions(articleOf);
  // A subheading of a word or two ("14:32 Kitchens", "11:48 Minimum wage") matches through its
  // text as much as through itself (see summaryPairs).
  const pairs = summaryPairs(
    pairSimilarities(usableVectors, articleOf, { quoteStems, quoteSynonyms, speakers, positions, names, ...options }),
    new Map(subheadings.filter(([heading]) => terms[heading]! <= 2).map(([heading, text]) => [usableIndex[heading]!, usableIndex[text]!])),
    usable.length,
  );
  // A sentence published in two claims (secondary support) constrains neither.
  const lockOfSentence = new Map<string, string | undefined>();
  for (const [id, members] of options.locked ?? [])
    for (const key of members) lockOfSentence.set(key, lockOfSentence.has(key) ? undefined : id);
  const lockOf = usable.map(({ s }) => lockOfSentence.get(`${s.article}#${s.anchor}`));
  const quotesOverlap = (i: number, j: number) => quoteOverlap(quoteStems[i]!, quoteStems[j]!, quoteSynonyms).same;
  // Two groups never merge when they hold different published claims, when one is an earlier
  // event dated to a year the other never gives (see yearApart), or when both contain direct
  // quotations and no quotation of one shares words with any of the other: one claim is about
  // one quote, however alike the surrounding reporting is.
  const apartInTime = yearApart(
    usable.map(({ s }) => s),
    articleOf,
  );
  const canMerge = (x: number[], y: number[]) => {
    const locks = new Set([...x, ...y].map((i) => lockOf[i]).filter((l) => l !== undefined));
    if (locks.size > 1 || apartInTime(x, y)) return false;
    const qx = x.filter((i) => quoteStems[i]!.size > 0);
    const qy = y.filter((i) => quoteStems[i]!.size > 0);
    return qx.length === 0 || qy.length === 0 || qx.some((i) => qy.some((j) => quotesOverlap(i, j)));
  };
  const linked: [number, number][] = linking
    ? [
        ...headlineLinks(
          usable.map(({ s }) => s),
          articleOf,
          sentences,
        ),
        ...subheadings.map(([a, b]) => [usableIndex[a]!, usableIndex[b]!] as [number, number]),
      ]
    : [];
  const { cohesion = 0.6 } = options;
  const sim = similarityLookup(pairs, usable.length);
  // A headline and its lede, which the clustering starts as one, stay in a group, and follow
  // each other into one later, only when each matches that group a little itself: an angle
  // headline may top a lede that reports, and a lede may report a second claim its headline
  // does not.
  const minFollow = (options.followLinkage ?? 0.3) * threshold;
  const groups = dropWeakLinks(clusterPairs(usable.length, articleOf, pairs, { threshold, canMerge, linked, cohesion }), linked, {
    articleOf,
    similarity: sim,
    minMatch: minFollow,
  }).filter((g) => new Set(g.map((k) => articleOf[k])).size >= 2);
  if (options.gaps !== false) groups.push(...fillGaps(groups, articleOf, sim, options.gaps));
  const average = (k: number, group: number[]) => {
    const others = group.filter((j) => articleOf[j] !== articleOf[k]);
    return others.length === 0 ? 0 : others.reduce((sum, j) => sum + sim(k, j), 0) / others.length;
  };
  // Extra (secondary) members, in turn: a grouped sentence's unexplained evidence matching
  // another group, a leftover's mutual best match, a sentence reporting two claims, and a
  // sentence stating a group's exact amount. Each may only join a group it could merge with.
  const result: GroupMembers[] = groups.map((group) => ({ core: group, extra: [] }));
  if (options.residual !== false) {
    const matches = residualMatches(groups, usableVectors, articleOf, {
      ...options,
      quoteStems,
      speakers,
      positions,
      minScore: (options.residual ?? 1.25) * threshold,
      canJoin: (k, group) => canMerge([k], group),
    });
    for (const [k, g] of matches) result[g]!.extra.push(k);
  }
  if (options.mutualBest !== false) {
    const minimum = (options.mutualBest ?? 1.25) * threshold;
    for (const [leftover, match] of mutualBestMatches(pairs, articleOf, new Set(groups.flat()), minimum)) {
      const g = result.find((r) => r.core.includes(match))!;
      if (mayJoin(leftover, g, articleOf, (k, core) => canMerge([k], core))) g.extra.push(leftover);
    }
  }
  if (options.strongMatch !== false) {
    const matches = strongMatches(result, pairs, articleOf, {
      minSimilarity: (options.strongMatch ?? 1.5) * threshold,
      similarity: sim,
      canJoin: (k, core) => canMerge([k], core),
    });
    for (const [k, g] of matches) result[g]!.extra.push(k);
  }
  const secondary = secondaryMatches(result, usableVectors, articleOf, {
    average,
    threshold: secondaryThreshold,
    ratio: secondaryRatio,
    minShared: secondaryMinShared,
    canJoin: (k, core) => canMerge([k], core),
    similarity: sim,
    looseThreshold: 0.625 * secondaryThreshold,
    clearMatch: 1.25 * secondaryThreshold,
  });
  for (const [k, g] of secondary) result[g]!.extra.push(k);
  if (options.figureSupport !== false) {
    const matches = figureMatches(result, usableVectors, articleOf, {
      minScore: (options.figureSupport ?? 0.5) * threshold,
      average,
      canJoin: (k, core) => canMerge([k], core),
      incidental: (k) => namedAges(usable[k]!.s),
    });
    for (const [k, g] of matches) result[g]!.extra.push(k);
  }
  if (options.rivalCounts !== false) {
    const matches = rivalCounts(result, articleOf, {
      figuresOf: (k) => usable[k]!.s.facts.figures,
      average,
      minScore: (options.rivalCounts ?? 0.3) * threshold,
      canJoin: (k, core) => canMerge([k], core),
    });
    for (const [k, g] of matches) result[g]!.extra.push(k);
  }
  // Each article's first sentence that is no headline.
  const ledes = new Set<number>();
  const opened = new Set<number>();
  usable.forEach(({ s }, k) => {
    if (s.kind === 'heading' || opened.has(articleOf[k]!)) return;
    opened.add(articleOf[k]!);
    ledes.add(k);
  });
  if (options.ledeSupport !== false) {
    const matches = ledeMatches(result, articleOf, {
      isLede: (k) => ledes.has(k),
      average,
      minScore: (options.ledeSupport ?? 0.5) * threshold,
      canJoin: (k, core) => canMerge([k], core),
    });
    for (const [k, g] of matches) result[g]!.extra.push(k);
  }
  const partner = new Map(linked.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
  // A sentence's specific amounts (see amountKey).
  const amountsOf = (k: number) => new Set(usable[k]!.s.facts.figures.map(amountKey).filter((a) => a !== undefined));
  // How well a sentence matches a group (its best match in each other article, averaged), and
  // one group's core another's, as the clustering measures it.
  const matchOf = (k: number, group: number[]) => meanBestMatch(k, group, articleOf, sim);
  const linkage = (x: number[], y: number[]) => x.reduce((sum, k) => sum + matchOf(k, y), 0) / x.length;
  // Second claims merge groups as the clustering would: not two that tell two claims in the
  // same articles (see coheres).
  const mayMerge = (x: number[], y: number[]) =>
    canMerge(x, y) && coheres(x, y, (linkage(x, y) + linkage(y, x)) / 2, articleOf, linkage, cohesion);
  const supported = mergeSupporting(result, articleOf, {
    canMerge: mayMerge,
    linkage,
    minLinkage: (options.supportingLinkage ?? 0.6) * threshold,
  });
  const merged = splitByAmount(mergeByAmount(supported, amountsOf, { canMerge, articleOf }), amountsOf, {
    articleOf,
    linkage: matchOf,
    minLinkage: (options.splitLinkage ?? 0.5) * threshold,
    minLinkageApart: (options.splitLinkageApart ?? 2) * threshold,
    isHeading: (k) => usable[k]!.s.kind === 'heading',
  });
  const followed = followLinks(merged, linked, (k, core) => canMerge([k], core) && matchOf(k, core) >= minFollow);
  // After the links: a lede stating the amount brings no headline that does not.
  if (options.amountClaims !== false)
    followed.push(
      ...amountClaims(followed, usableVectors, articleOf, {
        average,
        minScore: (options.amountClaims ?? 0.3) * threshold,
        figuresOf: (k) => usable[k]!.s.facts.figures,
      }),
    );
  if (options.ledeSecondClaims !== false) {
    const matches = ledeSecondClaims(followed, articleOf, {
      isLede: (k) => ledes.has(k),
      matchOf,
      minMatch: (options.ledeSecondClaims ?? 1) * threshold,
      canJoin: (k, core) => canMerge([k], core),
    });
    for (const [k, g] of matches) followed[g]!.extra.push(k);
  }
  const distinct = dropSubsumed(followed, { lockOf: (k) => lockOf[k] });
  return distinct.map(({ core, extra }) => {
    const members = [...core, ...extra];
    // How well it matches each other article's account (its best sentence there, as the
    // clustering measures it), averaged and scaled so that the merge threshold maps to 0.5 and
    // twice the threshold (clear paraphrase) to 1.
    const scaled = (k: number) => Math.min(1, Math.round((matchOf(k, members) / (2 * threshold)) * 100) / 100);
    // A headline and its lede are one account, as sure as the better matched of the two.
    const confidence = (k: number) => {
      const other = partner.get(k);
      return other !== undefined && members.includes(other) ? Math.max(scaled(k), scaled(other)) : scaled(k);
    };
    return {
      members: [...core.map((k) => ({ k, secondary: false })), ...extra.map((k) => ({ k, secondary: true }))].map(({ k, secondary }) => ({
        sentence: usable[k]!.i,
        secondary,
        confidence: confidence(k),
      })),
    };
  });
}

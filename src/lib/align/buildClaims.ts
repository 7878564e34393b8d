import { echoedRows } from '../compare/echoedRows.ts';
import { findDiscrepancies } from '../compare/findDiscrepancies.ts';
import { reportedText } from '../segment/reportedText.ts';
import type { Claim, ClaimKind, Figure, Person, SentenceGroup, SentenceRecord } from '../types.ts';
import { shorten } from '../shorten.ts';
import { claimSlug } from './claimSlug.ts';
import { figuresOfOtherClaims } from './figuresOfOtherClaims.ts';

/** Options of {@link buildClaims}. */
export interface BuildClaimsOptions {
  /** Longest title, in characters, before it is cut at a word boundary. Default: 110. */
  maxTitleLength?: number;
}

/**
 * Turns aligned sentence groups into described claims: kind, speaker, a title taken from the
 * best-supported wording (never paraphrased: article text is evidence), a stable slug, the
 * mentions, and the discrepancies between articles.
 */
export function buildClaims(
  groups: SentenceGroup[],
  sentences: SentenceRecord[],
  people: Person[],
  { maxTitleLength = 110 }: BuildClaimsOptions = {},
): Claim[] {
  const order = new Map(sentences.map((s, i) => [s, i]));
  const otherClaims = figuresOfOtherClaims(
    groups.map((group) => group.members.map((m) => sentences[m.sentence]!)),
    groups.map((group) => new Set(group.members.filter((m) => m.secondary).map((m) => sentences[m.sentence]!))),
  );
  const claims = groups.map((group, g): ClaimInProgress => {
    const members = group.members.map((m) => ({ ...m, record: sentences[m.sentence]! })).sort((a, b) => a.sentence - b.sentence);
    const records = members.map((m) => m.record);
    const articles = new Set(records.map((r) => r.article));
    const comparable = comparableFigures(records);
    const kind = claimKind(records, comparable);
    const quoteOf = (r: SentenceRecord) =>
      r.facts.quotes
        .filter((q) => !q.fragment)
        .map((q) => q.text)
        .join(' … ');
    // A quote needs half its articles to name the speaker; a statement a clear majority. Articles
    // vote, not sentences: an interview's answers and headline name no one but count once. In
    // a quote's article, the sentences that quote it speak for it ("its director Sanna Holm
    // said"), not one that reports the group's view ("Fair Energy said the increase would…").
    const speakerKey = majority(
      [...articles].map((article) => {
        const named = records.filter((r) => r.article === article && r.facts.speaker !== undefined);
        const quoting = kind === 'quote' ? named.filter((r) => quoteOf(r)) : [];
        return majority(
          (quoting.length > 0 ? quoting : named).map((r) => r.facts.speaker),
          false,
        );
      }),
      kind !== 'quote',
    );
    const speaker = speakerKey ? people.find((p) => p.key === speakerKey) : undefined;
    // One wording per article: its most confident sentence, text before a headline as sure,
    // and for a quotation a sentence that quotes it before one that reports it ("Fierro conceded
    // defeat." then "“We lost,” he said."): the title shows the quoted words.
    const isHeading = (m: (typeof members)[number]) => Number(m.record.kind === 'heading');
    const unquoted = (m: (typeof members)[number]) => Number(kind === 'quote' && !quoteOf(m.record));
    const best = [...articles].map(
      (article) =>
        members
          .filter((m) => m.record.article === article)
          .sort((a, b) => b.confidence - a.confidence || unquoted(a) - unquoted(b) || isHeading(a) - isHeading(b))[0]!,
    );
    // A claim found through one sentence (an amount's claim, see amountClaims) is titled by it,
    // not by a sentence of another claim that also states the amount.
    const founders = members.filter((m) => !m.secondary);
    const notFounder = (m: (typeof members)[number]) => Number(founders.length === 1 && m !== founders[0]);
    const leads = [...best].sort(
      (a, b) =>
        notFounder(a) - notFounder(b) ||
        unquoted(a) - unquoted(b) ||
        b.confidence - a.confidence ||
        isHeading(a) - isHeading(b) ||
        a.sentence - b.sentence,
    );
    // The slug reads every member's words, not just the most confident ones: confidences
    // shift when other articles come and go, the words do not.
    // A lede's wire dateline ("NORVIK (AP) — ") names no part of the claim.
    const reported = (r: SentenceRecord) => reportedText(r).trimStart();
    const quotations = records.map((r) => (kind === 'quote' ? quoteOf(r) : ''));
    const wordings = records.map((r, i) => ({ article: r.article, text: quotations[i] || reported(r) }));
    // A quotation's slug comes from the quoted words when two articles quote them: a member
    // that reports it without quoting names the speaker and the office ("Foreign Minister Hamid
    // Sarouk has been careful to say …"), which the slug already leads with.
    const quoted = wordings.filter((_, i) => quotations[i]);
    const slugWordings = new Set(quoted.map((w) => w.article)).size >= 2 ? quoted : wordings;
    // Without a speaker most articles agree on, the title names the one its own wording's
    // sentence gives ("Halmia’s foreign ministry said … “according to Halmian law”").
    const ownSpeaker = (record: SentenceRecord) => people.find((p) => p.key === record.facts.speaker);
    const titleOf = ({ record }: (typeof members)[number]) =>
      kind === 'quote' && quoteOf(record)
        ? `${(speaker ?? ownSpeaker(record))?.name ?? 'Unattributed'}: “${shorten(quoteOf(record), maxTitleLength - 10)}”`
        : kind === 'figure'
          ? around(reported(record), claimFigure(record, comparable)?.text, maxTitleLength)
          : shorten(reported(record), maxTitleLength);
    const titles = [...new Set(leads.map(titleOf))];
    const slugSurname = kind === 'quote' ? speaker?.surname : undefined;
    return {
      id: claimSlug(slugWordings, slugSurname),
      slug: (taken: ReadonlySet<string>) => claimSlug(slugWordings, slugSurname, { taken }),
      title: titles[0]!,
      titles,
      kind,
      ...(speaker ? { speaker: speaker.name } : {}),
      articleCount: articles.size,
      mentions: members.map((m) => ({
        article: m.record.article,
        paragraph: m.record.paragraph,
        sentence: m.record.index,
        anchor: m.record.anchor,
        text: m.record.text,
        confidence: m.confidence,
      })),
      discrepancies: findDiscrepancies(records, kind, {
        people,
        secondary: new Set(members.filter((m) => m.secondary).map((m) => m.record)),
        story: sentences,
        otherClaims: otherClaims[g]!.all,
        otherReadings: otherClaims[g]!.readings,
        statedElsewhere: otherClaims[g]!.stated,
      }),
      first: Math.min(...records.map((r) => order.get(r)!)),
      records,
    };
  });
  const echoed = echoedRows(claims);
  for (const claim of claims) claim.discrepancies = claim.discrepancies.filter((d) => !echoed.has(d));
  claims.sort((a, b) => b.articleCount - a.articleCount || a.first - b.first);
  uniqueIds(claims);
  // Two claims led by one sentence (a lede reporting both) would read alike in every list: the
  // later one takes its next best wording.
  const taken = new Set<string>();
  for (const claim of claims) {
    claim.title = claim.titles.find((t) => !taken.has(t)) ?? claim.title;
    taken.add(claim.title);
  }
  return claims.map(({ first: _first, titles: _titles, slug: _slug, records: _records, ...claim }) => claim);
}

/** A claim while the story's claims are built: where it first appears, its wordings' titles in order, its slug given the slugs already taken, and its member sentences. */
type ClaimInProgress = Claim & { first: number; titles: string[]; slug: (taken: ReadonlySet<string>) => string; records: SentenceRecord[] };

/**
 * Gives colliding slugs, in a deterministic order (by their wordings), the claim's next best
 * phrase that no claim has (see claimSlug), or else a numeric suffix.
 */
function uniqueIds(claims: ClaimInProgress[]): void {
  const byId = new Map<string, typeof claims>();
  for (const c of claims) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const taken = new Set(byId.keys());
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    list
      .sort((a, b) => (a.mentions[0]?.text ?? '').localeCompare(b.mentions[0]?.text ?? ''))
      .forEach((c, i) => {
        if (i === 0) return;
        const next = c.slug(taken);
        c.id = taken.has(next) ? `${id}-${i + 1}` : next;
        taken.add(c.id);
      });
  }
}

const FIGURE_KINDS = new Set(['money', 'count', 'percent', 'tally', 'measure', 'temperature']);

/** A claim's kind from its accounts, given the articles behind each comparable figure (see comparableFigures). */
function claimKind(records: SentenceRecord[], comparable: ReadonlyMap<string, ReadonlySet<string>>): ClaimKind {
  const articlesWith = (test: (r: SentenceRecord) => boolean) => new Set(records.filter(test).map((r) => r.article)).size;
  if (articlesWith((r) => r.facts.quotes.some((q) => !q.fragment)) >= 2) return 'quote';
  // A figure claim is one most accounts state the figure in; a lead that names a cost in passing
  // ("a $340 million mine") in two of five articles is still a statement. The accounts must
  // state a comparable figure: the same kind and currency or counted noun (£700 million and £50
  // million), or the same amount from ten up (30,000 individuals, 30,000 people). Smaller
  // numbers are written as words and are mostly incidental: "the two sides" and "the two
  // parts" are not a figure the articles report.
  const withFigure = Math.max(0, ...[...comparable.values()].map((articles) => articles.size));
  if (withFigure >= 2 && withFigure * 2 >= articlesWith(() => true)) return 'figure';
  return 'statement';
}

/** Keys under which two figures compare: kind and currency or counted noun, and the amount from ten up. */
function comparableKeys(f: Figure): string[] {
  if (!FIGURE_KINDS.has(f.kind)) return [];
  return [`${f.kind}:${f.currency ?? f.unit ?? ''}`, ...(f.amount !== undefined && f.amount >= 10 ? [`${f.kind}=${f.amount}`] : [])];
}

/** For each comparable key (see comparableKeys), the articles whose accounts give such a figure. */
function comparableFigures(records: SentenceRecord[]): Map<string, Set<string>> {
  const comparable = new Map<string, Set<string>>();
  for (const r of records) {
    for (const f of r.facts.figures) {
      for (const key of comparableKeys(f)) comparable.set(key, (comparable.get(key) ?? new Set()).add(r.article));
    }
  }
  return comparable;
}

/**
 * The figure of a claim's lead sentence that most of its articles give a comparable one of: a
 * lede stating the spill and the coastline it fouled ("2,000 tonnes … 30 km") leads the
 * coastline's claim with "30 km". The first such figure on a tie.
 */
function claimFigure(lead: SentenceRecord, comparable: ReadonlyMap<string, ReadonlySet<string>>): Figure | undefined {
  const reach = (f: Figure) => Math.max(0, ...comparableKeys(f).map((key) => comparable.get(key)?.size ?? 0));
  const candidates = lead.facts.figures.filter((f) => FIGURE_KINDS.has(f.kind));
  return candidates.reduce<Figure | undefined>((best, f) => (best === undefined || reach(f) > reach(best) ? f : best), undefined);
}

/**
 * A figure claim's title: the sentence cut so that its figure stays in view. When the figure
 * falls past the cut, the excerpt starts as early as still shows it, at a clause if one begins
 * just there, and stays verbatim ("…canceled the Rwanda deal, stating it cost the government
 * around £700 million…").
 */
function around(text: string, figure: string | undefined, max: number): string {
  const at = figure ? text.indexOf(figure) : -1;
  if (at < 0 || text.length <= max || at + figure!.length <= max - 20) return shorten(text, max);
  const earliest = Math.max(0, at + figure!.length + 20 - max);
  const clauses = [', ', '; ', ' — ', ' – ']
    .map((mark) => text.indexOf(mark, earliest))
    .filter((i) => i >= 0 && i < Math.min(at, earliest + 25));
  let start = clauses.length > 0 ? Math.min(...clauses) + 2 : text.indexOf(' ', earliest) + 1;
  // Not inside a name ("…Airways began"): back to its first word while the figure still shows.
  const name = /(?:\p{Lu}[\p{L}’'-]*\s+)+$/u.exec(text.slice(0, start));
  if (name && /^\p{Lu}/u.test(text.slice(start)) && at + figure!.length - name.index <= max - 2) start = name.index;
  return start === 0 ? shorten(text, max) : `…${shorten(text.slice(start).trimStart(), max - 1)}`;
}

/** The most frequent value when it is at least half of `values` (more than half when `strict`); an undefined value counts against it. */
function majority<T>(values: (T | undefined)[], strict: boolean): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0];
  return top && (strict ? top[1] * 2 > values.length : top[1] * 2 >= values.length) ? top[0] : undefined;
}

import type { Discrepancy, Figure, SentenceRecord } from '../types.ts';
import { SPAN_HOURS, WEEKDAYS } from '../extract/calendarWords.ts';
import { reportedText } from '../segment/reportedText.ts';
import { stemmer } from 'stemmer';
import { boundsAgree } from './boundsAgree.ts';
import { datesOtherEvent } from './datesOtherEvent.ts';
import { datesTelling } from './datesTelling.ts';
import { daysBefore } from './daysBefore.ts';
import { givesAmount } from './givesAmount.ts';
import { isAge } from './isAge.ts';
import { isEstimate } from './isEstimate.ts';
import { isTransposed } from './isTransposed.ts';
import { isVague } from './isVague.ts';
import { mutualOmissions, type Omission } from './mutualOmissions.ts';
import { perArticle } from './perArticle.ts';
import { oneUnitSpan } from './oneUnitSpan.ts';
import { spansAlike } from './spansAlike.ts';
import { sumsTo } from './sumsTo.ts';
import { contentStems } from './contentStems.ts';
import { secondEventAfter } from './secondEventAfter.ts';
import { sharesNearbyWord } from './sharesNearbyWord.ts';
import { tallyKey } from './tallyKey.ts';
import { wordsAround } from './wordsAround.ts';
import { figureReadings } from './figureReadings.ts';
import { figureOwners } from './figureOwners.ts';
import { timeWindow } from './timeWindow.ts';
import { clockMinutes } from './clockMinutes.ts';

/** Counted nouns (stemmed, as figures store them) that measure time. */
const TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'].map((w) => stemmer(w)));

/** Words before a time that open or close a period at that very time ("from 9 p.m. to 5 a.m."). */
const PERIOD_BOUNDS = new Set(['from', 'until', 'till', 'since']);

/** Figures compared like with like: money in one currency, counts of one unit, weekdays, dates. */
const FIGURE_GROUPS: { type: Discrepancy['type']; key: (f: Figure) => string | undefined }[] = [
  { type: 'amount', key: (f) => (f.kind === 'money' ? `money:${f.currency}` : undefined) },
  {
    type: 'number',
    key: (f) =>
      // An age is compared with ages only: "under 15" is no span of "22 years". So are the
      // missing with the missing: "dozens still missing" is no reading of a death toll; and
      // the hurt with the hurt: "more than 200" injured is none either.
      f.kind === 'count' && f.age
        ? 'count:age'
        : f.kind === 'count' && f.change
          ? `count:${f.unit}:change`
          : f.kind === 'count' && (f.harm === 'missing' || f.harm === 'hurt')
            ? `count:${f.harm}`
            : f.kind === 'count' || f.kind === 'percent' || f.kind === 'measure'
              ? `${f.kind}:${f.unit ?? ''}`
              : f.kind === 'tally'
                ? 'tally'
                : undefined,
  },
  // A weekday that bounds a plan ("water cuts until Thursday") dates another event than the
  // claim's; the day a plan starts ("a 48-hour strike from Thursday") is compared with starts.
  {
    type: 'weekday',
    key: (f) =>
      f.kind !== 'weekday' ? undefined : !f.qualifier ? 'weekday' : /^(?:from|starting)$/.test(f.qualifier) ? 'weekday:start' : undefined,
  },
  { type: 'date', key: (f) => (f.kind === 'date' || f.kind === 'month' || f.kind === 'year' ? f.kind : undefined) },
  // A time given loosely ("shortly before 7 a.m.") may agree with any exact one near it; one
  // that opens or closes a period ("from 9 p.m.", "until 5 a.m.") is exact. A period's start is
  // compared with starts, so that two reports sharing it still disagree over its end ("from 9
  // p.m. to 5 a.m." against "from 21 hours until 6 hours").
  {
    type: 'time',
    key: (f) =>
      f.kind !== 'time' || (f.qualifier && !PERIOD_BOUNDS.has(f.qualifier) && !timeWindow(f))
        ? undefined
        : f.qualifier === 'from' || f.qualifier === 'since'
          ? 'time:start'
          : 'time',
  },
  // So may a temperature given loosely ("around 35C").
  { type: 'temperature', key: (f) => (f.kind === 'temperature' && !f.qualifier ? 'temperature' : undefined) },
];

/**
 * Where the articles of one claim disagree on a figure (two articles each give a value the
 * other does not), then the amounts only some of them give. `secondary` members support the
 * claim as a second one: their figures mostly belong to their first claim, so they are never
 * reported as given by only some articles. An article that gives an amount anywhere in
 * `story` (all its sentences; default: the members) does not leave it out. `otherClaims` are
 * figures the members give for another claim (never left out here), `otherReadings` those of
 * them that read as another claim's figure (set against nothing here), `statedElsewhere` the
 * amounts only another claim's articles state (never left out here); all default to none.
 */
export function figureDiscrepancies(
  members: SentenceRecord[],
  secondary: Set<SentenceRecord>,
  story = members,
  otherClaims: Set<Figure> = new Set(),
  otherReadings: Set<Figure> = new Set(),
  statedElsewhere: Set<Figure> = new Set(),
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const contested = new Set<Figure>();
  // A bare number ("cases have reached 48") counts what the claim's other counts count, when
  // they all count one thing ("48 cases", "46 measles cases") and that is no span of time
  // ("a decade", "five years"); otherwise bare numbers (an age, a total) are compared with nothing.
  // Counts under ten are mostly incidental ("two trains collided") and do not make a second unit.
  const units = new Set(
    members.flatMap((m) => m.facts.figures.filter((f) => f.kind === 'count' && f.unit && (f.amount ?? 0) >= 10).map((f) => f.unit!)),
  );
  // Nor is it a place in a sequence ("19th", "the 80th minute"): "the top 20" is no rank.
  const [single] = units.size === 1 ? units : [];
  const onlyUnit = single !== undefined && !TIME_UNITS.has(single) && !/^nth\b/.test(single) ? single : undefined;
  // A bare number that is a part of a group ("retire 14 of its oldest aircraft", where whose
  // group is left open: see findFigures) counts that group's things: not the claim's only
  // thing, unless another article gives the number as a count of it ("28 of them", "28 whales").
  const partOf = (f: Figure, text: string) => {
    for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + 1))
      if (/^\s+of\b/.test(text.slice(at + f.text.length)) && !/[\d.,]$/.test(text.slice(0, at))) return true;
    return false;
  };
  const parts = new Set(members.flatMap((m) => m.facts.figures.filter((f) => f.kind === 'count' && !f.unit && partOf(f, m.text))));
  // A bare number another article gives as a count ("has risen to 19" and "it killed 19
  // people") counts the same thing.
  const unitOfBare = new Map<Figure, string>();
  for (const m of members) {
    for (const f of m.facts.figures) {
      if (f.kind !== 'count' || f.unit) continue;
      const twin = members
        .filter((o) => o.article !== m.article)
        .flatMap((o) => o.facts.figures)
        .find((g) => g.kind === 'count' && g.unit && g.amount === f.amount);
      if (twin) unitOfBare.set(f, twin.unit!);
    }
  }
  // The day a quotation was spoken, from the sentence before it (see daysBefore).
  const spokenOn = daysBefore(members, story);
  const daysFromBefore = new Set([...spokenOn.values()].flat());
  // "46.3C" and "115F" are one reading, rounded in two scales; so are "12,000 hectares" and "29,650 acres".
  const readings = figureReadings(members.flatMap((m) => m.facts.figures));
  // Whose each span of time is ("sentenced Karl Hemmer to seven years"; see figureOwners).
  const spanOwner = figureOwners(members, (f) => f.kind === 'count' && !f.age && TIME_UNITS.has(f.unit ?? ''));
  // Each article's sentences in the whole story, read once for every figure of the claim.
  const claimArticles = new Set(members.map((m) => m.article));
  const whole = new Map(
    perArticle(
      story.filter((s) => claimArticles.has(s.article)),
      (s) => [s],
    ).map(({ article, items }) => [article, items]),
  );
  // A day that would date another event of its sentence ("recalled its ambassador on Monday
  // after … arrested three engineers", where every account gives both) is still the claim's
  // when the other articles date the claim by it more often than by any other day. Not a day
  // only some of them give ("reopened early on Sunday after drone sightings … shut it" beside
  // a translation's wrong Sunday for the closure, where two others give Saturday).
  const dayFigures = members.flatMap((m) =>
    m.facts.figures.filter((f) => f.kind === 'weekday' || f.kind === 'date').map((f) => ({ m, f, other: datesOtherEvent(f, m, members) })),
  );
  const claimDays = dayFigures.filter((d) => !d.other);
  const otherEvent = new Set(dayFigures.filter((d) => d.other).map((d) => d.f));
  const mostGiven = (f: Figure, s: SentenceRecord) => {
    const articles = new Map<string, Set<string>>();
    for (const { m, f: g } of claimDays)
      if (g.kind === f.kind && m.article !== s.article) articles.set(g.value, (articles.get(g.value) ?? new Set()).add(m.article));
    const mine = articles.get(f.value)?.size ?? 0;
    return mine > 0 && [...articles].every(([value, set]) => value === f.value || set.size < mine);
  };
  // Once one article's "talks collapsed on Thursday after the Social Democrats walked out" is
  // read so, another article's day in the same place dates the claim too: a translation's
  // "have failed on Wednesday, after that the social democrats have left the table" is shown
  // against it, not hidden. So is every such day when no day of the claim stands elsewhere.
  const readAsClaims = dayFigures.filter((d) => d.other && mostGiven(d.f, d.m));
  // So is a day in the place of another article's that was read as the claim's, before the same
  // second event's clause, after a main clause sharing half its words: a translation's
  // "approved Thursday the slaughter …, after that the farmers signalled …" against "on Wednesday
  // approved the culling …, after farmers reported …". Not "reopened early on Sunday after
  // drones … shut it" against "halted all flights … on Saturday night after several drones …".
  // The main clause's words, up to the conjunction: "Sorvia's government on Wednesday approved
  // the culling of up to 40 wolves this winter".
  const mainClause = (f: Figure, s: SentenceRecord) => {
    const next = secondEventAfter(f, s);
    if (!next) return undefined;
    const at = s.text.indexOf(f.text) + f.text.length + next.index;
    // A wire dateline ("PELMARA, Oct 19 (Wire) - ") is no part of the clause (see reportedText).
    return { word: next[0].toLowerCase(), stems: new Set(contentStems(reportedText(s).slice(0, at))) };
  };
  const sameShape = (f: Figure, s: SentenceRecord) => {
    const mine = mainClause(f, s);
    return (
      mine !== undefined &&
      claimDays.some(({ m, f: g }) => {
        const theirs = g.kind === f.kind && m.article !== s.article ? mainClause(g, m) : undefined;
        if (!theirs || theirs.word !== mine.word) return false;
        const shared = [...mine.stems].filter((w) => theirs.stems.has(w)).length;
        return shared * 2 >= Math.max(mine.stems.size, theirs.stems.size);
      })
    );
  };
  const datedAlike = (f: Figure, s: SentenceRecord) =>
    !claimDays.some(({ f: g }) => g.kind === f.kind) ||
    mostGiven(f, s) ||
    readAsClaims.some(({ m, f: g }) => g.kind === f.kind && m.article !== s.article) ||
    sameShape(f, s);
  for (const group of FIGURE_GROUPS) {
    const { type } = group;
    // Another claim's amounts (see figuresOfOtherClaims) in a sentence that also gives an
    // amount of the same group (currency, counted noun) that another article of this claim gives.
    const sameGroup = (f: Figure, g: Figure) => group.key(f) !== undefined && group.key(f) === group.key(g);
    const besideOwn = new Set(
      members.flatMap((m) =>
        m.facts.figures.filter(
          (f) =>
            otherClaims.has(f) &&
            m.facts.figures.some(
              (g) =>
                g !== f &&
                !otherClaims.has(g) &&
                sameGroup(f, g) &&
                members.some((o) => o.article !== m.article && o.facts.figures.some((h) => sameGroup(g, h) && h.value === g.value)),
            ),
        ),
      ),
    );
    const isAmount = type === 'amount' || type === 'number';
    const baseKey = (f: Figure) => {
      // An amount a member gives for another of its claims (see figuresOfOtherClaims) beside
      // one it gives for this claim is that claim's: no reading of this one's ("Its 40 million
      // euro fine … the 8 million euros it imposed on Pingo").
      if (isAmount && besideOwn.has(f)) return undefined;
      // Nor is an amount that reads as another claim's figure (see figuresOfOtherClaims): the
      // brief's "Inflation eases to 3.1 percent" is the main claim's 3.2, not the core rate's 4.1.
      if (isAmount && otherReadings.has(f)) return undefined;
      const k = group.key(f);
      if (k !== 'count:') return k;
      const unit = unitOfBare.get(f) ?? (parts.has(f) ? undefined : onlyUnit);
      return unit && `count:${unit}`;
    };
    // Spans of time two people of the claim are each given ("sentenced Karl Hemmer to seven
    // years", "Lena Voss was condemned to four years") are compared person by person, so that
    // a report swapping the two terms disagrees on each, rather than stating both.
    const splitByOwner = new Set(
      [
        ...Map.groupBy(
          members.flatMap((m) => m.facts.figures.filter((f) => spanOwner.has(f))),
          (f) => baseKey(f) ?? '',
        ),
      ].flatMap(([k, figures]) => (k && new Set(figures.map((f) => spanOwner.get(f))).size >= 2 ? [k] : [])),
    );
    // One that names nobody or both ("Karl Hemmer got seven years; his deputy, Lena Voss, four",
    // a headline's "condemned to four years") says not whose it is, and is compared with neither.
    const key = (f: Figure) => {
      const k = baseKey(f);
      if (k === undefined || !splitByOwner.has(k)) return k;
      return spanOwner.has(f) ? `${k}@${spanOwner.get(f)}` : undefined;
    };
    const keys = new Set(
      members.flatMap((m) => [...m.facts.figures, ...(spokenOn.get(m) ?? [])].map(key).filter((k): k is string => k !== undefined)),
    );
    for (const k of keys) {
      // Within one group a count's unit is the group's: its amount is what can differ.
      // A range of money is its two ends: "EUR 400-450 million" states what "between 400 million
      // and 450 million euros" does.
      const normal = (figures: Figure[]) =>
        new Set(
          figures
            .filter((f) => key(f) === k)
            .flatMap((f) =>
              f.kind === 'count'
                ? [String(f.amount)]
                : f.kind === 'tally'
                  ? [tallyKey(f.value)]
                  : f.kind === 'year' && f.range
                    ? [yearSpan(f.range)]
                    : rangeEnds(readings.get(f) ?? f.value),
            ),
        );
      const one = (f: Figure) => [...normal([f])][0]!;
      // How a figure reads whole: a range as its range ("EUR 400000000–450000000").
      const reading = (f: Figure) => (f.kind === 'money' ? (readings.get(f) ?? f.value) : one(f));
      // Values one article gives side by side as two figures ("3.2% in October from 3.8% in
      // September"), not one figure said twice ("almost a quarter, 23%").
      const apart = (items: Figure[]) =>
        new Set(
          items.flatMap((f) =>
            items.filter((g) => one(f) !== one(g) && !(isAmount && boundsAgree([[f], [g]]))).map((g) => `${one(f)}|${one(g)}`),
          ),
        );
      // A day or date that dates another event of the sentence ("counting the cost on Friday
      // after Ostrel said …") is not the claim's, unless the other articles date the claim so
      // (see datedAlike).
      // A percentage that ends a band ("a 3-5% target range", "between 3 and 5 percent") is
      // no reading of a single figure another report gives ("7.1 percent in September").
      const own = (f: Figure, s: SentenceRecord) =>
        (!otherEvent.has(f) || datedAlike(f, s)) && !(f.kind === 'percent' && endsBand(f, s.text));
      const dayOf = (s: SentenceRecord) => [...s.facts.figures, ...(spokenOn.get(s) ?? [])].filter((f) => key(f) === k && own(f, s));
      // An article giving two days in one claim gives the claim's where the words around the
      // day are those around the other articles' days: "Venn announced on Thursday" beside
      // "Opposition parties dismissed the plan … on Friday" (the reaction's day), where the
      // others write "announced on Friday".
      const wordsNear = new Map<SentenceRecord, Set<string>>();
      const dayWords = (m: SentenceRecord) => {
        if (!wordsNear.has(m)) wordsNear.set(m, new Set(dayOf(m).flatMap((f) => wordsAround(m.text, f.text))));
        return wordsNear.get(m)!;
      };
      const claimDays = (s: SentenceRecord) => {
        const days = dayOf(s);
        if (type !== 'weekday' || days.length === 0) return days;
        const giving = members.filter((m) => m.article === s.article && dayOf(m).length > 0);
        if (new Set(giving.flatMap((m) => [...normal(dayOf(m))])).size < 2) return days;
        const others = new Set(members.filter((m) => m.article !== s.article).flatMap((m) => [...dayWords(m)]));
        const shared = (m: SentenceRecord) => [...dayWords(m)].filter((w) => others.has(w)).length;
        const most = Math.max(...giving.map(shared));
        return giving.filter((m) => shared(m) === most).length === 1 && shared(s) < most ? [] : days;
      };
      // Whether an article dates the claim only by when it was told ("the orchestra said on
      // Sunday") and gives `day` elsewhere for an event one to three days before ("died … on
      // Saturday evening"): that day may be the claim's too. A day after the telling ("dismissed
      // … on Friday" beside "announced on Thursday") is another event's.
      const toldAfter = (article: string): ((day: Figure) => boolean) => {
        const own = members.filter((m) => m.article === article).flatMap((m) => claimDays(m).map((f) => ({ f, m })));
        if (own.length === 0 || !own.every(({ f, m }) => datesTelling(f, m))) return () => false;
        return (day) =>
          own.some(({ f }) => {
            const gap = (WEEKDAYS.indexOf(f.value) - WEEKDAYS.indexOf(day.value) + 7) % 7;
            return gap >= 1 && gap <= 3;
          });
      };
      const weekdaysStated = (article: string, items: Figure[]) => {
        const earlier = toldAfter(article);
        return normal([
          ...items,
          ...(whole.get(article) ?? []).flatMap((s) =>
            s.facts.figures.filter((f) => f.kind === 'weekday' && (datesTelling(f, s) || earlier(f))),
          ),
        ]);
      };
      // Two times one article gives in the claim's sentences, loosely or not ("started at about
      // 3:40 a.m. and was under control by 6:15 a.m."), are two moments of the event: another
      // article's start is no rival of a third's end.
      const timesApart =
        type === 'time'
          ? new Set(
              [...new Set(members.map((m) => m.article))].flatMap((article) => {
                const times = [
                  ...new Set(
                    members
                      .filter((m) => m.article === article)
                      .flatMap((m) => m.facts.figures.filter((f) => f.kind === 'time').map((f) => f.value)),
                  ),
                ];
                return times.flatMap((v) => times.filter((w) => w !== v).map((w) => `${v}|${w}`));
              }),
            )
          : new Set<string>();
      const values = perArticle(members, claimDays).map(({ article, items }) => ({
        article,
        items,
        value: [...new Set(items.map(shownText))].join(', '),
        normal: normal(items),
        // An amount an article states in another sentence ("cutting their risk by 31%") is not
        // one it disagrees with: a sentence reporting two claims brings both claims' amounts.
        // Weekdays and dates recur for other events, so only the claim's own sentences count.
        // A few people counted elsewhere are mostly another group ("Four people were pulled
        // out alive" is no "four" dead), as weekdays are other days.
        // So is a temperature: "47.2C" given for today's record is no rival of the old record's
        // "46.5C" in an article that gives both.
        // A day an article gives anywhere as the day someone spoke ("Vinter said on Tuesday") is
        // stated too: an article tells all its claims on the days its sources spoke, and another
        // report dating its account by one of them ("their union said on Tuesday") does not
        // disagree with it.
        stated:
          isAmount || type === 'temperature'
            ? new Set([
                ...normal([...items, ...(whole.get(article) ?? []).flatMap((s) => s.facts.figures.filter((f) => !isSmallCount(f)))]),
                // A count the article's own sentences of the claim give of another noun states it
                // too ("about 1,400 of the town's jobs … as part of 1,800 cuts"): the 1,400 is a
                // part of the others' 1,800 jobs, not a rival reading of it.
                ...(k.startsWith('count:')
                  ? members
                      .filter((m) => m.article === article)
                      .flatMap((m) =>
                        m.facts.figures.filter((f) => f.kind === 'count' && (f.amount ?? 0) >= 10).map((f) => String(f.amount)),
                      )
                  : []),
              ])
            : type === 'weekday'
              ? weekdaysStated(article, items)
              : normal(items),
        apart: new Set([...apart(items), ...timesApart]),
      }));
      const span = k.startsWith('count:') && TIME_UNITS.has(k.slice('count:'.length).split('@')[0]!);
      // The minutes each time allows, however loosely an article gives it ("around 3:40" allows
      // 3:25 to 3:55): two readings that fit one moment do not disagree.
      const allowed = new Map<string, [number, number]>();
      if (k === 'time')
        for (const m of members)
          for (const f of m.facts.figures) {
            // A bound of a period ("until 5 a.m.") is its own minute.
            const window = key(f) === k ? (timeWindow(f) ?? timeWindow({ ...f, qualifier: undefined })) : undefined;
            if (!window) continue;
            const [low, high] = allowed.get(one(f)) ?? [Infinity, -Infinity];
            allowed.set(one(f), [Math.min(low, window[0]), Math.max(high, window[1])]);
          }
      const overlap = (v: string, w: string) => {
        const [a, b] = [allowed.get(v), allowed.get(w)];
        return !!a && !!b && a[0] <= b[1] && b[0] <= a[1];
      };
      const gaps = span ? spanGaps(members, (f) => key(f) === k, one) : undefined;
      const near = isAmount
        ? gaps
          ? (v: string, w: string) => nearSpans(v, w) || gaps(v, w)
          : k === 'count:age'
            ? nearAges
            : k.startsWith('measure:')
              ? nearMeasures
              : comparable
        : k === 'year'
          ? nearYears
          : k === 'time'
            ? (v: string, w: string) => nearTimes(v, w) && !overlap(v, w)
            : k.startsWith('time')
              ? nearTimes
              : k === 'temperature'
                ? nearTemperatures
                : undefined;
      // Percentages carry no unit: the words around them say what they measure. Nor do spans of
      // time say what lasted: "three days in her cabin" is no reading of "Symptoms usually last
      // one to three days", nor "20 seconds faster than the previous mark" of "35 seconds away".
      const together =
        k.startsWith('percent:') || span ? sharesNearbyWord(members, (s) => s.facts.figures.filter((f) => key(f) === k), one) : undefined;
      // A death toll and a count of the injured are two quantities, however close ("23 killed",
      // "31 injured" against "at least 25" dead).
      const harms = new Map<string, Set<string>>();
      for (const m of members)
        for (const f of m.facts.figures) if (key(f) === k && f.harm) harms.set(one(f), (harms.get(one(f)) ?? new Set()).add(f.harm));
      const sameHarm = (v: string, w: string) => {
        const [x, y] = [harms.get(v), harms.get(w)];
        return !x || !y || [...x].some((h) => y.has(h));
      };
      // An age set beside a name ("Marin, 29") is that person's: it disputes no age given in a
      // sentence that does not name her ("It is the 23-year-old's first title").
      const owners = new Map<string, Set<string>>();
      const named = new Map<string, Set<string>>();
      if (k === 'count:age')
        for (const m of members)
          for (const f of m.facts.figures.filter((g) => key(g) === k)) {
            const owner = ageOwner(f, m);
            if (owner) owners.set(one(f), (owners.get(one(f)) ?? new Set()).add(owner));
            for (const p of m.facts.people) if (p.person) named.set(one(f), (named.get(one(f)) ?? new Set()).add(p.person));
          }
      const ownedBy = (v: string, w: string) => {
        const mine = owners.get(v);
        return !mine || [...mine].some((o) => named.get(w)?.has(o));
      };
      const samePerson = (v: string, w: string) => ownedBy(v, w) && ownedBy(w, v);
      const nearer =
        together || harms.size > 0 || owners.size > 0
          ? (v: string, w: string) => (!near || near(v, w)) && (!together || together(v, w)) && sameHarm(v, w) && samePerson(v, w)
          : near;
      // A vague number ("hundreds of operations") allows every amount in its order of
      // magnitude: where exact amounts disagree ("340" against "430") it disputes neither. Where
      // nothing else disagrees it is still shown beside the exact amount it hedges ("thousands
      // of customers" against "more than 3,000"), as readings that can all be true.
      const ofKey = isAmount ? members.flatMap((m) => m.facts.figures.filter((f) => key(f) === k)) : [];
      const onlyVague = (v: string) => ofKey.some((f) => one(f) === v) && ofKey.every((f) => one(f) !== v || isVague(f));
      const vagueAllows = (v: string, w: string) =>
        (onlyVague(v) || onlyVague(w)) && ofKey.some((f) => one(f) === v && ofKey.some((g) => one(g) === w && boundsAgree([[f], [g]])));
      const exact = (v: string, w: string) => (!nearer || nearer(v, w)) && !vagueAllows(v, w);
      const rivalling = ofKey.some(isVague) && conflicting(values, exact, !isAmount) ? exact : nearer;
      if (!conflicting(values, rivalling, !isAmount)) continue;
      // Of the amounts each article gives, those in the disagreement: "3.2% against 3.1%",
      // not every percentage of a figure-heavy claim; one row per quantity in dispute.
      const rows = isAmount
        ? disputed(values, rivalling!)
        : [type === 'time' ? inDispute(values, rivalling) : values.map(({ normal }) => normal)];
      for (const shown of rows) {
        const cited = values
          .map(({ article, items }, i) => {
            const kept = items.filter((f) => shown[i]!.has(one(f)));
            return {
              article,
              items: kept,
              value: [...new Set(kept.map(shownText))].join(', '),
              // With its qualifier: "at least 14" and "14" agree, but do not read alike. An
              // estimate either side ("about 2.4 million tonnes") reads as its amount, so that
              // the reading it hedges and the one it disputes ("2.6 million") stand apart; its
              // wording still shows the hedge.
              // Bounds worded two ways read alike ("as much as", "up to"; "over", "more than").
              reading: [...new Set(kept.map((f) => `${f.qualifier && !isEstimate(f) ? `${boundWord(f.qualifier)} ` : ''}${reading(f)}`))]
                .sort()
                .join(', '),
            };
          })
          .filter(({ items }) => items.length > 0);
        const consistent = isAmount && readingsAgree(cited.map(({ items }) => items));
        // In a disagreement, a bound that the plain amount satisfies ("at least 46 people"
        // beside "46 protesters") is that amount's reading: the row sets 46 against 64, not
        // three readings against each other. Where every reading can be true, the bounds stay
        // apart: they are what the row explains.
        const plain = new Set(cited.map(({ reading }) => reading));
        const joined = (reading: string) => {
          const bound = /^(?:at least|up to) (.+)$/.exec(reading)?.[1];
          return !consistent && bound !== undefined && !bound.includes(',') && plain.has(bound) ? bound : reading;
        };
        out.push({
          type,
          values: cited.map(({ article, value, reading, items }) => ({
            article,
            value,
            // A date's reading too, so that "December 14" and "14 December" count as one, and a
            // time's without its hedge ("about 3:40 a.m." is 3:40 given loosely).
            ...(isAmount || type === 'date'
              ? { reading: joined(reading) }
              : type === 'time'
                ? { reading: [...new Set(items.map(one))].join(', ') }
                : {}),
            // A day only the sentence before the article's account gives (see daysBefore).
            ...(items.every((f) => daysFromBefore.has(f)) ? { before: true as const } : {}),
          })),
          ...(consistent ? { consistent } : {}),
        });
        // Only the amounts in the disagreement: "2,000 people" evacuated is still a figure one
        // report can leave out when "three dead" and "four people" killed disagree.
        for (const { items } of cited) for (const f of items) contested.add(f);
      }
    }
  }
  return [...out, ...omittedFigures(members, secondary, contested, whole, new Set([...otherClaims, ...statedElsewhere]))];
}

/**
 * The person an age is set beside, by key: named right before it ("Marin, 29", the age's text
 * may begin with the name) or right after it ("the 29-year-old Marin").
 */
function ageOwner(f: Figure, s: SentenceRecord): string | undefined {
  const at = s.text.indexOf(f.text);
  if (at < 0) return undefined;
  const end = at + f.text.length;
  for (const p of s.facts.people) {
    if (!p.person) continue;
    for (let i = s.text.indexOf(p.text); i >= 0; i = s.text.indexOf(p.text, i + 1)) {
      const after = i + p.text.length;
      if ((i < end && after > at) || /^\s*,\s*$/.test(s.text.slice(after, at)) || /^\s+$/.test(s.text.slice(end, i))) return p.person;
    }
  }
  return undefined;
}

/**
 * Under ten people: a story counts several such groups (the dead, the rescued, the missing), so
 * one stated elsewhere says nothing of the claim's. Small spans of time are not: "eight years"
 * elsewhere is the sentence another report gives in the claim.
 */
const isSmallCount = (f: Figure) => f.kind === 'count' && f.unit === 'peopl' && (f.amount ?? 0) < 10;

/** A money value's two ends when it is a range ("EUR 400000000–450000000"), else the value itself. */
function rangeEnds(value: string): string[] {
  const range = /^(\S+ )(\d[\d.]*)–(\d[\d.]*)$/.exec(value);
  return range ? [`${range[1]}${range[2]}`, `${range[1]}${range[3]}`] : [value];
}

/** An article's values in the claim (`normal`) that another article does not state anywhere. */
const missing = (x: ArticleValues, y: ArticleValues) => [...x.normal].filter((v) => !y.stated.has(v) && !y.normal.has(v));

/** Per article, its values that rival one another article gives (see rivals): the times in dispute, not every time the claim gives. */
function inDispute(values: ArticleValues[], near?: (v: string, w: string) => boolean): Set<string>[] {
  const rival = rivals(values, near);
  return values.map(
    (x) => new Set([...x.normal].filter((v) => values.some((y) => y !== x && !y.stated.has(v) && missing(y, x).some((w) => rival(v, w))))),
  );
}

/**
 * One article's values of a kind: in the claim's sentences (`normal`), anywhere in it
 * (`stated`), and the pairs of them it gives as two figures (`apart`, "v|w").
 */
interface ArticleValues {
  normal: Set<string>;
  stated: Set<string>;
  apart: Set<string>;
}

/**
 * Whether the articles' values disagree: two articles each give a value (`normal`, in the
 * claim) the other does not state (`stated`, also counting the claim's own values): "Tuesday"
 * and "Wednesday". One article giving more values than another ("15% and 6%" against "15%")
 * is an omission, not a disagreement, and two values must be `near` enough to be readings of
 * one figure, when that is asked. For days and times (`oneEvent`), two articles that share a
 * value do not disagree over their others.
 */
function conflicting(values: ArticleValues[], near?: (v: string, w: string) => boolean, oneEvent = false): boolean {
  const rival = rivals(values, near);
  return values.some((x, i) =>
    values.some((y, j) => {
      if (i >= j) return false;
      // Two articles that agree on one day ("on Friday") date other events with their other
      // days ("said on Monday", "found last Thursday"), not the claim's.
      if (oneEvent && [...x.normal].some((v) => y.normal.has(v))) return false;
      const [a, b] = [missing(x, y), missing(y, x)];
      return a.some((v) => b.some((w) => rival(v, w)));
    }),
  );
}

/**
 * Whether two values may be two readings of one figure: `near` enough, when that is asked, and
 * never given side by side by one article of the claim ("3.2% in October from 3.8% in
 * September": one article giving both shows they are two figures, not a disagreement).
 */
function rivals(values: ArticleValues[], near?: (v: string, w: string) => boolean): (v: string, w: string) => boolean {
  return (v, w) => (!near || near(v, w)) && !values.some(({ apart }) => apart.has(`${v}|${w}`));
}

/**
 * Per quantity in dispute, per article, the amounts (`normal`) in that disagreement: for every
 * two articles that each give an amount the other does not state, the two such amounts nearest
 * each other (by ratio; digits transposed nearest of all), as the likeliest two readings of one
 * figure. Pairs sharing an amount are one quantity: "40%" against "nearly half" and "18%"
 * against a translation's "81%" are two rows. An article whose amounts all agree with every
 * other article's keeps the ones a disagreement is about, so the majority reading is shown too.
 */
function disputed(values: ArticleValues[], near: (v: string, w: string) => boolean): Set<string>[][] {
  const rival = rivals(values, near);
  // Digits transposed ("81%" for "18%") are a slip, the nearest two readings can be.
  const gap = ([v, w]: readonly [string, string]) =>
    isTransposed(amountIn(v), amountIn(w)) ? 0 : Math.abs(Math.log(amountIn(v) / amountIn(w))) || 0;
  const closest: { i: number; j: number; pair: readonly [string, string] }[] = [];
  values.forEach((x, i) =>
    values.forEach((y, j) => {
      if (i >= j) return;
      const pairs = missing(x, y).flatMap((v) =>
        missing(y, x)
          .filter((w) => rival(v, w))
          .map((w) => [v, w] as const),
      );
      const pair = pairs.sort((p, q) => gap(p) - gap(q))[0];
      if (pair) closest.push({ i, j, pair });
    }),
  );
  // Readings at most twice apart, or the nearest there are: "66 seats" against "67" is the
  // disagreement, not the "nine short" one article and the "150 seats" another also give.
  const bound = Math.max(Math.log(2), Math.min(...closest.map(({ pair }) => gap(pair))));
  const kept = closest.filter(({ pair }) => gap(pair) <= bound);
  // Amounts joined by a kept pair, directly or through others, are one quantity.
  const quantity = new Map<string, string>();
  const root = (v: string): string => {
    const up = quantity.get(v) ?? v;
    return up === v ? v : root(up);
  };
  for (const { pair } of kept) quantity.set(root(pair[0]), root(pair[1]));
  const roots = [...new Set(kept.map(({ pair }) => root(pair[0])))];
  return roots.map((r) => {
    const shown = values.map(() => new Set<string>());
    for (const { i, j, pair } of kept) {
      if (root(pair[0]) !== r) continue;
      shown[i]!.add(pair[0]);
      shown[j]!.add(pair[1]);
    }
    // The articles that give a disputed amount as stated by another side: "3.2%" in the
    // articles that agree with each other and disagree with the one that says "3.1%".
    const all = new Set(shown.flatMap((set) => [...set]));
    values.forEach((x, i) => {
      for (const v of x.normal) if (all.has(v)) shown[i]!.add(v);
    });
    return shown;
  });
}

/**
 * Years more than one apart date two events ("born in 1938", "stopped touring in 2015"), not two
 * readings of one; "2022" against "2023" may be either, and is shown.
 */
function nearYears(v: string, w: string): boolean {
  // A span ("2015–2022") is near another whose ends are each near its own.
  const [x, y] = [v.split('–').map(Number), w.split('–').map(Number)];
  return x.length === y.length && x.every((year, i) => Math.abs(year - y[i]!) <= 1 || (x.length === 1 && isTransposed(year, y[i]!)));
}

/** The span two years bound, from its text ("between 2015 and 2022" is "2015–2022"). */
function yearSpan(range: string): string {
  return (range.match(/\d{4}/g) ?? []).join('–');
}

/**
 * Clock times three hours or more apart are two moments of a story ("the fire started at 10
 * p.m." and "was under control by 4 a.m."), not two readings of one.
 */
function nearTimes(v: string, w: string): boolean {
  const apart = Math.abs(clockMinutes(v) - clockMinutes(w));
  return Math.min(apart, 24 * 60 - apart) < 180;
}

/**
 * Temperatures more than five degrees apart are two readings of the weather ("46.3C" on
 * Tuesday, "around 35C" by the weekend), not two reports of one.
 */
function nearTemperatures(v: string, w: string): boolean {
  return Math.abs(Number.parseFloat(v) - Number.parseFloat(w)) <= 5;
}

/** The first number in a normalised value ("KRONE 1200000000" is 1200000000). */
const amountIn = (v: string) => Number(/\d+(?:\.\d+)?/.exec(v)?.[0]);

/** Whether two amounts are at most `limit` times apart; `unknown` when either gives no positive amount. */
const withinRatio =
  (limit: number, unknown: boolean) =>
  (v: string, w: string): boolean => {
    const x = amountIn(v);
    const y = amountIn(w);
    if (!(x > 0 && y > 0)) return unknown;
    return Math.max(x, y) / Math.min(x, y) <= limit;
  };

/**
 * Spans of time more than three times apart are two spans ("a five-year contract", a
 * "24-year-old"), not two readings of one; "four years" against "five years" is shown.
 */
const nearSpans = withinRatio(3, false);
/** The same bound for measures (see nearMeasures), read once. */
const threefold = nearSpans;

/** Words after a span of time that make it the gap between two events ("two hours before the start"). */
const GAP_WORDS = new Set(['before', 'after', 'earlier', 'later', 'ahead', 'late', 'early']);

/**
 * Whether two spans of a claim measure one gap between two events, however far apart: each is
 * followed by one word tying it to an event ("two hours before the start", a translation's
 * "twelve hours before the beginning"), where "a three-year contract" and "more than a decade"
 * measure two things.
 */
function spanGaps(
  members: SentenceRecord[],
  picks: (f: Figure) => boolean,
  value: (f: Figure) => string,
): (v: string, w: string) => boolean {
  const gapsOf = new Map<string, Set<string>>();
  for (const m of members)
    for (const f of m.facts.figures.filter(picks)) {
      const at = m.text.indexOf(f.text);
      const next = at < 0 ? undefined : /^\s+(\p{L}+)/u.exec(m.text.slice(at + f.text.length))?.[1]?.toLowerCase();
      if (next && GAP_WORDS.has(next)) gapsOf.set(value(f), (gapsOf.get(value(f)) ?? new Set()).add(next));
    }
  return (v, w) => [...(gapsOf.get(v) ?? [])].some((word) => gapsOf.get(w)?.has(word));
}

/**
 * Ages more than twice apart are two ages ("aged 18 and over" for one group, "65 and over" for
 * another), not two readings of one; "65" against a translation's "56" is shown.
 */
const nearAges = withinRatio(2, false);

/**
 * Measures more than three times apart are two measures (a "187-kilometre stage" and the "six
 * kilometres" left to its top), not two readings of one, unless one is the other with its digits
 * transposed or its decimal point slipped ("4.2 km" for "2.4 km", "1.9 km" for "19 km").
 */
const nearMeasures = (v: string, w: string): boolean =>
  threefold(v, w) || isTransposed(amountIn(v), amountIn(w)) || sameDigits(amountIn(v), amountIn(w));

/** Whether two positive amounts write the same digits, their decimal point or scale apart ("1.9" and "19", "1,900"). */
function sameDigits(x: number, y: number): boolean {
  const digits = (n: number) =>
    String(n)
      .replace(/\D/g, '')
      .replace(/^0+|0+$/g, '');
  return x > 0 && y > 0 && x !== y && digits(x) === digits(y);
}

/**
 * Amounts more than a hundred times apart are two quantities, not two readings of one ("some
 * 2,000 people" evacuated and "Four people" hurt, in two sentences of one claim); "£700
 * million" against "£50 million" is still a disagreement.
 */
const hundredfold = withinRatio(100, true);
const comparable = (v: string, w: string): boolean => hundredfold(v, w) || scaleSlip(v, w);

/**
 * Whether two amounts of a thousand or more differ by a scale word only, their digits the same
 * ("1.2 billion kroner" against "1.2 million kroner"): a slip of the scale, a disagreement
 * however far apart.
 */
function scaleSlip(v: string, w: string): boolean {
  const x = amountIn(v);
  const y = amountIn(w);
  // "2 people" against "2,000 people" are more likely two quantities; a slip is between scales.
  if (!(Math.min(x, y) >= 1000)) return false;
  const thousands = Math.log10(Math.max(x, y) / Math.min(x, y)) / 3;
  return thousands >= 1 && Math.abs(thousands - Math.round(thousands)) < 1e-9;
}

/**
 * Whether the articles' readings of one quantity could all be true at once (see boundsAgree:
 * "more than 170" and "180"), unless two of them are one amount with its digits transposed
 * ("at least 19", "at least 91"): a slip, never "not necessarily a contradiction".
 */
function readingsAgree(figuresByArticle: Figure[][]): boolean {
  const amounts = figuresByArticle.flat().flatMap((f) => (f.amount === undefined ? [] : [f.amount]));
  return !amounts.some((a) => amounts.some((b) => isTransposed(a, b))) && boundsAgree(figuresByArticle);
}

/**
 * Whether `f` is another reading of `g`'s amount, as a slip makes one, not merely a close
 * amount of something else: money in its currency or a count of its unit whose digits are
 * `g`'s transposed ("4.3 billions of dollars" for "$3.4 billion", "56" for "65"), or a count of
 * the same harm at most one and a half times apart ("31 injured" for "29 people" hurt).
 */
function rivalReading(f: Figure, g: Figure): boolean {
  if (f.amount === undefined || g.amount === undefined || f.amount === g.amount || f.age || g.age) return false;
  const money = f.kind === 'money' && g.kind === 'money' && f.currency === g.currency;
  const counts = f.kind === 'count' && g.kind === 'count';
  // Transposed digits are a slip however each names what it counts ("around 480", "around 840
  // animals"), and from a thousand up whatever each calls it (a translation's "83.000 demands
  // of asylum" for "38,000 asylum applications": two such amounts in one claim are no chance).
  if (isTransposed(f.amount, g.amount))
    return money || (counts && (f.unit === g.unit || !f.unit || !g.unit || Math.min(f.amount, g.amount) >= 1000));
  return (
    counts &&
    f.unit !== undefined &&
    f.unit === g.unit &&
    f.harm !== undefined &&
    f.harm === g.harm &&
    Math.max(f.amount, g.amount) / Math.min(f.amount, g.amount) <= 1.5
  );
}

/**
 * Whether a count is a tally's margin ("a majority of 27", "by 27 votes" for "214 votes to
 * 187"): an article giving the tally gives its margin too.
 */
function isMarginOf(count: Figure, tally: Figure): boolean {
  if (tally.kind !== 'tally' || count.kind !== 'count' || (count.unit !== undefined && !/^(?:vote|seat)$/.test(count.unit))) return false;
  const [x, y] = tally.value.split('-').map(Number);
  return count.amount === Math.abs(x! - y!);
}

/**
 * A figure only some articles give ("a pay offer of 6%" that one report leaves out): not a
 * disagreement, but what a reader comparing the reports should know. Amounts are compared
 * whatever each article counts ("600 jobs", "600 employments") and however it hedges them;
 * counts under ten are mostly incidental ("two sides", "one week"), and "thousands of
 * travellers" is no figure a report could leave out. Figures already in a disagreement are not
 * repeated.
 */
function omittedFigures(
  members: SentenceRecord[],
  secondary: Set<SentenceRecord>,
  contested: Set<Figure>,
  whole: Map<string, SentenceRecord[]>,
  otherClaims: Set<Figure>,
): Discrepancy[] {
  // Per amount, its first figure, each article's wording, and whether every member giving it
  // gives it for another of its claims (see figuresOfOtherClaims).
  const given = new Map<string, { figure: Figure; texts: Map<string, string>; elsewhere: boolean; quoted: boolean }>();
  // A bare number that another account of the claim gives as money ("valued 6 billions", as a
  // translation drops the currency, against "$6 billion") is that money, not a second amount.
  const money = new Map(
    members.flatMap((m) => m.facts.figures.filter((f) => f.kind === 'money').map((f) => [f.amount, amountOf(f)!] as const)),
  );
  const amountIn = (f: Figure) => (f.kind === 'count' && !f.unit && money.get(f.amount)) || amountOf(f);
  // An amount already in a disagreement ("12 people" against "19") is not also an omission,
  // however another article words it ("at least 12", "12 deaths").
  const contestedAmounts = new Set([...contested].map(amountOf));
  for (const m of members) {
    for (const figure of m.facts.figures) {
      const amount = amountIn(figure);
      if (amount === undefined || !reportable(figure) || contestedAmounts.has(amount) || secondary.has(m)) continue;
      const entry = given.get(amount) ?? { figure, texts: new Map<string, string>(), elsewhere: true, quoted: true };
      entry.elsewhere &&= otherClaims.has(figure);
      entry.quoted &&= insideQuotation(m, figure);
      if (!entry.texts.has(m.article)) entry.texts.set(m.article, shownText(figure));
      given.set(amount, entry);
    }
  }
  // A sentence supporting the claim as a second one founds no omission, but where it gives an
  // amount the claim's reports give, its article gives it too: the reader sees it in the claim.
  // The articles in the order they come, for every list this function builds.
  const order = [...new Set(members.map((m) => m.article))];
  for (const m of members) {
    if (!secondary.has(m)) continue;
    for (const figure of m.facts.figures) {
      const entry = given.get(amountIn(figure) ?? '');
      if (!entry || entry.texts.has(m.article)) continue;
      entry.texts = new Map(
        [...entry.texts, [m.article, shownText(figure)] as const].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
      );
    }
  }
  // Only an article that reports the claim itself can leave its figures out, not one whose
  // sentence supports it as a second claim.
  const reporting = new Set(members.filter((m) => !secondary.has(m)).map((m) => m.article));
  const articles = order.filter((article) => reporting.has(article));
  const found: (Omission & { figure: Figure; texts: Map<string, string>; elsewhere: boolean })[] = [];
  const inClaim = new Set(members);
  // An article's rival reading of a figure in the claim's own sentences (see rivalReading).
  const rivalInClaim = (article: string, figure: Figure) =>
    members
      .filter((m) => m.article === article)
      .flatMap((m) => m.facts.figures)
      .find((f) => rivalReading(f, figure));
  // Amounts an article gives another reading of in another claim (see rivalReading), with those readings.
  const rivalled = new Map<string, { figure: Figure; texts: Map<string, string>; rivals: { article: string; figure: Figure }[] }>();
  // An article quoting in the claim: where it leaves out words of the quotation, the claim's
  // quotation row shows what it trims ("From today, Hesta does not have to wait" for "For a
  // hundred years, … From today, it does not have to wait"), not an omitted figure.
  const quoting = new Set(members.filter((m) => m.facts.quotes.some((q) => !q.fragment)).map((m) => m.article));
  for (const [amount, { figure, texts, elsewhere, quoted }] of given) {
    // The number as written ("12,000", "60"), found anywhere in an article's text, even inside
    // a word the figure reader skips ("over-60s"): then the article does not leave it out.
    // Thousands separators are dropped on both sides: "2000" is "2,000" written plainly.
    const plain = (text: string) => text.replace(/(\d),(?=\d{3})/g, '$1');
    const digits = /\d[\d,.]*/.exec(plain(figure.text))?.[0]?.replace(/[.,]$/, '');
    const written = digits && new RegExp(`(?<![\\d.,])${digits.replace(/[.,]/g, '\\$&')}(?![.,]?\\d)`);
    const gives = (article: string) =>
      (whole.get(article) ?? []).some(
        (s) =>
          s.facts.figures.some((f) => amountIn(f) === amount || givesAmount(f, figure, amountKind) || isMarginOf(figure, f)) ||
          (written && written.test(plain(s.text))) ||
          spansYears(s, figure) ||
          sinceForWindow(s, figure, members) ||
          oneUnitSpan(figure, s) ||
          spansAlike(figure, s) ||
          sumsTo(figure, s),
      );
    const missing = articles.filter((article) => {
      if (texts.has(article) || gives(article) || (quoted && quoting.has(article))) return false;
      const figures = (whole.get(article) ?? []).flatMap((m) => m.facts.figures);
      // An article that gives a rival reading of the amount in another claim ("4.3 billions of
      // dollars" for "$3.4 billion", "31 injured" for "29 people" hurt) disagrees there; it does
      // not leave the amount out. A rival in this claim's own sentences is the one to set
      // against it (see below).
      if (rivalInClaim(article, figure)) return true;
      const elsewhere = (whole.get(article) ?? []).filter((m) => !inClaim.has(m)).flatMap((m) => m.facts.figures);
      const rival = elsewhere.find((f) => rivalReading(f, figure));
      if (rival) {
        rivalled.set(amount, { figure, texts, rivals: [...(rivalled.get(amount)?.rivals ?? []), { article, figure: rival }] });
        return false;
      }
      // "£50 million" against "$66 million", wherever the article gives it, may be one amount
      // converted: not an omission.
      const money = figures.filter((f) => f.kind === 'money');
      return figure.kind !== 'money' || money.length === 0 || money.some((f) => f.currency === figure.currency);
    });
    if (missing.length > 0)
      found.push({
        ...keyParts(amount),
        articles: [...texts.keys()].filter((article) => reporting.has(article)),
        missing,
        figure,
        texts,
        elsewhere,
      });
  }
  // Two close amounts, each left out by the articles giving the other, are one disagreement.
  // ... of one quantity: a death toll is not the count of the injured (see Figure.harm).
  const pairs = mutualOmissions(found).filter(([i, j]) => {
    const [x, y] = [found[i]!.figure.harm, found[j]!.figure.harm];
    return !x || !y || x === y;
  });
  // So are two amounts each a rival reading of the other ("lap 43" and a translation's "34th
  // round", transposed), each left out by the articles giving the other: the claim shows no
  // disagreement over them when their units differ or an article states both.
  const readsOther = (i: number, j: number) =>
    rivalReading(found[i]!.figure, found[j]!.figure) || rivalReading(found[j]!.figure, found[i]!.figure);
  const leftBy = (i: number, j: number) => [...found[j]!.texts.keys()].some((article) => found[i]!.missing.includes(article));
  const paired = new Set(pairs.flat());
  found.forEach((_, i) => {
    for (let j = i + 1; j < found.length; j += 1) {
      if (paired.has(i) || paired.has(j) || !readsOther(i, j) || !(leftBy(i, j) || leftBy(j, i))) continue;
      pairs.push([i, j]);
      paired.add(i).add(j);
    }
  });
  // An amount no other pairs with, left out by an article that gives a rival reading in the
  // claim's own sentences, is that article's disagreement, not its omission: the claim shows
  // none when the other article states the rival too, elsewhere (a translation's "a rupture of
  // 21 years" beside its quotation's "Twelve years of silence").
  found.forEach((x, i) => {
    if (paired.has(i)) return;
    x.missing = x.missing.filter((article) => {
      const rival = rivalInClaim(article, x.figure);
      if (!rival) return true;
      const amount = amountIn(x.figure)!;
      rivalled.set(amount, {
        figure: x.figure,
        texts: x.texts,
        rivals: [...(rivalled.get(amount)?.rivals ?? []), { article, figure: rival }],
      });
      return false;
    });
  });
  // Money reads with its currency, as the claim's own disagreements read it ("EUR 3200000").
  const readingOf = (f: Figure, value: number) =>
    `${f.qualifier && !isEstimate(f) ? `${f.qualifier} ` : ''}${f.kind === 'money' ? `${f.currency} ${value}` : value}`;
  const values = (x: (typeof found)[number]) =>
    [...x.texts].map(([article, value]) => ({ article, value, reading: readingOf(x.figure, x.value) }));
  // Another article's rival reading, as the row shows it.
  const rivalValue = ({ article, figure: f }: { article: string; figure: Figure }) => ({
    article,
    value: shownText(f),
    reading: readingOf(f, keyParts(amountOf(f)!).value),
  });
  const byArticle = (x: { article: string }, y: { article: string }) => order.indexOf(x.article) - order.indexOf(y.article);
  // A pair's amount that a further article gives a rival reading of elsewhere ("Until lap 43"
  // in the next paragraph) is one disagreement with that article in it, not a second one.
  const rivalsOf = (x: (typeof found)[number]) => {
    const amount = amountIn(x.figure)!;
    const entry = rivalled.get(amount);
    rivalled.delete(amount);
    return (entry?.rivals ?? []).map(rivalValue);
  };
  const pairRows = pairs.map(([i, j]): Discrepancy => {
    // "more than 1,200" infected and "1,240 cases" differ in wording, not in fact.
    const consistent = boundsAgree([[found[i]!.figure], [found[j]!.figure]]);
    return {
      type: found[i]!.figure.kind === 'money' ? 'amount' : 'number',
      values: [...values(found[i]!), ...values(found[j]!), ...rivalsOf(found[i]!), ...rivalsOf(found[j]!)].sort(byArticle),
      ...(consistent ? { consistent } : {}),
    };
  });
  return [
    ...pairRows,
    // The claim's amount against the reading another article gives in another of its claims
    // ("31 injured" here, "29 people" injured in the other report's next paragraph).
    // Not an amount the claim's sentences give only for another of their claims: that claim
    // shows the disagreement.
    ...[...rivalled]
      .filter(([amount]) => !given.get(amount)?.elsewhere)
      .map(([, { figure, texts, rivals }]): Discrepancy => {
        const value = keyParts(amountOf(figure)!).value;
        // "More than 20 others were hurt" elsewhere, against "Twenty-three people were injured".
        const consistent = readingsAgree([[figure], ...rivals.map((r) => [r.figure])]);
        return {
          type: figure.kind === 'money' ? 'amount' : 'number',
          values: [
            ...[...texts].map(([article, text]) => ({ article, value: text, reading: readingOf(figure, value) })),
            ...rivals.map(rivalValue),
          ].sort(byArticle),
          ...(consistent ? { consistent } : {}),
        };
      }),
    // An amount the claim's sentences give only for another of their claims is that claim's
    // to report, not left out of this one.
    ...found
      .filter((x, i) => !paired.has(i) && x.missing.length > 0 && !x.elsewhere)
      .map(({ texts, missing }): Discrepancy => ({
        type: 'omitted-figure',
        values: [...texts].map(([article, value]) => ({ article, value })),
        missing,
      })),
  ];
}

/** A figure as a reader is shown it: a range's low end in digits alone as the whole range ("2 to 3 percent", not "2"). */
function shownText(f: Figure): string {
  return f.range ?? f.text;
}

/** An amount's comparable key (see amountOf) split into what it states and how much: "money:EUR:1500" is "money:EUR" and 1500. */
function keyParts(key: string): { kind: string; value: number } {
  const colon = key.lastIndexOf(':');
  return { kind: key.slice(0, colon), value: Number(key.slice(colon + 1)) };
}

/** What a figure's amount states ("count", "span", "money:EUR"); none for a figure that states no amount. */
const amountKind = (f: Figure) => {
  const key = amountOf(f);
  return key === undefined ? undefined : keyParts(key).kind;
};

/**
 * The amount a figure states, as a comparable key; none for figures that are no amount. A span
 * of time up to weeks is one amount in whatever unit ("48 hours" and "two days", "a fortnight"
 * and "two weeks").
 */
function amountOf(f: Figure): string | undefined {
  if (f.kind === 'money') return `money:${f.currency}:${f.amount}`;
  if (f.kind === 'percent') return `percent:${f.amount}`;
  if (f.kind !== 'count' || f.amount === undefined || isVague(f)) return undefined;
  // Years stay years, as ages do ("over 60", "60 years"); months that make a year and a part
  // are counted in years (below).
  const hours = f.unit === undefined ? undefined : SPAN_HOURS[f.unit];
  if (hours !== undefined) return `span:${Math.round(f.amount * hours * 1000) / 1000}`;
  // Months that make a year and a part are counted in years ("18 months" is "a year and a
  // half"); whole years of months stay months, as a bare "three years" of something else is
  // common enough to pass for "36 months".
  const years = f.amount / 12;
  return f.unit === MONTH && !Number.isInteger(years) ? `count:${Math.round(years * 1000) / 1000}` : `count:${f.amount}`;
}

const MONTH = stemmer('months');

/** A percentage's word, optional after its number ("3%", "3 per cent"). */
const PERCENT = String.raw`\s*(?:%|per ?cent|percent)`;
/** What ends a band's low end before the figure ("3-", "between 3 and "), and what follows a low end ("-5%", " and 5 percent"). */
const BAND_BEFORE = new RegExp(
  String.raw`\d(?:[.,]\d+)?(?:${PERCENT})?\s*[-–]\s*$|\bbetween\s+\d+(?:[.,]\d+)?(?:${PERCENT})?\s+and\s+$`,
  'i',
);
const BAND_AFTER = new RegExp(String.raw`^(?:${PERCENT})?\s*[-–]\s*\d+(?:[.,]\d+)?${PERCENT}`, 'i');
const BETWEEN_AFTER = new RegExp(String.raw`^(?:${PERCENT})?\s+and\s+\d+(?:[.,]\d+)?${PERCENT}`, 'i');

/**
 * Whether a percentage's text is one end of a band in its sentence: "3-5%", "between 3 and 5
 * percent". Not "from 5% to 6.5%", a change whose two values are readings of their own.
 */
function endsBand(f: Figure, text: string): boolean {
  const at = text.indexOf(f.text);
  if (at < 0) return false;
  const before = text.slice(0, at);
  const after = text.slice(at + f.text.length);
  return BAND_BEFORE.test(before) || BAND_AFTER.test(after) || (/\bbetween\s+$/i.test(before) && BETWEEN_AFTER.test(after));
}

const YEAR = stemmer('years');

/**
 * Whether a sentence gives a span of years as the two years that bound it: "between 2015 and
 * 2024" is the "decade" another report gives (nine or ten years, as each counts).
 */
function spansYears(s: SentenceRecord, figure: Figure): boolean {
  if (figure.kind !== 'count' || figure.unit !== YEAR || figure.amount === undefined) return false;
  const years = s.facts.figures.filter((f) => f.kind === 'year').map((f) => f.amount!);
  return years.some((a) => years.some((b) => b - a === figure.amount || b - a === figure.amount! - 1));
}

/** Words that set a record before its window ("the first title in 27 years", "its biggest increase in fifteen years"). */
const RECORD_BEFORE =
  /\b(?:first|\p{L}+est|most|least|only)\b(?:\s+[\p{L}'’-]+){0,4}\s+in\s+(?:(?:more than|almost|nearly|over|about)\s+)?$/iu;

/**
 * Whether a sentence dates a record "since" a year ("for the first time since 1998", "the
 * highest level since 2008") where the claim gives the record's window in years ("the first
 * title in 27 years"): one fact, counted from the year or back from the news.
 */
function sinceForWindow(s: SentenceRecord, figure: Figure, members: SentenceRecord[]): boolean {
  if (figure.kind !== 'count' || figure.unit !== YEAR || !/\bsince\s+(?:1[89]|20)\d\d\b/.test(s.text)) return false;
  return members.some((m) => {
    const at = m.text.indexOf(figure.text);
    return at >= 0 && m.facts.figures.includes(figure) && RECORD_BEFORE.test(m.text.slice(0, at));
  });
}

/**
 * Whether an amount (see amountOf) is one a report could leave out: money, a percentage, a
 * count from ten up; not a person's age ("the 24-year-old", "34 years old", a translation's "the
 * athlete of 26 years", "At 19,", "aged 19"), which describes, not
 * reports, nor a time ago ("30 years ago"), which dates.
 */
function reportable(f: Figure): boolean {
  return f.kind !== 'count' || (f.amount! >= 10 && !isAge(f) && !/\sago$/.test(f.text) && !f.change);
}

/** One wording for each kind of bound, so that "as much as 5,000" and "up to 5,000" are one reading. */
function boundWord(qualifier: string): string {
  if (/^(?:at most|as much as|as many as|up to)$/.test(qualifier)) return 'up to';
  if (/^(?:over|more than)$/.test(qualifier)) return 'more than';
  if (/^(?:under|less than|fewer than)$/.test(qualifier)) return 'less than';
  return qualifier;
}

/** Whether a sentence gives a figure inside one of its quotations (not a scare-quoted phrase). */
function insideQuotation(s: SentenceRecord, f: Figure): boolean {
  const at = s.text.indexOf(f.text);
  return at >= 0 && s.facts.quotes.some((q) => !q.fragment && q.start <= at && at + f.text.length <= q.end);
}

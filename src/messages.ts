/**
 * Every message a person can see from this project: build errors for editors, and text the
 * pages show. Kept in one module so wording stays consistent and reviewable (Astro's rule:
 * what happened, where, and what to do, in one or two sentences).
 */

/** Build errors about content files; each names the file and says how to fix it. */
export const contentErrors = {
  notUtf8: (file: string, byteOffset: number) =>
    `${file} is not valid UTF-8 (first bad byte at offset ${byteOffset}). Re-save the file as UTF-8 and build again.`,
  badFrontmatter: (file: string, reason: string) =>
    `${file} has front matter that is not valid YAML (${reason}). Fix the block between the two "---" lines.`,
  unclosedFrontmatter: (file: string) =>
    `${file} opens a front matter block with "---" but never closes it. Add a closing "---" line after the fields.`,
  frontmatterNotMapping: (file: string) =>
    `${file} has front matter that is not a list of "field: value" lines. Write one field per line, e.g. "title: My story".`,
  invalidField: (file: string, field: string, problem: string) =>
    `${file}: front matter field "${field}" ${problem}. Fix the value and build again.`,
  emptyArticle: (file: string) => `${file} has no article text. Paste the article body below the front matter, or delete the file.`,
  /** A warning, not an error: the story builds without story.md. */
  missingStoryFile: (folder: string, title: string) =>
    `${folder} has no story.md, so the story is titled “${title}” after its folder and has a generic summary. Add ${folder}/story.md with "title" and "summary" in its front matter.`,
  noArticles: (folder: string) =>
    `${folder} has no articles. Add at least one Markdown (.md) or plain-text (.txt) file under ${folder}/articles/, or remove the story folder.`,
  duplicateArticle: (first: string, second: string) =>
    `${first} and ${second} are one article id in two formats. Keep one of them (the file name becomes the article's URL).`,
  /** A warning: the file or folder is published under a URL-safe form of its name. */
  renamedId: (file: string, id: string) =>
    `${file} is published as "${id}": a URL can only use letters, digits, "-" and "_". Rename it to ${id} to make this explicit.`,
  /** A warning: an article's front matter has fields the site does not use. */
  unknownArticleFields: (file: string, fields: string[], known: string[]) =>
    `${file}: front matter ${fields.length === 1 ? 'field' : 'fields'} ${fields.map((f) => `"${f}"`).join(', ')} ${fields.length === 1 ? 'is' : 'are'} not used (known: ${known.join(', ')}). Check the spelling if one was meant to be shown.`,
  /** A warning: a file that looks like an article sits outside the story's articles/ folder. */
  strayArticle: (file: string) =>
    `${file} is outside the story's articles/ folder, so it is not read. Move it into articles/ if it is an article.`,
  sameId: (first: string, second: string, id: string) =>
    `${first} and ${second} would both be published as "${id}". Rename one of them (the name becomes part of the page URL).`,
  badId: (file: string) =>
    `${file}: the file or folder name can only use letters, digits, "-" and "_". Rename it (this name becomes part of the page URL).`,
  noStories: (folder: string) => `${folder} has no story folders. Add content/stories/<story-id>/story.md and at least one article.`,
} as const;

/** What a story without story.md shows instead of an editor's words. */
export const contentDefaults = {
  summary: (articles: number) => `${articles === 1 ? 'One report' : `${articles} reports`} of the same story, compared claim by claim.`,
} as const;

/** Build errors about editorial override files (claims.yaml). */
export const overrideErrors = {
  invalid: (file: string, field: string, problem: string) => `${file}: "${field}" ${problem}. Fix the entry and build again.`,
  unknownClaim: (file: string, claim: string) =>
    `${file} names claim "${claim}", which this story does not have. Use an id listed in dist/data/<story>.json or remove the entry.`,
  unknownArticle: (file: string, article: string) =>
    `${file} names article "${article}", which is not in this story's articles/ folder. Check the spelling of the file name.`,
  unknownSentence: (file: string, article: string, anchor: string) =>
    `${file} names sentence "${anchor}" of article "${article}", which does not exist. Use an anchor shown on the article page (e.g. p3-s1).`,
  duplicateSlug: (file: string, slug: string) => `${file} gives the slug "${slug}" to two claims. Give each claim its own slug.`,
} as const;

/** Messages of the developer scripts under `scripts/`. */
export const scriptErrors = {
  noAnnotatedStory: (arg: string, folder: string) =>
    `No annotated story matches "${arg}". Give a name prefix from ${folder}/ or a folder holding an expected.json.`,
};

/** Plain-words descriptions of discrepancies; `labels` are the articles' source labels. */
export const discrepancyText = {
  /** "3 articles say Sunday (Article 2, Article 3, Article 4), 1 article says Monday (Article 1)" */
  countedValues: (groups: { value: string; labels: string[] }[]) =>
    groups
      .map(
        ({ value, labels }) =>
          `${labels.length} ${labels.length === 1 ? 'article' : 'articles'} ${labels.length === 1 ? 'says' : 'say'} ${value} (${labels.join(', ')})`,
      )
      .join(', '),
  /** "£700 million (Article 3) vs £50 million (Article 5)" */
  versus: (values: { value: string; label: string }[]) => values.map(({ value, label }) => `${value} (${label})`).join(' vs '),
  /** Articles giving a reading in other words: "Article 3: “3,2 percent”". */
  wordedAs: (labels: string, value: string) => `${labels}: “${value}”`,
  /** An article whose day is in the sentence before its account: "Article 2 in the sentence before". */
  inSentenceBefore: (label: string) => `${label} in the sentence before`,
  /** Said after `versus` when the figures' qualifiers ("more than", "at least", "about") let them all be true. */
  consistent:
    'not necessarily a contradiction: read with their qualifiers (“more than”, “at least”, “about”…), these figures can all be true',
  nameSpelling: (subject: string, variants: { value: string; labels: string[] }[]) =>
    `${subject} is spelled ${variants.map(({ value, labels }) => `“${value}” in ${labels.join(', ')}`).join('; ')}`,
  title: (subject: string, values: { value: string; labels: string[] }[]) =>
    `${subject} is called ${values.map(({ value, labels }) => `“${value}” in ${labels.join(', ')}`).join('; ')}`,
  /** "“Still in the early stages” in Article 1; “early stages” in Article 5 (trimmed)" */
  quoteWording: (wordings: { value: string; labels: string[]; trimmed?: boolean }[]) =>
    wordings.map(({ value, labels, trimmed }) => `“${value}” in ${labels.join(', ')}${trimmed ? ' (trimmed)' : ''}`).join('; '),
  /** "Quoted as Mira Santos’s words in Article 1, Article 2; as Emil Varga’s in Article 4" */
  speaker: (speakers: { value: string; labels: string[] }[]) =>
    `Quoted as ${speakers.map(({ value, labels }, i) => `${value}’s${i === 0 ? ' words' : ''} in ${labels.join(', ')}`).join('; as ')}`,
  /** "6% in Article 1, Article 4; not in Article 2" */
  omittedFigure: (given: { value: string; labels: string[] }[], missing: string[]) =>
    `${given.map(({ value, labels }) => `${value} in ${labels.join(', ')}`).join('; ')}; not in ${missing.join(', ')}`,
  heading: {
    amount: 'Different amounts',
    number: 'Different numbers',
    weekday: 'Different days',
    date: 'Different dates',
    time: 'Different times of day',
    temperature: 'Different temperatures',
    title: 'Different titles',
    'name-spelling': 'Different spellings of a name',
    'quote-wording': 'Different wording of the quote',
    speaker: 'Different speakers',
    'omitted-figure': 'A figure only some articles give',
  },
  /** What each kind of difference means, for the "How this site works" page. */
  explanation: {
    amount: 'Two articles give different sums of money in one currency for the same claim.',
    number:
      'Two articles give different counts of the same thing, different percentages, or different measurements of one quantity (distances, areas, speeds, weights, race times), compared after converting units: “12,000 hectares” and “29,650 acres” are the same. Two percentages are compared only when a word near them is shared: “fell 0.8% against the euro” and “inflation back at 2%” measure two things. When qualifiers such as “more than 170” or “at least 12” let every figure be true at once, the difference is marked as not necessarily a contradiction. When a sentence reports two claims, its figure is shown with the claim that more articles give it for, not again with the other. Spans of time given to two people (two prison terms) are compared person by person, so a report that swaps them disagrees on each.',
    weekday:
      'Two articles name different days of the week for the same event. A day that dates another event of the sentence (“counting the cost on Friday after the ministry said …”) is not compared. When a sentence reports two claims, its day is shown with the claim that more articles date by it, not again with the other.',
    date: 'Two articles give different dates, months or years for the same event.',
    time: 'Two articles give different clock times, less than three hours apart, for the same event (“6:40 a.m.” and “7:40 a.m.”). A time given loosely is compared only where its hedge cannot reconcile the two: “around 7” allows a quarter of an hour either way, “shortly before 7 a.m.” the half hour before, so “around 3:40” and “towards 4:40” disagree.',
    temperature:
      'Two articles give different temperatures, less than five degrees apart, for the same reading. Celsius and Fahrenheit are compared after conversion, and a difference that rounding explains (“46.3C” and “115F”) is none; a temperature given loosely (“around 35C”) is not compared.',
    title:
      'Two articles call the same person by different titles (“former President” and “President”). A courtesy or academic title (“Dr”, “Prof”, “Mr”) names no office and differs from none.',
    'name-spelling': 'An article spells a person’s name differently from the others.',
    'quote-wording':
      'The articles quote different words for the same quotation; a wording made only of pieces of another is marked “trimmed”.',
    speaker: 'The articles give the same quotation to different people: one of them misattributes it.',
    'omitted-figure':
      'Some articles give an amount (money, a percentage, or a count from ten up) that others reporting the same claim leave out. An amount in another currency may be a conversion and is not counted as left out. An article that gives a slip of the amount elsewhere (“4.3 billion” for “3.4 billion”) is shown disagreeing instead, and so are two close amounts that each side leaves out (“42 bronze sculptures” in three reports, “43 pieces” in the fourth).',
  },
} as const;

/** The "How this site works" page: what a claim is, how matching works, what each difference means. */
export const aboutText = {
  title: 'How this site works',
  description: 'How Side by Side finds the claims several reports share, how sure it is, and what each listed difference means.',
  intro:
    'When several outlets report the same story, their wordings differ. This site sets their reports side by side, claim by claim, so that you can see who wrote what.',
  claimsHeading: 'Claims',
  claims: [
    'A claim is something two or more of the articles report: a quotation, a figure, or a statement of fact. Each claim has its own page with every article’s wording, the words that differ highlighted against a base wording you can choose, and the differences spelled out.',
    'Claims are found by a program when the site is built, not written by hand. It compares every sentence with the sentences of the other articles: the words they share (and their WordNet synonyms), the people they name, the figures they give, who is quoted, and the quoted words. Sentences that match well on average become one claim; a sentence that reports two things can support two claims.',
    'Headlines, captions, boilerplate lines such as “READ ALSO” and paragraphs an article repeats are shown on the article pages, marked, but never count as an extra report of a claim.',
  ],
  confidenceHeading: 'How sure the matching is',
  confidence: (possibleBelow: number) =>
    `Every sentence of a claim carries a confidence from 0 to 1: how closely it matches the other articles’ wordings. Under ${possibleBelow} it is shown as a “possible match” (a badge on the claim page, a question mark in a story’s table). The matching can be wrong in both directions: a paraphrase it does not recognise is left out, and two sentences on the same topic can be put together. Editors can correct it story by story.`,
  differencesHeading: 'The differences listed',
  differencesIntro:
    'Under “Where the articles differ”, a story page first compares the titles and spellings each article gives the people it names, across the whole story; then it lists, and each claim page repeats, the differences within each claim:',
  evidenceHeading: 'Article text is evidence',
  evidence:
    'Articles are reproduced exactly as published, misspellings and machine-translation errors included, because the wording is what is being compared. An outlet, author, date or address is shown only where the source gives it; otherwise an article is called “Article 1”, “Article 2” and so on.',
  dataHeading: 'The data',
  data: 'Every story’s claims, with each sentence, its place in its article and its confidence, can be downloaded as JSON:',
  dataIndex: 'List of stories (JSON)',
} as const;

/** Words the search box writes into the page (the browser script reads them from here at build time). */
export const searchText = {
  claims: 'Claims',
  sentences: 'Sentences',
  loading: 'Loading search…',
  failed: 'Search could not load. Press Enter to search on the search page.',
  none: (q: string) => `Nothing found for “${q}”.`,
  status: (claims: number, sentences: number) =>
    `${claims} ${claims === 1 ? 'claim' : 'claims'} and ${sentences} ${sentences === 1 ? 'sentence' : 'sentences'} found. Use the up and down arrow keys to review, Enter to open.`,
  claimMeta: (kind: string, speaker: string, articles: number) => [kind, speaker, `${articles} articles`].filter(Boolean).join(' · '),
  resultsFor: (q: string) => `Results for “${q}”`,
} as const;

/** Words the pages show. */
export const ui = {
  siteName: 'Side by Side',
  siteTagline: 'How each outlet reported the same story, claim by claim.',
  skipToContent: 'Skip to content',
  footerVerbatim: 'Article text is reproduced verbatim as published, including errors, so that wordings can be compared.',
  aboutLink: 'How this site works',
  home: 'All stories',
  articlesHeading: 'Articles',
  articleFallbackLabel: (n: number) => `Article ${n}`,
  /** Shown for an article without a headline: its opening words, verbatim, so it can be recognised. */
  opening: (text: string) => `Opens: “${text.length > 140 ? `${text.slice(0, 140).replace(/\s+\S*$/, '')}…` : text}”`,
  articleCount: (n: number) => (n === 1 ? '1 article' : `${n} articles`),
  claimCount: (n: number) => (n === 1 ? '1 shared claim' : `${n} shared claims`),
  sentenceLink: 'Link to this sentence',
  sourceLink: 'Original source',
  noSource: 'Source address not given',
  publishedOn: 'Published',
  /** "By Jane Doe and John Roe" */
  byline: (authors: string[]) => `By ${authors.length > 1 ? `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}` : authors[0]}`,
  backToStory: (title: string) => `Back to story: ${title}`,
  boilerplate: 'Boilerplate line (not counted as support for a claim)',
  repeated: (paragraph: number) => `Repeats paragraph ${paragraph} of this article (not counted twice)`,
  heading: 'Headline or subheading',
  caption: 'Caption or attribution line',
  claimsHeading: 'Claims the articles share',
  discrepanciesHeading: 'Where the articles differ',
  peopleDifferencesHeading: 'On the people named, across the whole story',
  claimDifferencesHeading: 'Claim by claim',
  noDiscrepancies: 'The articles agree on the figures, names and titles in this claim.',
  kind: { quote: 'Quote', figure: 'Figure', statement: 'Statement' } as Record<string, string>,
  carriedBy: (n: number, total: number) => `Reported by ${n} of ${total} articles`,
  /** The articles of the story that do not report a claim. */
  notIn: (labels: string[]) => `not in ${labels.join(', ')}`,
  speakerLabel: 'Speaker',
  possibleMatch: 'Possible match',
  possibleMatchNote: 'The aligner is less sure this sentence reports the same claim.',
  baseWording: 'Base wording',
  /** Where in its article a wording stands; the sentence too when the claim has another wording from that paragraph. */
  paragraphPlace: (paragraph: number, sentence?: number) => `paragraph ${paragraph}${sentence ? `, sentence ${sentence}` : ''}`,
  compareAgainst: 'Compare against',
  wordingsHeading: 'Each article’s wording',
  inContext: 'Read in context',
  inserted: 'added: ',
  deleted: 'missing here: ',
  diffLegend:
    'Differences from the base wording: underlined text is only in this article; struck-through text is in the base wording but not here. Quotation-mark style, capitalisation and a number’s decimal or thousands mark (4.1 or 4,1) are ignored.',
  collationHeading: 'All wordings aligned',
  collationNote: 'Each row is one article. Shaded columns are where every article reads the same; other columns are where they branch.',
  collationGap: '(nothing)',
  previousClaim: 'Previous claim',
  nextClaim: 'Next claim',
  copyLink: 'Copy link',
  copied: 'Link copied',
  onlyIn: (label: string) => `Only in ${label}`,
  matrixHeading: 'Which article reports which claim',
  matrixCaption:
    'Claims (rows) against articles (columns). A check mark means the article reports the claim; a question mark, that it possibly does (the aligner is less sure).',
  reports: 'reports this claim',
  possiblyReports: 'possibly reports this claim',
  doesNotReport: 'does not report this claim',
  alignedSentence: (title: string) => `Shared claim: ${title}`,
  uniqueSentence: 'Only this article reports this',
  overlapHeading: 'How much the articles share',
  overlapDescription:
    'A grid of articles against articles. Above the diagonal: how many claims each pair shares. Below: the share of identical five-word runs, which reveals text copied from a common source. The same numbers are in the table that follows.',
  overlapCaption: 'Above the diagonal: shared claims. Below the diagonal: identical wording (share of five-word runs). Darker means more.',
  overlapTableCaption: 'Overlap between each pair of articles',
  overlapPair: 'Articles',
  overlapClaims: 'Shared claims',
  overlapWording: 'Identical wording',
  onlyInHeading: 'What only one article reports',
  onlyInSummary: (label: string, n: number) => `Only in ${label}: ${n} ${n === 1 ? 'sentence' : 'sentences'}`,
  articleLegend:
    'Highlighted sentences are shared with other articles (⇄ opens the comparison). Dotted-underlined sentences appear in this article only. Headlines, captions, boilerplate and repeated paragraphs are labelled and never count as support for a claim.',
  scrollTable: (name: string) => `${name} (scrolls sideways)`,
  searchLabel: 'Search claims and sentences',
  searchPlaceholder: 'Search claims, quotes, names, figures…',
  searchButton: 'Search',
  searchPageTitle: 'Search',
  searchPageIntro: 'Type part of a claim, a quote, a name or a figure. Spelling mistakes are tolerated.',
  allClaimsHeading: 'Every claim, by story',
  retiredTitle: 'This claim has been regrouped',
  retiredBody:
    'Articles were added to or removed from this story since this link was shared, and the sentences of this claim are now grouped differently.',
  retiredSuccessors: 'Its sentences are now part of:',
  retiredNone: 'None of its sentences is shared by two articles any more; the story page lists what the articles still share.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'This page does not exist. It may have been a link to a claim that was merged or removed.',
  notFoundSearch: 'Try the search field above, or browse every claim on the',
} as const;

import nlp from 'compromise';

/**
 * Last words of organisations' names ("Airways", "Group", "Systems", "Union"), from compromise's
 * model, and the industries and kinds of body its list lacks ("Halvorsen Steel", "Ardent
 * Sports", "Vessen Philharmonic").
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys((nlp as unknown as { model: () => { two: { orgWords: Record<string, true> } } }).model().two.orgWords),
  ...`steel metals mining shipping sports events philharmonic foods pharma telecom logistics alliance`.split(' '),
]);

/** First words of places' names ("Mount Serrano", "Port Keta", "Lake Orva", "University of Lund"). */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(`mount port lake cape fort university`.split(' '));

/** Last words of places, buildings and events named after people or places ("Charles de Gaulle Airport", "Nelson Mandela Square", "the Brenna Cup"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `airport station street avenue road boulevard square bridge stadium arena hospital university school college
  centre center museum library prize award foundation institute cup trophy championship championships games
  tournament marathon festival league`.split(/\s+/),
);

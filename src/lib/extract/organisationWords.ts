import nlp from 'compromise';

/** Last words of organisations' names ("Airways", "Group", "Systems", "Union"), from compromise's model. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  Object.keys((nlp as unknown as { model: () => { two: { orgWords: Record<string, true> } } }).model().two.orgWords),
);

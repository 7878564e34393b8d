import nlp from 'compromise';

type Conjugate = (verb: string, model: unknown) => Record<string, string>;
const conjugate = (nlp as unknown as { methods: () => { two: { transform: { verb: { conjugate: Conjugate } } } } }).methods().two.transform
  .verb.conjugate;
const MODEL = nlp.model();

/** The one-word forms compromise conjugates a verb into ("make" -> made, makes, making), the verb itself included. */
export function verbForms(infinitive: string): string[] {
  const forms = Object.values(conjugate(infinitive, MODEL)).filter((form) => !form.includes(' '));
  return [...new Set([infinitive, ...forms])];
}

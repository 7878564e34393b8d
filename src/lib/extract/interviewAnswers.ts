import type { SentenceRecord } from '../types.ts';

/** An introduction saying the article is an interview ("We spoke to his lawyer", "We asked Marco Ferrante", "Interview:"). */
const INTERVIEW_CUE = /\b(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)\b|\b(?:we|I)\s+asked\b|\binterview(?:ed)?\b|\bsat\s+down\s+with\b/iu;

/** A question put as a heading ("**Will you appeal?**"). */
const isQuestion = (s: SentenceRecord) => s.kind === 'heading' && /\?["”’]?$/u.test(s.text.trim());

/**
 * In one article's sentences (in order), the answers of a question-and-answer interview and the
 * person who gives them: an interview is an article whose introduction, before the first of at
 * least two question headings, says it is one and names the person interviewed (in that
 * sentence, or in one before it when it says "her"); each sentence of text under a question,
 * up to the next heading, is that person's answer. An explainer's questions ("Is my data
 * deleted now?") have no such introduction: the outlet answers them, and they have no speaker.
 */
export function interviewAnswers(article: SentenceRecord[]): { interviewee?: string; answers: SentenceRecord[] } {
  const questions = article.filter(isQuestion);
  if (questions.length < 2) return { answers: [] };
  const first = article.indexOf(questions[0]!);
  const intro = article.slice(0, first).filter((s) => s.kind === 'text');
  // The sentence saying so, or a headline that does ("Interview: '…'") over the whole introduction.
  const cue = intro.findLastIndex((s) => INTERVIEW_CUE.test(s.text));
  if (cue < 0 && !(article[0]?.kind === 'heading' && INTERVIEW_CUE.test(article[0].text))) return { answers: [] };
  // The person the cue names last, else the last one named before it ("We spoke to her").
  const named = intro
    .slice(0, cue < 0 ? intro.length : cue + 1)
    .flatMap((s) => s.facts.people.flatMap((p) => (p.person ? [p.person] : [])));
  const interviewee = named.at(-1);
  if (!interviewee) return { answers: [] };
  const answers: SentenceRecord[] = [];
  let answering = false;
  for (const s of article.slice(first)) {
    if (s.kind === 'heading') answering = isQuestion(s);
    else if (answering && s.kind === 'text') answers.push(s);
  }
  return { interviewee, answers };
}

import { describe, expect, it } from 'vitest';
import { interviewAnswers } from '../../../src/lib/extract/interviewAnswers.ts';
import { storyFacts } from '../../support/storyFacts.ts';

const INTERVIEW = [
  "# 'We will see the city in court': the platform on the ban",
  "Valbrenna's council voted on Thursday to outlaw holiday rentals. We asked Marco Ferrante, StayNest's head of policy, what happens next.",
  '**Will StayNest accept the decision?**',
  'No. We will see the city in court.',
  '**What would you have accepted?**',
  'A cap on the number of nights per year. We proposed 90 nights.',
].join('\n\n');

const answersOf = (body: string) => {
  const { interviewee, answers } = interviewAnswers(storyFacts(body).sentences);
  return { interviewee, answers: answers.map((s) => s.text) };
};

describe('interviewAnswers', () => {
  it('gives every sentence under a question heading to the person the introduction says was interviewed', () => {
    expect(answersOf(INTERVIEW)).toEqual({
      interviewee: 'marco-ferrante',
      answers: ['No.', 'We will see the city in court.', 'A cap on the number of nights per year.', 'We proposed 90 nights.'],
    });
  });

  it('finds the interviewee named in a sentence before "We spoke to her", under an "Interview:" headline', () => {
    const body = [
      "# Interview: 'A cut is not on the table'",
      'Elin Strand has led the Bank of Ostmark since 2022. We spoke to her on Wednesday.',
      '**Will you cut rates?**',
      'A cut before the summer is not on the table.',
      '**Will you seek a second term?**',
      'No. I will not stand again.',
    ].join('\n\n');
    expect(answersOf(body).interviewee).toBe('elin-strand');
  });

  it("leaves an explainer's answers to the outlet: no introduction says it is an interview", () => {
    const body = [
      '# What the ruling means for you',
      '**Is my data deleted now?**',
      'Not yet. Operators have six months to delete it, says Ana Vik of the data agency.',
      '**Can the police still get my data?**',
      'Only with a judge’s order.',
    ].join('\n\n');
    expect(answersOf(body)).toEqual({ answers: [] });
  });
});

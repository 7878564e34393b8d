import { describe, expect, it } from 'vitest';
import { reportedText } from '../../../src/lib/segment/reportedText.ts';

describe('reportedText', () => {
  it('blanks the dateline out, keeping every other character where it was', () => {
    const text = 'NORVIK (AP) — Two people died.';
    const reported = reportedText({ text, dateline: 'NORVIK (AP) — ' });
    expect(reported.trimStart()).toBe('Two people died.');
    expect(reported).toHaveLength(text.length);
  });

  it('leaves a text that does not open with the dateline alone (a quotation taken from the sentence)', () => {
    expect(reportedText({ text: 'Two people died.', dateline: 'NORVIK (AP) — ' })).toBe('Two people died.');
    expect(reportedText({ text: 'Two people died.' })).toBe('Two people died.');
  });

  it('blanks a politician’s party label ("Sen. Paul Brandt, R-Cedar Falls,", "(D-Nev.)"), not a word such as "D-Day"', () => {
    const text = 'The only vote against came from Sen. Paul Brandt, R-Cedar Falls, who said so.';
    const reported = reportedText({ text });
    expect(reported).not.toContain('Cedar');
    expect(reported).toHaveLength(text.length);
    expect(reportedText({ text: 'said Sen. Jacky Rosen (D-Nev.) on Monday' })).not.toContain('Nev');
    expect(reportedText({ text: 'the D-Day landings, R-rated' })).toBe('the D-Day landings, R-rated');
  });

  it('blanks a transcript’s speaker label ("NINA HORVAT: "), not a headline’s lead-in or a colon later on', () => {
    const text = 'NINA HORVAT: Pavel Rusk told us last night that the offer was fair.';
    const reported = reportedText({ text });
    expect(reported.trimStart()).toBe('Pavel Rusk told us last night that the offer was fair.');
    expect(reported).toHaveLength(text.length);
    expect(reportedText({ text: 'PRESENTER: Is there more to come?' }).trimStart()).toBe('Is there more to come?');
    expect(reportedText({ text: 'Selvan: the teachers in strike' })).toBe('Selvan: the teachers in strike');
    expect(reportedText({ text: 'The verdict, said the JUDGE: guilty.' })).toBe('The verdict, said the JUDGE: guilty.');
  });
});

import { describe, expect, it } from 'vitest';
import { SPEECH_VERB_WORDS, SPEECH_VERBS } from '../../../src/lib/extract/speechVerbs.ts';

describe('speechVerbs', () => {
  it('lists the one-word verbs of saying, not the words a phrase’s pattern looks ahead to ("put it bluntly")', () => {
    expect(SPEECH_VERB_WORDS.has('said')).toBe(true);
    expect(SPEECH_VERB_WORDS.has('declared')).toBe(true);
    for (const word of ['bluntly', 'simply', 'plainly']) expect(SPEECH_VERB_WORDS.has(word)).toBe(false);
  });

  it('matches "put it" only where it introduces words ("As Pell put it, …"), not "put it in the car"', () => {
    const verb = new RegExp(`\\b(${SPEECH_VERBS})\\b`, 'i');
    expect(verb.exec('As Marco Pell put it, water vapour is not life.')?.[0]).toBe('put it');
    expect(verb.exec('He put it in the car.')).toBeNull();
  });
});

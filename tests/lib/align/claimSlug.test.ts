import { describe, expect, it } from 'vitest';
import { claimSlug } from '../../../src/lib/align/claimSlug.ts';

describe('claimSlug', () => {
  const wordings = [
    { article: 'a', text: 'We want to send you some of the most despicable human beings to your countries.' },
    { article: 'b', text: 'He is seeking to send some of the most despicable human beings to other countries.' },
    { article: 'c', text: 'We want to send you some of the sleazy people to your country.' },
  ];

  it('builds a readable slug from the speaker and the three longest shared words, in reading order', () => {
    // Shared by two or more: despicable (10 letters), countries (9), beings (6), human (5), send, want.
    expect(claimSlug(wordings, 'Rubio')).toBe('rubio-despicable-beings-countries');
  });

  it('does not depend on the order of the wordings', () => {
    expect(claimSlug([...wordings].reverse(), 'Rubio')).toBe(claimSlug(wordings, 'Rubio'));
  });

  it('keeps the slug when a wording that shares no chosen word is removed', () => {
    expect(claimSlug(wordings.slice(0, 2), 'Rubio')).toBe(claimSlug(wordings, 'Rubio'));
  });

  it('counts forms of one word as one shared word, spelled as most articles spell it', () => {
    const talks = [
      { article: 'a', text: 'Unnamed officials said discussions were under way between the two nations.' },
      { article: 'b', text: 'Unknown officials from both countries were discussing the scheme.' },
    ];
    // "discussions" and "discussing" share a stem: one word, not two slots of the slug.
    expect(claimSlug(talks, undefined)).toBe('officials-countries-discussing');
  });

  it('ignores words only one article uses while shared words exist', () => {
    expect(claimSlug(wordings, 'Rubio')).not.toContain('sleazy');
  });
});

import { describe, expect, it } from 'vitest';
import { claimSlug } from '../../../src/lib/align/claimSlug.ts';

describe('claimSlug', () => {
  const wordings = [
    { article: 'a', text: 'We want to send you some of the most despicable human beings to your countries.' },
    { article: 'b', text: 'He is seeking to send some of the most despicable human beings to other countries.' },
    { article: 'c', text: 'We want to send you some of the sleazy people to your country.' },
  ];

  it('builds a readable slug from the speaker and the longest phrase of shared words, as the wordings give it', () => {
    // Shared by two or more: want, send, despicable, human, beings, countries; the three
    // consecutive ones with the most letters are "despicable human beings".
    expect(claimSlug(wordings, 'Rubio')).toBe('rubio-despicable-human-beings');
  });

  it('leaves an amount’s hedges out of the slug ("at least 41 migrants feared dead")', () => {
    const shipwreck = [
      { article: 'a', text: 'At least 41 migrants are feared dead after their boat sank.' },
      { article: 'b', text: 'At least 41 migrants were feared dead when the boat sank.' },
    ];
    expect(claimSlug(shipwreck, undefined)).toBe('migrants-feared-dead');
  });

  it('leaves days, months and verbs of saying out of the slug, and reads a hyphenated word as its parts', () => {
    const tariffs = [
      { article: 'a', text: 'Kavrin-made cars will face the tariff, Ostrel announced on Thursday.' },
      { article: 'b', text: 'Ostrel announced on Thursday that Kavrin cars face a tariff.' },
    ];
    // Of the three-word runs, "cars face tariff" is the one both articles write.
    expect(claimSlug(tariffs, undefined)).toBe('cars-face-tariff');
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
    // "discussions" and "discussing" share a stem: one word, not two slots of the slug; a
    // word only one article uses fills the last slot.
    expect(claimSlug(talks, undefined)).toBe('officials-discussing-countries');
  });

  it('ignores words only one article uses while shared words exist', () => {
    expect(claimSlug(wordings, 'Rubio')).not.toContain('sleazy');
  });

  it('takes its next phrase when another claim has its slug, never the same words reordered', () => {
    const stores = [
      { article: 'a', text: 'All stores will stay open while the administrators look for a buyer, Grantley said.' },
      { article: 'c', text: 'Administrators from Grantley Advisory would keep all 86 stores trading while they seek a buyer.' },
      { article: 'e', text: 'The shops remain for the time being open, while the administrators seek a buyer.' },
    ];
    const best = claimSlug(stores, undefined);
    const next = claimSlug(stores, undefined, { taken: new Set([best]) });
    expect(next).not.toBe(best);
    expect(next.split('-').sort()).not.toEqual(best.split('-').sort());
    expect(claimSlug(stores, undefined, { taken: new Set(['some-other-claim']) })).toBe(best);
  });
});

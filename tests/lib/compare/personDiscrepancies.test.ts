import { describe, expect, it } from 'vitest';
import { personDiscrepancies } from '../../../src/lib/compare/personDiscrepancies.ts';
import { storyFacts as facts } from '../../support/storyFacts.ts';

const types = (list: ReturnType<typeof personDiscrepancies>) => list.map((d) => d.type);

describe('personDiscrepancies', () => {
  it('reports “former President” against “President” for the same person', () => {
    const { sentences, people } = facts('Former President Donald Trump spoke.', 'President Donald Trump spoke.');
    const title = personDiscrepancies(sentences, people).find((d) => d.type === 'title')!;
    expect(title.subject).toBe('Donald Trump');
    expect(title.values.map((v) => v.value)).toEqual(['Former President', 'President']);
  });

  it('reports “then-Prime Minister” against “Prime Minister”, in the articles’ own words', () => {
    const { sentences, people } = facts('It was cancelled by then-Prime Minister Jana Kolar.', 'Prime Minister Jana Kolar cancelled it.');
    const title = personDiscrepancies(sentences, people).find((d) => d.type === 'title')!;
    expect(title.values.map((v) => v.value)).toEqual(['then-Prime Minister', 'Prime Minister']);
  });

  it('reports no title difference when an article also writes the other’s title in a sentence naming the person', () => {
    const both = facts(
      'Deputy Governor Daniel Okafor becomes acting governor.',
      'Analysts expect acting governor Daniel Okafor to hold rates.',
    );
    expect(types(personDiscrepancies(both.sentences, both.people))).not.toContain('title');
    // "president" inside "the former president" is another office.
    const former = facts('The former president, Dario Feltre, spoke.', 'President Dario Feltre spoke after the former vice president.');
    const title = personDiscrepancies(former.sentences, former.people).find((d) => d.type === 'title');
    expect(title?.values.map((v) => v.value)).toEqual(['former president', 'President']);
  });

  it('lists every title and every misspelling an article uses, once each', () => {
    const { sentences, people } = facts(
      'Former President Donald Trump spoke. President Donald Trump left. Former President Donald Trump returned.',
      'President Donald Trump spoke. Olivier Nduhungirehe agreed.',
      'Olivier Nduhungirefer agreed. Olivier Ndunnguleje agreed. Olivier Nduhungirehe agreed.',
    );
    const [title, spelling] = personDiscrepancies(sentences, people);
    expect(title!.values).toMatchObject([
      { article: 'a1', value: 'Former President, President' },
      { article: 'a2', value: 'President' },
    ]);
    // Each reads as its lower case: a capital is house style.
    expect(title!.values.map((v) => v.reading)).toEqual(['former president, president', 'president']);
    expect(spelling!.values).toEqual([
      { article: 'a2', value: 'Nduhungirehe' },
      { article: 'a3', value: 'Nduhungirefer, Ndunnguleje' },
    ]);
  });

  it('takes a team’s “coach” for its “manager” (“Kelby manager Sam Okafor”, a translation’s “the coach of Kelby”)', () => {
    const { sentences, people } = facts(
      '"We won," Kelby manager Sam Okafor said.',
      '"We won," has declared the coach of Kelby Sam Okafor.',
    );
    expect(types(personDiscrepancies(sentences, people))).not.toContain('title');
  });

  it('takes “Lord Justice” for the “judge” another report names, but not “Justice Minister”', () => {
    const same = facts('"A decision," Lord Justice Amwell said.', '"A decision," said Judge Amwell.');
    expect(types(personDiscrepancies(same.sentences, same.people))).not.toContain('title');
    const other = facts('Justice Minister Ana Brod spoke.', 'Judge Ana Brod spoke.');
    expect(types(personDiscrepancies(other.sentences, other.people))).toContain('title');
  });

  it('takes “lead researcher” and a translation’s “principal researcher” for one title', () => {
    const { sentences, people } = facts(
      '"We found nothing," said lead researcher Mirela Dankova.',
      '"We have found nothing," has declared the principal researcher Mirela Dankova.',
    );
    expect(types(personDiscrepancies(sentences, people))).not.toContain('title');
    // The office itself still differs: a chief economist is no chief executive.
    const other = facts('Chief economist Ana Brod spoke.', 'Chief executive Ana Brod spoke.');
    expect(types(personDiscrepancies(other.sentences, other.people))).toContain('title');
  });

  it('takes a reordered portfolio or a spelling variant for the same title', () => {
    const health = facts('Health Minister Tomas Varga spoke.', 'The Minister of Health Tomas Varga spoke.');
    expect(personDiscrepancies(health.sentences, health.people)).toEqual([]);
    const spelling = facts('Councillor Ana Petrova spoke.', 'Councilor Ana Petrova spoke.');
    expect(personDiscrepancies(spelling.sentences, spelling.people)).toEqual([]);
    const club = facts('Varenna president Carlo Monti spoke.', 'Club president Carlo Monti spoke.');
    expect(personDiscrepancies(club.sentences, club.people)).toEqual([]);
    const ceo = facts('Chief executive Tara Lindqvist spoke.', 'CEO Tara Lindqvist spoke.');
    expect(personDiscrepancies(ceo.sentences, ceo.people)).toEqual([]);
    const translated = facts('Chief executive Tara Lindqvist spoke.', 'The general director Tara Lindqvist spoke.');
    expect(personDiscrepancies(translated.sentences, translated.people)).toEqual([]);
    // Italian's "amministratore delegato", translated word for word.
    const delegate = facts('Chief executive Lina Moro spoke.', 'The administrator delegate Lina Moro spoke.');
    expect(personDiscrepancies(delegate.sentences, delegate.people)).toEqual([]);
    const executive = facts('Cresta Farms chief executive Paula Niemi spoke.', 'The executive director Paula Niemi spoke.');
    expect(personDiscrepancies(executive.sentences, executive.people)).toEqual([]);
    // A capitalised head ending like a demonym ("Chairman", "Spokeswoman") is the office still.
    const capitalised = facts('Chairman Peter Lumo spoke.', "The industry association's chairman, Peter Lumo, spoke.");
    expect(personDiscrepancies(capitalised.sentences, capitalised.people)).toEqual([]);
    const spokeswoman = facts('Spokeswoman Ana Brod spoke.', 'The spokeswoman, Ana Brod, spoke.');
    expect(personDiscrepancies(spokeswoman.sentences, spokeswoman.people)).toEqual([]);
    // "Director general of" keeps its two words together when the portfolio moves before them.
    const ofCompany = facts('Abyssal Metals chief executive Jonas Kerr spoke.', 'The director general of Abyssal Metals Jonas Kerr spoke.');
    expect(personDiscrepancies(ofCompany.sentences, ofCompany.people)).toEqual([]);
    // A union's "general secretary" is its leader.
    const union = facts('Mara Kessel, general secretary of the National Teachers Union, spoke.', "The union's leader, Mara Kessel, spoke.");
    expect(personDiscrepancies(union.sentences, union.people)).toEqual([]);
    // A chief officer heads a function: the "chief financial officer" is the "finance chief".
    const cfo = facts(
      'The board appointed the chief financial officer, Jonas Reel, as interim boss.',
      'Finance chief Jonas Reel steps in.',
    );
    expect(personDiscrepancies(cfo.sentences, cfo.people)).toEqual([]);
    // So does a translation's "to the" ("commissaire à la Concurrence").
    const toThe = facts('Competition Commissioner Ines Vahl spoke.', 'The commissioner to the Competition Ines Vahl spoke.');
    expect(personDiscrepancies(toThe.sentences, toThe.people)).toEqual([]);
    const abbreviated = facts('Dr Lena Kovac led the study.', 'The study was led by doctor Lena Kovac.');
    expect(personDiscrepancies(abbreviated.sentences, abbreviated.people)).toEqual([]);
    const appositive = facts('Donald Trump, the former president, spoke.', 'President Donald Trump spoke.');
    expect(types(personDiscrepancies(appositive.sentences, appositive.people))).toEqual(['title']);
  });

  it('takes a profession and an office for two facts about the person, not two titles', () => {
    const glaciologist = facts('Glaciologist Martin Keller measured the ice.', 'Martin Keller, head of the institute, measured the ice.');
    expect(personDiscrepancies(glaciologist.sentences, glaciologist.people)).toEqual([]);
    // Two professions are compared still.
    const professions = facts('Geologist Martin Keller measured the ice.', 'Glaciologist Martin Keller measured the ice.');
    expect(types(personDiscrepancies(professions.sentences, professions.people))).toEqual(['title']);
  });

  it('takes a title shared by a list of names ("the two foreign ministers, Lena Okafor … and Dmitri Rask") for each one\'s office', () => {
    const { sentences, people } = facts(
      'The deal was signed by the two foreign ministers, Lena Okafor of Corvel and Dmitri Rask of Tessia.',
      "Corvel's Foreign Minister Lena Okafor spoke.",
      'The deal has been signed by the two ministers of Foreign Affairs, Lena Okafor of Corvel and Dmitri Rask of Tessia.',
    );
    expect(types(personDiscrepancies(sentences, people))).not.toContain('title');
  });

  it('reads a translation’s portfolio named by its source language’s word ("minister of the Work") as the English office', () => {
    const labour = facts('Labour Minister Hanna Rask spoke.', 'The minister of the Work Hanna Rask spoke.');
    expect(types(personDiscrepancies(labour.sentences, labour.people))).not.toContain('title');
    const foreign = facts('Foreign Minister Lena Okafor spoke.', 'The minister of the Exterior Lena Okafor spoke.');
    expect(types(personDiscrepancies(foreign.sentences, foreign.people))).not.toContain('title');
    // "her earlier assistant", "the ancient president": a translation's "former".
    const former = facts('Her former assistant Pavel Orm got four years.', 'Her earlier assistant Pavel Orm got four years.');
    expect(types(personDiscrepancies(former.sentences, former.people))).not.toContain('title');
    // A portfolio's other form: "Mining Minister", "the minister of the Mines".
    const mines = facts('Mining Minister Teresa Quon spoke.', 'The minister of the Mines Teresa Quon spoke.');
    expect(types(personDiscrepancies(mines.sentences, mines.people))).not.toContain('title');
    // A university's rector is its head; a dean is another office.
    const rector = facts('Jonas Ekberg, the rector of Talvik University, resigned.', 'The head of the university, Jonas Ekberg, resigned.');
    expect(types(personDiscrepancies(rector.sentences, rector.people))).not.toContain('title');
    const dean = facts(
      'Jonas Ekberg, the rector of Talvik University, resigned.',
      'Jonas Ekberg, dean of the University of Talvik, resigned.',
    );
    expect(types(personDiscrepancies(dean.sentences, dean.people))).toContain('title');
    // Another portfolio is still another title.
    const health = facts('Labour Minister Hanna Rask spoke.', 'The minister of the Health Hanna Rask spoke.');
    expect(types(personDiscrepancies(health.sentences, health.people))).toContain('title');
  });

  it('does not count a demonym or country as a different title', () => {
    const { sentences, people } = facts(
      'Rwandan Foreign Minister Olivier Nduhungirehe spoke.',
      'Foreign Minister Olivier Nduhungirehe spoke.',
    );
    expect(personDiscrepancies(sentences, people)).toEqual([]);
  });

  it('reports a misspelled name', () => {
    const { sentences, people } = facts('Olivier Nduhungirehe spoke.', 'Olivier Nduhungirehe agreed.', 'Olivier Nduhungirefer spoke.');
    const spelling = personDiscrepancies(sentences, people).find((d) => d.type === 'name-spelling')!;
    expect(spelling.values).toContainEqual({ article: 'a3', value: 'Nduhungirefer' });
  });

  it('takes "head", "chief", "leader", "boss", "chief executive", "president", "chair" and "director" for one office', () => {
    const jury = facts('Jury president Claire Vadim spoke.', 'Jury head Claire Vadim spoke.', 'Jury chair Claire Vadim spoke.');
    expect(types(personDiscrepancies(jury.sentences, jury.people))).not.toContain('title');
    const vice = facts('Vice President Ana Ruiz spoke.', 'President Ana Ruiz spoke.');
    expect(types(personDiscrepancies(vice.sentences, vice.people))).toContain('title');
    const union = facts('Union leader Ilse Varro spoke.', "Ilse Varro, the union's head, spoke.", 'The union chief Ilse Varro spoke.');
    expect(types(personDiscrepancies(union.sentences, union.people))).not.toContain('title');
    const ceo = facts('Chief executive Mira Castell spoke.', "Mira Castell, Lumen's boss, spoke.");
    expect(types(personDiscrepancies(ceo.sentences, ceo.people))).not.toContain('title');
    const envoy = facts(
      'UN envoy Petra Lindgren spoke.',
      'The envoy of the UN Petra Lindgren spoke.',
      "The UN's envoy, Petra Lindgren, spoke.",
    );
    expect(types(personDiscrepancies(envoy.sentences, envoy.people))).not.toContain('title');
    const director = facts('Ruta Malaki, the head of the disaster office, spoke.', 'Ruta Malaki, director of the disaster office, spoke.');
    expect(types(personDiscrepancies(director.sentences, director.people))).not.toContain('title');
    const deputyDirector = facts('Deputy director Ruta Malaki spoke.', 'Ruta Malaki, the director, spoke.');
    expect(types(personDiscrepancies(deputyDirector.sentences, deputyDirector.people))).toContain('title');
    const deputy = facts('Deputy leader Ilse Varro spoke.', 'Leader Ilse Varro spoke.');
    expect(types(personDiscrepancies(deputy.sentences, deputy.people))).toContain('title');
  });

  it('reports a first name spelled another way with every article’s whole name ("Youssef Amari" for "Yusuf Amari")', () => {
    const { sentences, people } = facts('Minister Yusuf Amari spoke.', 'Minister Yusuf Amari agreed.', 'The minister Youssef Amari spoke.');
    const spelling = personDiscrepancies(sentences, people).find((d) => d.type === 'name-spelling')!;
    expect(spelling.values).toEqual([
      { article: 'a1', value: 'Yusuf Amari' },
      { article: 'a2', value: 'Yusuf Amari' },
      { article: 'a3', value: 'Youssef Amari' },
    ]);
    // A particle opens the surname: "Van der Hoek" names no other given name.
    const hoek = facts('Fund manager Pieter van der Hoek spoke.', 'Van der Hoek agreed.');
    expect(types(personDiscrepancies(hoek.sentences, hoek.people))).not.toContain('name-spelling');
  });

  it('takes a capital for house style, not another spelling ("al-Hamdan", "Al-Hamdan")', () => {
    const { sentences, people } = facts('Minister Yusuf al-Hamdan spoke.', 'Minister Yusuf Al-Hamdan spoke.');
    expect(types(personDiscrepancies(sentences, people))).not.toContain('name-spelling');
  });

  it('takes "coalition leader" and "opposition leader" for one office, as "party leader" and "leader" are', () => {
    const { sentences, people } = facts(
      '"It is not a mandate," coalition leader Marie-Claire Ilunga told reporters.',
      'Opposition leader Marie-Claire Ilunga said it was not a mandate.',
    );
    expect(types(personDiscrepancies(sentences, people))).not.toContain('title');
  });

  it('does not count the office\'s owner as part of the title ("Belmont\'s President" and "new president")', () => {
    const { sentences, people } = facts(
      "Belmont's President Amadou Sarr has demanded the withdrawal.",
      "Belmont's new president, Amadou Sarr, called it a wound.",
    );
    expect(types(personDiscrepancies(sentences, people))).not.toContain('title');
  });

  it('takes a dropped accent for house style too ("Inès Barroda", "Ines Barroda"; "Ilić", "Ilic")', () => {
    const given = facts('Minister Inès Barroda spoke.', 'Minister Ines Barroda spoke.');
    expect(types(personDiscrepancies(given.sentences, given.people))).not.toContain('name-spelling');
    const surname = facts('Union leader Dora Ilić spoke.', 'Union leader Dora Ilic spoke.');
    expect(types(personDiscrepancies(surname.sentences, surname.people))).not.toContain('name-spelling');
  });

  it('takes a title made more specific by a place or a neutral word for the same title', () => {
    const same = facts(
      'Presiding judge Amira Holt and former mayor Henrik Sollen, and current mayor Nadia Berg.',
      'Judge Amira Holt and Former Kessary mayor Henrik Sollen, and Mayor Nadia Berg.',
    );
    expect(types(personDiscrepancies(same.sentences, same.people))).toEqual([]);
  });

  it('still reports a title that adds a word changing the office', () => {
    const { sentences, people } = facts('Vice President Ana Ruiz spoke.', 'President Ana Ruiz spoke.');
    expect(types(personDiscrepancies(sentences, people))).toEqual(['title']);
  });

  it('takes a rank alone ("his deputy, Ana Brod") for the office another article spells out', () => {
    const same = facts('Deputy Finance Minister Ana Brod will take over.', 'His deputy, Ana Brod, will run the ministry.');
    expect(types(personDiscrepancies(same.sentences, same.people))).toEqual([]);
  });

  it('takes a courtesy or academic title ("Dr") for no office, so no different title from an occupation', () => {
    const same = facts('"It is a first," said Dr Ines Halvorsen.', '"It is a first," said astronomer Ines Halvorsen.');
    expect(types(personDiscrepancies(same.sentences, same.people))).toEqual([]);
    const ranked = facts('Former President Ines Halvorsen spoke.', 'President Ines Halvorsen spoke.');
    expect(types(personDiscrepancies(ranked.sentences, ranked.people))).toEqual(['title']);
  });

  it('takes a police rank beside a post, and a spokesman for a spokeswoman, for the same title', () => {
    const same = facts(
      '"It was organised," said police spokesperson Inspector Ruth Adongo.',
      '"It was organised," police spokeswoman Ruth Adongo said.',
      '"It was organised," declared the spokesperson of the police, Ruth Adongo.',
    );
    expect(types(personDiscrepancies(same.sentences, same.people))).toEqual([]);
    const other = facts(
      '"It was organised," said police spokesperson Inspector Ruth Adongo.',
      '"It was organised," said police chief Ruth Adongo.',
    );
    expect(types(personDiscrepancies(other.sentences, other.people))).toEqual(['title']);
  });
});

/** Titles as news copy abbreviates them, lower case, with the word each stands for ("Sen." is a senator). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  mr: 'mr',
  mrs: 'mrs',
  ms: 'ms',
  dr: 'doctor',
  prof: 'professor',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  col: 'colonel',
  lt: 'lieutenant',
  capt: 'captain',
  sgt: 'sergeant',
  maj: 'major',
  adm: 'admiral',
  cmdr: 'commander',
  supt: 'superintendent',
  insp: 'inspector',
};

/** Titles that mark the following capitalised words as a person's name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  ...`president minister secretary senator representative governor mayor councillor councilor councilman
  councilwoman alderman king queen prince princess pope
  judge ambassador spokesperson spokesman spokeswoman commissioner chancellor premier chairman chairwoman
  professor sir dame lord lady commander colonel captain lieutenant sergeant admiral cardinal bishop archbishop
  inspector superintendent constable detective
  sheikh emir sultan envoy mp mep`.split(/\s+/),
  ...Object.keys(TITLE_ABBREVIATIONS),
]);

/**
 * Words that end a title written in lower case, before a name ("union chair Marta Quell") or
 * beside it in apposition ("Donald Trump, the former president,", "Rwanda's foreign
 * minister, Olivier Nduhungirehe,").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_TITLES,
  ...`chair head leader director executive officer chief founder ceo spokesperson delegate negotiator coach manager rector dean provost principal headteacher headmaster headmistress`.split(
    ' ',
  ),
]);

/** Lower-case particles inside a surname ("Pieter van der Hoek", "Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  `van von der den ter ten de du da di del della dos das la le bin ibn`.split(' '),
);

/** Weekday names, lower case, Monday first. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Month names, lower case, January first (index + 1 is the month's number). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Weekdays and months, lower case: calendar words, no names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** Units of spans of time as a count stores its noun (stemmed: "days" is "dai"): "four years", "24 centuries". */
export const SPAN_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'dai', 'hour', 'minut', 'decad', 'centuri']);

/** Hours in each short unit of time, as a count stores its noun (stemmed): "48 hours" and "two days" are one span. */
export const SPAN_HOURS: Readonly<Record<string, number>> = { minut: 1 / 60, hour: 1, dai: 24, week: 168 };

/** Months in each long unit of time (stemmed), a scale no whole number of weeks or days makes. */
export const SPAN_MONTHS: Readonly<Record<string, number>> = { month: 1, year: 12 };

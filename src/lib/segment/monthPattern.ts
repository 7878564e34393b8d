/** A month as datelines and timestamps abbreviate or spell it ("Nov", "Sept.", "November"): a regular expression source, capitalised. */
export const MONTH_PATTERN = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;

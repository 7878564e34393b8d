/** The `american-english` package (no types of its own): British spellings and their American forms. */
declare module 'american-english' {
  const american: {
    /** British spelling, lower case -> American spelling ("favour" -> "favor"). */
    us_spelling: Record<string, string>;
    /** American spelling, lower case -> British spelling. */
    uk_spelling: Record<string, string>;
  };
  export default american;
}

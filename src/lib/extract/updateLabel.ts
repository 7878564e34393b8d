/**
 * The label an update note opens with ("Update, Monday 9:00:", "UPDATED:", "Latest:",
 * "Breaking:"), up to its colon, or undefined. News added on top of an article says when it was
 * written there, which is neither the lede nor the day of the event.
 */
export function updateLabel(text: string): string | undefined {
  return /^(?:update[ds]?|latest|breaking)\b[^:.!?]{0,40}:/i.exec(text)?.[0];
}

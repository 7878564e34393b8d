import { ui } from '../messages.ts';

/**
 * The short source label readers see on every page: the outlet when the editor gave one,
 * otherwise a neutral "Article N" (never a guessed outlet: article text is evidence).
 */
export function articleLabel(article: { outlet?: string }, position: number): string {
  return article.outlet ?? ui.articleFallbackLabel(position);
}

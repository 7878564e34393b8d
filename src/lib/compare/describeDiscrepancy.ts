import { discrepancyText } from '../../messages.ts';
import type { Discrepancy } from '../types.ts';

/** Groups articles by the value they give, largest group first, then by value. */
function grouped(d: Discrepancy, labelOf: (article: string) => string) {
  const map = new Map<string, string[]>();
  for (const { article, value } of d.values) map.set(value, [...(map.get(value) ?? []), labelOf(article)]);
  return [...map]
    .map(([value, labels]) => ({ value, labels }))
    .sort((a, b) => b.labels.length - a.labels.length || a.value.localeCompare(b.value));
}

/** Says a discrepancy in plain words: "3 articles say Sunday, 1 says Monday". */
export function describeDiscrepancy(d: Discrepancy, labelOf: (article: string) => string): string {
  const groups = grouped(d, labelOf);
  switch (d.type) {
    case 'weekday':
    case 'date':
      return discrepancyText.countedValues(groups);
    case 'amount':
    case 'number':
      return discrepancyText.versus(groups.map((g) => ({ value: g.value, label: g.labels.join(', ') })));
    case 'name-spelling':
      return discrepancyText.nameSpelling(d.subject ?? '', groups);
    case 'title':
      return discrepancyText.title(d.subject ?? '', groups);
    case 'quote-wording':
      return discrepancyText.quoteWording(d.values.length);
  }
}

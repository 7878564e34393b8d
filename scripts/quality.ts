// Scores the aligner against the hand-annotated stories, as the README's quality table does:
// pairwise precision, recall and F1 per story, their mean, and the mean with every headline
// stripped. Run: npm run quality [-- <name prefix> | <folder holding an expected.json>]
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadWordnet } from '../src/data/loadWordnet.ts';
import { scriptErrors } from '../src/messages.ts';
import { evaluateFixture, evaluateWithoutHeadlines } from '../tests/support/evaluate.ts';

const FIXTURES = 'tests/fixtures/alignment';
const TARGET = 0.85;
const arg = process.argv[2] ?? '';
// An annotated story of one's own (a folder with an expected.json), or the fixtures whose names start with the argument.
const folders = existsSync(join(arg, 'expected.json'))
  ? [arg]
  : readdirSync(FIXTURES)
      .filter((name) => name.startsWith(arg))
      .map((name) => join(FIXTURES, name));
if (folders.length === 0) {
  console.error(scriptErrors.noAnnotatedStory(arg, FIXTURES));
  process.exit(1);
}
const synsets = loadWordnet();
const f1s: number[] = [];
const stripped: number[] = [];
console.log('story\tprecision\trecall\tF1');
for (const folder of folders) {
  const expected = join(folder, 'expected.json');
  const r = evaluateFixture(expected, { synsets });
  f1s.push(r.f1);
  stripped.push(evaluateWithoutHeadlines(expected, { synsets }).f1);
  console.log(`${basename(folder)}\t${r.precision.toFixed(3)}\t${r.recall.toFixed(3)}\t${r.f1.toFixed(3)}`);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const below = f1s.filter((f) => Number(f.toFixed(2)) < TARGET).length;
console.log(
  `mean F1 ${mean(f1s).toFixed(4)} over ${f1s.length} (headlines stripped: ${mean(stripped).toFixed(4)}); ${below} below ${TARGET}`,
);

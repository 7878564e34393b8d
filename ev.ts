import { evaluateFixture } from './tests/support/evaluate.ts';
import { loadWordnet } from './src/data/loadWordnet.ts';
const synsets = process.env.NOSYN ? undefined : loadWordnet();
const th = Number(process.argv[2] ?? 0.3);
const sec = process.env.SEC ? Number(process.env.SEC) : undefined;
const r = evaluateFixture('tests/fixtures/alignment/rwanda-us-deportation-talks/expected.json', { threshold: th, synsets, secondaryThreshold: sec });
console.log(th, 'P', r.precision.toFixed(3), 'R', r.recall.toFixed(3), 'F1', r.f1.toFixed(3), r.predictedPairs, r.referencePairs);
if (process.argv[3]) { console.log('FP', r.falsePositives); console.log('MISS', r.misses); console.log(r.groups.map(g=>g.join(' ')).join('\n')); }

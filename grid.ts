import { evaluateFixture } from './tests/support/evaluate.ts';
import { loadWordnet } from './src/data/loadWordnet.ts';
const synsets = loadWordnet();
const fx = ['rwanda-us-deportation-talks', 'harbour-bridge-vote'];
const run = (opts: any) => fx.map(n => evaluateFixture(`tests/fixtures/alignment/${n}/expected.json`, { synsets, ...opts }));
const fmt = (rs: any[]) => rs.map(r => `${r.precision.toFixed(2)}/${r.recall.toFixed(2)}/${r.f1.toFixed(3)}`).join('  ') + '  avg ' + (rs.reduce((s, r) => s + r.f1, 0) / rs.length).toFixed(3);
const grid = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) console.log(JSON.stringify(g), fmt(run(g)));

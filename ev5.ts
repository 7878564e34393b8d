import { processStory } from './src/lib/processStory.ts';
import { loadWordnet } from './src/data/loadWordnet.ts';
import { readArticles } from './tests/support/evaluate.ts';
const synsets = loadWordnet();
const t0 = performance.now();
const r = processStory({ id: 's', title: 'T', summary: 'S', articles: readArticles('content/stories/rwanda-us-deportation-talks') }, { synsets });
console.log('ms', performance.now() - t0);
for (const c of r.claims) { console.log(c.id, '|', c.kind, '|', c.speaker, '|', c.articleCount, '|', c.title); for (const d of c.discrepancies) console.log('   ', d.type, d.subject ?? '', JSON.stringify(d.values.map(v=>v.article.slice(0,3)+'='+v.value.slice(0,40)))); }

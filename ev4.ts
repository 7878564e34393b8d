import { readFileSync } from 'node:fs';
import { extractFacts } from './src/lib/extract/extractFacts.ts';
import { segmentArticle } from './src/lib/segment/segmentArticle.ts';
import { pairSimilarities } from './src/lib/align/pairSimilarities.ts';
import { sentenceFeatures } from './src/lib/align/sentenceFeatures.ts';
import { findAcronyms } from './src/lib/align/findAcronyms.ts';
import { loadWordnet } from './src/data/loadWordnet.ts';
import { readArticles } from './tests/support/evaluate.ts';
const { sentences } = extractFacts(readArticles('content/stories/rwanda-us-deportation-talks').map(a=>segmentArticle(a)));
const el = sentences.filter(s=>!s.repeated && (s.kind==='text'||s.kind==='heading'));
const aliases=findAcronyms(sentences.map(s=>s.text)); const synsets=loadWordnet();
const ref = (s)=> s.article.split('_')[0]+':'+s.anchor;
const vecs = el.map(s=>sentenceFeatures(s,{aliases,synsets}));
const arts=[...new Set(el.map(s=>s.article))];
const pairs = pairSimilarities(vecs, el.map(s=>arts.indexOf(s.article)), {minSimilarity:0});
const want = process.argv.slice(2);
for (const p of pairs) { const a=ref(el[p.a]), b=ref(el[p.b]); if (want.includes(a) && want.includes(b)) console.log(a,b,p.similarity.toFixed(3)); }
for (const w of want) { const i = el.findIndex(s=>ref(s)===w); console.log(w, [...vecs[i].keys()].join(' ')); }

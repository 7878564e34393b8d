import { readFileSync } from 'node:fs';
import { extractFacts } from './src/lib/extract/extractFacts.ts';
import { segmentArticle } from './src/lib/segment/segmentArticle.ts';
import { sentenceFeatures } from './src/lib/align/sentenceFeatures.ts';
import { readArticles, pairsOf } from './tests/support/evaluate.ts';
import { loadWordnet } from './src/data/loadWordnet.ts';
import { findAcronyms } from './src/lib/align/findAcronyms.ts';
const synsets = process.env.NOSYN ? undefined : loadWordnet(); 
const expected = JSON.parse(readFileSync('tests/fixtures/alignment/rwanda-us-deportation-talks/expected.json','utf8'));
const { sentences } = extractFacts(readArticles(expected.content).map(a=>segmentArticle(a)));
const aliases = findAcronyms(sentences.map(s=>s.text));
const el = sentences.filter(s=>!s.repeated && (s.kind==='text'||s.kind==='heading'));
const ref = (s)=> s.article.split('_')[0]+':'+s.anchor;
const R = pairsOf(Object.values(expected.claims));
const variants = {
  all: (f)=>true, noprefix: (f)=>!f.startsWith('x:'), nosyn: (f)=>!f.startsWith('y:'),
};
for (const [vn, keep] of Object.entries(variants)) {
const vecs = el.map(s=>new Map([...sentenceFeatures(s,{synsets,aliases})].filter(([f])=>keep(f))));
const df=new Map(); for (const v of vecs) for (const f of v.keys()) df.set(f,(df.get(f)??0)+1);
const N=vecs.length;
const W = vecs.map(v=>new Map([...v].map(([f,w])=>[f,w*Math.log(1+N/df.get(f))])));
const measures={cos:[],overlap:[],dice:[],geo:[]};
const labels=[];
for (let i=0;i<el.length;i++) for (let j=i+1;j<el.length;j++){ if (el[i].article===el[j].article) continue;
  const a=W[i], b=W[j]; let dot=0, na=0, nb=0, shared=0, sa=0, sb=0;
  for (const [f,w] of a){ na+=w*w; sa+=w; const x=b.get(f); if (x!==undefined){dot+=w*x; shared+=Math.min(w,x);} }
  for (const [,w] of b){ nb+=w*w; sb+=w; }
  const cos=dot/Math.sqrt(na*nb||1); const ov=shared/Math.min(sa,sb||1)||0; const dice=2*shared/(sa+sb||1);
  measures.cos.push(cos); measures.overlap.push(ov); measures.dice.push(dice); measures.geo.push(Math.sqrt(cos*ov));
  const ka=ref(el[i]), kb=ref(el[j]); labels.push(R.has(ka<kb?ka+'|'+kb:kb+'|'+ka));
}
for (const [m, vals] of Object.entries(measures)) {
  let best={f1:0,t:0};
  for (let t=0.02;t<0.9;t+=0.01){ let tp=0,fp=0,fn=0; vals.forEach((v,k)=>{ if(v>=t){ if(labels[k]) tp++; else fp++; } else if(labels[k]) fn++; }); const f1=2*tp/(2*tp+fp+fn); if(f1>best.f1) best={f1,t,tp,fp,fn}; }
  console.log(vn, m, JSON.stringify(best));
}}

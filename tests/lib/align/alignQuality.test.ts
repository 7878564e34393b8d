import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordnet } from '../../../src/data/loadWordnet.ts';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';
import { evaluateFixture, evaluateWithoutHeadlines, readArticles } from '../../support/evaluate.ts';

const FIXTURES = 'tests/fixtures/alignment';

/**
 * Pairwise precision/recall over cross-article sentence pairs against hand annotations. The
 * floors are set below the measured scores (README) so a change that makes alignment worse
 * fails here; the product targets (F1 0.90 / 0.85) are reported, not asserted, until met.
 */
const FLOORS: Record<string, { precision: number; f1: number }> = {
  'rwanda-us-deportation-talks': { precision: 0.9, f1: 0.8 },
  'harbour-bridge-vote': { precision: 0.9, f1: 0.85 },
  'valdra-warehouse-fire': { precision: 1, f1: 0.96 },
  'estrava-rate-rise': { precision: 0.95, f1: 0.95 },
  'korvel-mine-ruling': { precision: 0.74, f1: 0.65 },
  'marisol-measles-outbreak': { precision: 0.85, f1: 0.9 },
  'aurel-pilots-strike': { precision: 0.93, f1: 0.94 },
  'casso-port-sale': { precision: 0.9, f1: 0.85 },
  'veltra-data-breach': { precision: 1, f1: 0.9 },
  'tarnby-walking-study': { precision: 0.86, f1: 0.85 },
  'kessary-mayor-verdict': { precision: 0.97, f1: 0.87 },
  'vessland-election': { precision: 0.85, f1: 0.77 },
  'veska-fishing-accord': { precision: 0.73, f1: 0.77 },
  'norvik-floods': { precision: 0.84, f1: 0.8 },
  'halvik-telecom-results': { precision: 0.85, f1: 0.9 },
  'telmar-budget-debate': { precision: 0.89, f1: 0.91 },
  'soreno-earthquake': { precision: 0.88, f1: 0.8 },
  'lisvar-extradition-ruling': { precision: 0.85, f1: 0.72 },
  'orsana-cup-final': { precision: 0.84, f1: 0.65 },
  'kestrel-museum-theft': { precision: 0.7, f1: 0.7 },
  'lumen-phone-launch': { precision: 0.75, f1: 0.8 },
  'aldera-pension-protest': { precision: 0.69, f1: 0.69 },
  'qarnia-ceasefire': { precision: 1, f1: 0.97 },
  'solvik-singer-dies': { precision: 0.84, f1: 0.86 },
  'norland-asylum-centres': { precision: 0.75, f1: 0.69 },
  'ostria-jet-talks': { precision: 0.86, f1: 0.83 },
  'maranda-imf-loan': { precision: 0.92, f1: 0.87 },
  'orlach-train-crash': { precision: 0.9, f1: 0.79 },
  'nimbus-cloud-outage': { precision: 0.84, f1: 0.78 },
  'kaldor-minister-resigns': { precision: 0.8, f1: 0.76 },
  'brenner-record-transfer': { precision: 0.8, f1: 0.86 },
  'selin-shipwreck': { precision: 0.78, f1: 0.78 },
  'velmar-drought': { precision: 0.89, f1: 0.88 },
  'quill-layoffs': { precision: 0.76, f1: 0.76 },
  'westbrook-water-bill': { precision: 0.78, f1: 0.85 },
  'asteroid-flyby': { precision: 0.88, f1: 0.86 },
  'corvan-airbag-recall': { precision: 0.82, f1: 0.81 },
  'casmira-heat-record': { precision: 0.95, f1: 0.9 },
  'montaral-wildfire': { precision: 0.85, f1: 0.85 },
  'ardova-doping-ban': { precision: 0.93, f1: 0.79 },
  'velora-emergency-landing': { precision: 0.74, f1: 0.77 },
  'verano-film-prize': { precision: 0.82, f1: 0.88 },
  'velland-cable-talks': { precision: 0.78, f1: 0.76 },
  'ilka-storm': { precision: 0.9, f1: 0.69 },
  'dravia-inflation': { precision: 0.75, f1: 0.75 },
  'isker-water-talks': { precision: 0.95, f1: 0.85 },
  'veloxa-drug-approval': { precision: 0.82, f1: 0.78 },
  'marrow-cup-semifinal': { precision: 0.68, f1: 0.48 },
  'dorvan-prisoner-swap': { precision: 0.86, f1: 0.63 },
  'orveto-census': { precision: 0.64, f1: 0.62 },
  'halden-rocket-launch': { precision: 0.99, f1: 0.89 },
  'castrelo-climate-deal': { precision: 0.98, f1: 0.97 },
  'kessel-volcano-eruption': { precision: 0.79, f1: 0.76 },
  'coravia-vape-ban': { precision: 0.91, f1: 0.83 },
  'halberg-bank-fine': { precision: 0.8, f1: 0.81 },
  'ithos-shipwreck': { precision: 0.95, f1: 0.8 },
  'tarsova-port-talks': { precision: 0.9, f1: 0.72 },
  'maltera-aid-suspended': { precision: 0.92, f1: 0.78 },
  'velsa-cocaine-seizure': { precision: 0.86, f1: 0.85 },
  'valmont-tennis-final': { precision: 0.81, f1: 0.75 },
  'kerova-diplomats-expelled': { precision: 0.62, f1: 0.74 },
  'sarvan-pipeline-attack': { precision: 0.92, f1: 0.73 },
  'lorvia-minimum-wage': { precision: 0.88, f1: 0.88 },
  'ostrel-steel-tariffs': { precision: 0.77, f1: 0.67 },
  'haldria-bird-flu': { precision: 0.84, f1: 0.84 },
  'ardel-painting-auction': { precision: 0.85, f1: 0.78 },
  'selka-mine-rescue': { precision: 0.53, f1: 0.62 },
  'zamira-base-talks': { precision: 0.94, f1: 0.85 },
  'telvania-waiting-lists': { precision: 0.66, f1: 0.79 },
  'kepra-exoplanet-water': { precision: 0.71, f1: 0.63 },
  'moravec-tax-fraud': { precision: 0.73, f1: 0.63 },
  'harwick-derby': { precision: 0.86, f1: 0.7 },
  'esmar-autonomy-vote': { precision: 0.72, f1: 0.74 },
  'vexa-lumio-merger': { precision: 0.91, f1: 0.88 },
  'varnholt-hospital-hack': { precision: 0.78, f1: 0.55 },
  'calvia-oil-spill': { precision: 0.88, f1: 0.9 },
  'orvania-unemployment': { precision: 0.62, f1: 0.72 },
  'berran-marathon-record': { precision: 0.81, f1: 0.76 },
  'mv9-malaria-vaccine': { precision: 0.86, f1: 0.8 },
  'ostmark-rates-interview': { precision: 0.72, f1: 0.65 },
  'drava-stocks-slump': { precision: 0.68, f1: 0.6 },
  'kestra-ai-funding': { precision: 0.78, f1: 0.84 },
  'tarvic-airbag-recall': { precision: 0.88, f1: 0.84 },
  'selvan-teachers-strike': { precision: 0.77, f1: 0.84 },
  'corvania-lithium-deal': { precision: 0.87, f1: 0.74 },
  'brixa-bridge-collapse': { precision: 0.91, f1: 0.79 },
  'ondara-bronzes-return': { precision: 0.63, f1: 0.66 },
  'vesna-chess-title': { precision: 0.5, f1: 0.63 },
  'cresta-eggs-salmonella': { precision: 0.58, f1: 0.52 },
  'kessfjell-hiker-found': { precision: 0.8, f1: 0.83 },
  'harlund-mayor-expenses': { precision: 0.39, f1: 0.51 },
  'kallis-coach-sacked': { precision: 0.95, f1: 0.86 },
  'pellaria-assisted-dying': { precision: 0.88, f1: 0.82 },
  'norvia-energy-cap': { precision: 0.71, f1: 0.77 },
  'kelda-whale-stranding': { precision: 0.64, f1: 0.68 },
  'sorran-hostages-freed': { precision: 0.74, f1: 0.78 },
  'orvin-landslide': { precision: 0.91, f1: 0.88 },
  'marlow-finch-administration': { precision: 0.79, f1: 0.79 },
  'velmark-climate-ruling': { precision: 0.6, f1: 0.66 },
  'zipo-licence-revoked': { precision: 0.95, f1: 0.78 },
  'tessaly-rugby-final': { precision: 0.77, f1: 0.6 },
  'sarnia-cabinet-reshuffle': { precision: 0.52, f1: 0.55 },
  'aldra-glacier-loss': { precision: 0.85, f1: 0.74 },
  'tessmark-museum-reopens': { precision: 0.85, f1: 0.79 },
  'halden-university-ranking': { precision: 0.6, f1: 0.74 },
  'orlavia-federation-bribery': { precision: 0.93, f1: 0.72 },
  'kastor-prison-escape': { precision: 0.72, f1: 0.72 },
  'streamly-price-rise': { precision: 0.95, f1: 0.73 },
  'brannoch-silver-hoard': { precision: 0.93, f1: 0.77 },
  'veldhaven-leopard-cubs': { precision: 0.68, f1: 0.72 },
  'pelorn-call-centre-raids': { precision: 0.68, f1: 0.6 },
  'sorvik-car-ban': { precision: 0.84, f1: 0.83 },
  'lindar-fusion-record': { precision: 0.72, f1: 0.73 },
  'kessby-airport-terminal': { precision: 0.68, f1: 0.76 },
  'carvella-olive-harvest': { precision: 0.96, f1: 0.91 },
  'arven-state-visit': { precision: 0.64, f1: 0.71 },
  'dravik-coach-press-conference': { precision: 0.84, f1: 0.75 },
  'aurora-cruise-norovirus': { precision: 0.66, f1: 0.71 },
  'telsen-mayor-arrest': { precision: 0.52, f1: 0.6 },
  'marsden-research-misconduct': { precision: 0.86, f1: 0.75 },
  'rendal-snowstorm': { precision: 0.55, f1: 0.68 },
  'varsova-no-confidence': { precision: 0.87, f1: 0.67 },
  'lenna-river-fish-kill': { precision: 0.89, f1: 0.76 },
  'kelton-ferreyra-transfer': { precision: 0.82, f1: 0.61 },
  'quickbite-couriers-ruling': { precision: 0.82, f1: 0.84 },
  'ostby-lottery-jackpot': { precision: 0.85, f1: 0.86 },
  'quorvex-ceo-resigns': { precision: 0.97, f1: 0.63 },
  'valmora-exam-results': { precision: 0.61, f1: 0.72 },
  'dunmoor-bus-crash': { precision: 0.77, f1: 0.82 },
  'marisund-games-bid': { precision: 0.88, f1: 0.94 },
  'haldeck-nap-study': { precision: 0.86, f1: 0.67 },
  'calvera-tourism-record': { precision: 0.85, f1: 0.85 },
  'halvard-bank-trial': { precision: 0.81, f1: 0.64 },
  'renko-knee-injury': { precision: 0.87, f1: 0.72 },
  'ferrow-crane-returns': { precision: 0.72, f1: 0.62 },
  'silverline-reunion-tour': { precision: 0.86, f1: 0.86 },
  'kestland-budget-vote': { precision: 0.83, f1: 0.84 },
  'vessa-summit-record': { precision: 0.77, f1: 0.73 },
  'lorran-ferry-strike': { precision: 0.82, f1: 0.77 },
  'tovarra-school-meals': { precision: 0.83, f1: 0.82 },
  'skyhop-airline-collapse': { precision: 0.82, f1: 0.64 },
  'tessin-coalition-deal': { precision: 0.73, f1: 0.78 },
  'varnia-tour-crash': { precision: 0.74, f1: 0.66 },
  'brenthaus-plant-closure': { precision: 0.73, f1: 0.8 },
  'serran-reef-bleaching': { precision: 0.71, f1: 0.75 },
  'arvel-data-law-ruling': { precision: 0.66, f1: 0.6 },
  'halmstrand-zoo-twins': { precision: 0.92, f1: 0.9 },
  'torvane-building-collapse': { precision: 0.74, f1: 0.78 },
  'kessmark-salt-guidance': { precision: 0.8, f1: 0.85 },
  'kessrow-forgery-trial': { precision: 0.7, f1: 0.74 },
  'lunar-probe-landing': { precision: 0.51, f1: 0.62 },
  'dornholm-tuition-fees': { precision: 0.87, f1: 0.75 },
  'marven-hospital-strike': { precision: 0.55, f1: 0.63 },
  'velden-bank-merger': { precision: 0.88, f1: 0.7 },
  'korsa-rate-cut': { precision: 0.8, f1: 0.79 },
  'lyra-vance-retirement': { precision: 0.57, f1: 0.5 },
  'sanna-swim-record': { precision: 0.73, f1: 0.76 },
  'hollin-hit-and-run': { precision: 0.62, f1: 0.57 },
  'brevik-gas-explosion': { precision: 0.91, f1: 0.87 },
  'alvera-tourist-tax': { precision: 0.55, f1: 0.65 },
  'meridia-vaccine-trial': { precision: 0.75, f1: 0.8 },
  'solby-cash-depot-robbery': { precision: 0.73, f1: 0.78 },
  'tarrin-blackout': { precision: 0.77, f1: 0.78 },
  'valbrenna-rental-ban': { precision: 0.58, f1: 0.61 },
  'mirelia-voting-age': { precision: 0.48, f1: 0.62 },
  'sarnova-famine-warning': { precision: 0.93, f1: 0.86 },
  'palvoria-penguin-fossil': { precision: 0.71, f1: 0.67 },
  'bellmar-tornado': { precision: 0.82, f1: 0.79 },
  'korvath-recession': { precision: 0.74, f1: 0.79 },
  'bresk-port-bribery': { precision: 0.85, f1: 0.8 },
  'kartavia-influence-law': { precision: 0.76, f1: 0.65 },
  'melra-solo-sailing-record': { precision: 0.85, f1: 0.92 },
  'vestad-architect-dies': { precision: 0.64, f1: 0.63 },
  'ostland-petrol-record': { precision: 0.91, f1: 0.85 },
  'aldmark-lynx-release': { precision: 0.76, f1: 0.8 },
  'galdoria-avalanche': { precision: 0.82, f1: 0.7 },
  'caldera-bank-outage': { precision: 0.92, f1: 0.75 },
  'tovland-snap-election': { precision: 0.88, f1: 0.76 },
  'marlund-metro-fares': { precision: 0.83, f1: 0.85 },
  'lenvar-school-phone-ban': { precision: 0.63, f1: 0.64 },
  'halvaria-data-centre-talks': { precision: 0.69, f1: 0.66 },
  'brannfors-title-win': { precision: 0.63, f1: 0.55 },
  'sorvenna-blood-test': { precision: 0.82, f1: 0.82 },
  'skylark-profit-warning': { precision: 0.75, f1: 0.79 },
  'ravenna-maternity-inquiry': { precision: 0.52, f1: 0.59 },
  'netlynx-router-flaw': { precision: 0.7, f1: 0.6 },
  'kestavia-currency-talks': { precision: 1, f1: 0.66 },
  'sennholm-flash-floods': { precision: 0.77, f1: 0.61 },
  'arvenholm-president-speech': { precision: 0.56, f1: 0.63 },
  'varnby-airport-strike': { precision: 0.65, f1: 0.73 },
  'tessovia-house-prices': { precision: 0.8, f1: 0.79 },
  'varden-university-cuts': { precision: 0.89, f1: 0.84 },
  'linnmark-book-prize': { precision: 0.57, f1: 0.54 },
  'dravholm-air-pollution': { precision: 0.86, f1: 0.9 },
  'merovia-protesters-pardoned': { precision: 0.81, f1: 0.72 },
  'teravia-prison-talks': { precision: 0.87, f1: 0.79 },
  'ostavia-bottle-ban': { precision: 0.72, f1: 0.71 },
  'korlan-opposition-bail': { precision: 0.8, f1: 0.82 },
  'dovania-cholera-outbreak': { precision: 0.85, f1: 0.82 },
  'nambria-fuel-price-rise': { precision: 0.69, f1: 0.75 },
  'zambara-election-result': { precision: 0.94, f1: 0.86 },
  'tarvania-border-treaty': { precision: 0.78, f1: 0.69 },
  'morvana-sim-swap-arrests': { precision: 0.93, f1: 0.93 },
  'kenvara-digital-id': { precision: 0.84, f1: 0.8 },
  'mbeli-frog-discovery': { precision: 1, f1: 0.86 },
  'velmora-rate-hike': { precision: 0.77, f1: 0.78 },
  'lusaria-ngo-suspended': { precision: 0.81, f1: 0.78 },
  'kiranga-bus-crash': { precision: 0.8, f1: 0.75 },
  'orsava-troop-withdrawal': { precision: 0.9, f1: 0.73 },
  'tamsa-heatwave': { precision: 1, f1: 0.98 },
  'keltra-telecom-takeover': { precision: 0.84, f1: 0.8 },
  'dorala-journalist-verdict': { precision: 0.76, f1: 0.76 },
  'sapeli-cup-final': { precision: 0.86, f1: 0.92 },
  'orvel-border-reopening': { precision: 0.88, f1: 0.84 },
  'skarrow-tunnel-delay': { precision: 0.87, f1: 0.93 },
};

describe('alignment quality on annotated stories', () => {
  it.each(readdirSync(FIXTURES))('annotates only sentences that exist on %s', (name) => {
    // A misnumbered anchor names a sentence no aligner can find, so its pairs count as misses for good.
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as {
      content: string;
      claims: Record<string, string[]>;
    };
    const anchors = new Set(
      readArticles(expected.content)
        .map((article) => segmentArticle(article))
        .flatMap((article) => article.paragraphs.flatMap((p) => p.sentences.map((s) => `${article.id.split('_')[0]}:${s.anchor}`))),
    );
    const missing = Object.values(expected.claims)
      .flat()
      .filter((ref) => !anchors.has(ref));
    expect(missing).toEqual([]);
  });

  it.each(readdirSync(FIXTURES))('keeps precision and F1 above their floors on %s', (name) => {
    const result = evaluateFixture(join(FIXTURES, name, 'expected.json'), { synsets: loadWordnet() });
    const floor = FLOORS[name];
    expect(floor, `add a floor for ${name}`).toBeDefined();
    expect(result.precision).toBeGreaterThanOrEqual(floor!.precision);
    expect(result.f1).toBeGreaterThanOrEqual(floor!.f1);
  });

  it('aligns stories whose articles come without headlines nearly as well as with them', () => {
    // The seed's articles have no headline; most annotated stories' have one, and headlines
    // link to ledes. Stripping them measures the aligner on headline-less feeds: mean F1 over
    // the body sentences, 0.778 when this was written (the same sentences: 0.792 with headlines).
    const synsets = loadWordnet();
    const names = readdirSync(FIXTURES);
    const mean = (f1s: number[]) => f1s.reduce((a, b) => a + b, 0) / f1s.length;
    const stripped = mean(names.map((name) => evaluateWithoutHeadlines(join(FIXTURES, name, 'expected.json'), { synsets }).f1));
    expect(stripped).toBeGreaterThanOrEqual(0.77);
  });
});

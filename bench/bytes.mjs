// The bytes table: what a page downloads for each scenario — ours from scripts/size.mjs, through
// loader.js and through the single file cop-widgets.js — beside each peer's bundle, with the ratio.
import { composite } from './peers.mjs';

/** Each scenario: its rows in scripts/size.mjs (by label) and the peers set beside it. */
export const SCENARIOS = [
  { id: 'banner', label: 'banner only', loader: 'banner only, through loader.js', single: 'banner only, through cop-widgets.js', peers: ['govuk-banner', 'cookieconsent'] },
  { id: 'exit', label: 'quick exit only', loader: 'quick exit only, through loader.js', single: 'quick exit only, through cop-widgets.js', peers: ['govuk-exit'] },
  { id: 'carousel', label: 'carousel + pack', loader: 'carousel + pack (en), through loader.js', single: 'carousel + pack (en), through cop-widgets.js', peers: ['splide', 'swiper', 'sl-carousel'] },
  { id: 'quiz', label: 'quiz + pack', loader: 'quiz + pack (en), through loader.js', single: 'quiz + pack (en), through cop-widgets.js', peers: ['survey'] },
  { id: 'finder', label: 'finder + one country', loader: 'finder + country (KE), through loader.js', single: 'finder + country (KE), through cop-widgets.js', peers: [] },
  { id: 'all', label: 'all five', loader: 'all five elements, through loader.js', single: 'cop-widgets.js: every element', peers: ['lightest', 'common'] },
];

/** Our rows from scripts/size.mjs. Importing it prints its own table, which is kept off stdout here. */
export async function ourSizes() {
  const log = console.log;
  console.log = () => {};
  try {
    return (await import('../scripts/size.mjs')).sizes;
  } finally {
    console.log = log;
  }
}

const round = (value) => Math.round(value * 1000) / 1000;
const ratio = (ours, peer) => ({
  min: round(ours.min / peer.min),
  gzip: round(ours.gzip / peer.gzip),
  brotli: round(ours.brotli / peer.brotli),
});
const pick = ({ requests, min, gzip, brotli }) => ({ requests, min, gzip, brotli });

/** Rows of the bytes table: one per scenario, path and peer. */
export function bytesRows(sizes, peers) {
  const row = (label) => {
    const found = sizes.find((size) => size.label === label);
    if (!found) throw new Error(`scripts/size.mjs has no row "${label}" (bench/bytes.mjs names the rows it reads)`);
    return found;
  };
  const peer = (id) => {
    if (id === 'lightest') return composite(peers, ['govuk-both', 'splide', 'survey'], 'GOV.UK banner + exit, Splide, SurveyJS');
    if (id === 'common') return composite(peers, ['cookieconsent', 'govuk-exit', 'swiper', 'survey'], 'cookieconsent, GOV.UK exit, Swiper, SurveyJS');
    return peers.find((p) => p.id === id);
  };
  const rows = [];
  for (const scenario of SCENARIOS) {
    for (const via of ['loader', 'single']) {
      const ours = { row: scenario[via], ...pick(row(scenario[via])) };
      const against = scenario.peers.length ? scenario.peers.map(peer) : [null];
      for (const p of against) {
        rows.push({
          scenario: scenario.id,
          label: scenario.label,
          via,
          ours,
          peer: p && { id: p.id, name: p.name, label: p.label, ...(p.parts ? { parts: p.parts } : {}), ...pick(p) },
          ratio: p && ratio(ours, p),
        });
      }
    }
  }
  return rows;
}

// Turns bench results into the stdout tables and the README section.

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (value) => (value === null || value === undefined ? '—' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const times = (value) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`);
const VIA = { loader: 'loader.js', single: 'cop-widgets.js' };
const TAGS = { banner: '<cop-campaign-banner>', exit: '<cop-quick-exit>', carousel: '<cop-tip-carousel>', quiz: '<cop-risk-quiz>', finder: '<cop-helpline-finder>' };
const PEERS_OF = { banner: ['govuk-banner', 'cookieconsent'], exit: ['govuk-exit'], carousel: ['splide', 'swiper', 'sl-carousel'], quiz: ['survey'], finder: [] };

/** A plain text table; `align` has one 'l' or 'r' per column. */
function table(head, rows, align) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const peerName = (results, id) => results.peers.find((p) => p.id === id)?.label ?? id;

/** The timing rows, as [what, ours, peer, peer's figure, ours/peer]. */
export function timingRows(results) {
  const rows = [];
  const { render, filter, longTasks, cls } = results.timings;
  for (const [kind, tag] of Object.entries(TAGS)) {
    const ours = render[kind].render;
    const peers = PEERS_OF[kind];
    if (!peers.length) rows.push([`first render ${tag}`, `${ms(ours)} ms`, 'none on npm', '—', '—']);
    peers.forEach((id, i) => {
      const theirs = render[id].render;
      rows.push([i ? '' : `first render ${tag}`, i ? '' : `${ms(ours)} ms`, peerName(results, id), `${ms(theirs)} ms`, times(ours / theirs)]);
    });
  }
  for (const row of filter) {
    rows.push([
      `filter per keystroke, ${row.count.toLocaleString('en')} records`,
      `${ms(row.ours)} ms${row.count === filter[0].count ? '' : ` (${times(row.growth)})`}`,
      row.count === filter[0].count ? 'baseline: one-field includes()' : '',
      `${ms(row.baseline)} ms${row.count === filter[0].count ? '' : ` (${times(row.baselineGrowth)})`}`,
      times(row.ours / row.baseline),
    ]);
  }
  const peers = longTasks['many-peers'];
  for (const via of ['loader', 'single']) {
    const ours = longTasks[`many-ours-${via}`];
    rows.push([`100 elements via ${VIA[via]}: longest task`, `${ms(ours.max)} ms`, via === 'loader' ? '100 peer widgets (25 × 4)' : '', `${ms(peers.max)} ms`, times(ours.max / peers.max)]);
    rows.push([`100 elements via ${VIA[via]}: long tasks`, `${ours.count}, ${ms(ours.total)} ms`, '', `${peers.count}, ${ms(peers.total)} ms`, times(ours.total / peers.total)]);
  }
  const shift = (value) => (value === null || value === undefined ? '—' : value.toFixed(4));
  const oursCls = [['ours', 'banner insertion: layout shift'], ['ours-reserved', '  … with the demo :not(:defined) rule']].filter(([id]) => cls[id]);
  oursCls.forEach(([id, what], i) => {
    rows.push([what, shift(cls[id].cls), i ? '' : peerName(results, 'govuk-banner'), i ? '' : shift(cls['govuk-banner'].cls), '—']);
    if (!i) rows.push(['', '', peerName(results, 'cookieconsent'), shift(cls.cookieconsent.cls), '—']);
  });
  return rows;
}

export function printTables(results) {
  const out = [];
  const { machine } = results;
  out.push(`cop-widgets bench, ${results.date}: Node ${machine.node}, Chromium ${machine.chromium}, ${machine.cores} × ${machine.cpu}, load ${machine.load.start.join(' ')} → ${machine.load.end.join(' ')}`);
  out.push('');
  out.push('Bytes a page downloads, KB (min; gzip -9; brotli q11 — each file compressed on its own, then added up); req = requests');
  let last = '';
  out.push(table(
    ['what', 'via', 'req', 'min', 'gzip', 'brotli', 'peer', 'req', 'min', 'gzip', 'brotli', 'ours/peer br', 'gz'],
    results.bytes.map((row) => {
      const key = `${row.label} ${row.via}`;
      const first = key !== last;
      last = key;
      const seen = row.ours.seenInChromium;
      const req = seen && seen.length !== row.ours.requests ? `${row.ours.requests} (${seen.length} seen)` : row.ours.requests;
      return [
        first ? row.label : '', first ? VIA[row.via] : '', first ? req : '', first ? kb(row.ours.min) : '', first ? kb(row.ours.gzip) : '', first ? kb(row.ours.brotli) : '',
        row.peer ? (row.peer.parts ? row.peer.name : row.peer.label) : 'none on npm',
        row.peer ? row.peer.requests : '—', row.peer ? kb(row.peer.min) : '—', row.peer ? kb(row.peer.gzip) : '—', row.peer ? kb(row.peer.brotli) : '—',
        row.ratio ? times(row.ratio.brotli) : '—', row.ratio ? times(row.ratio.gzip) : '—',
      ];
    }),
    ['l', 'l', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
  ));
  out.push('"seen": JavaScript files Chromium fetched for that page, where it differs from the count above (the all-five rows count no content; the page also fetched its packs and country).');
  out.push('');
  const { runs } = results.timings;
  out.push(`Timings in Chromium, CPU ${results.method.throttle}× slower, medians (first render ${runs.render} runs, filtering ${runs.filter}, long tasks ${runs.longTasks}, layout shift ${runs.cls}); reported, never asserted`);
  out.push(table(['what', 'ours', 'peer', "peer's", 'ours/peer'], timingRows(results), ['l', 'r', 'l', 'r', 'r']));
  out.push('first render: element (or peer markup) inserted after its module ran → its ready signal + style and layout. Filtering: growth vs 2,000 records in ( ).');
  out.push('100 elements: 20 of each of ours, or 25 each of GOV.UK banner, GOV.UK exit, Splide and SurveyJS; every long task from navigation to 1 s after all rendered.');
  if (results.problems.length) out.push('', 'Notes from the pages:', ...results.problems.map((p) => `  ${p}`));
  return out.join('\n');
}

/** The README "Bench" section's generated part (between the bench markers). */
export function readmeSection(results) {
  const { machine } = results;
  const bytes = results.bytes;
  const lines = [];
  const busy = machine.load.start[0] > machine.cores ? `; the machine was busy (load ${machine.load.start[0]}), so timings are noisy` : '';
  lines.push(`Last run ${results.date.slice(0, 10)}: Node ${machine.node}, Chromium ${machine.chromium}, ${machine.cores} cores${busy}.`);
  lines.push('');
  lines.push("| what a page downloads (brotli) | via `loader.js` | via `cop-widgets.js` | peer | peer's | ours/peer |");
  lines.push('|---|---:|---:|---|---:|---:|');
  const scenarios = [...new Set(bytes.map((r) => r.scenario))];
  for (const scenario of scenarios) {
    const rows = bytes.filter((r) => r.scenario === scenario);
    const loader = rows.filter((r) => r.via === 'loader');
    const single = rows.filter((r) => r.via === 'single');
    loader.forEach((row, i) => {
      const peer = row.peer ? (row.peer.parts ? row.peer.name : row.peer.label) : 'none on npm';
      const ratios = row.ratio ? `${times(row.ratio.brotli)} · ${times(single[i].ratio.brotli)}` : '—';
      lines.push(`| ${i ? '' : row.label} | ${i ? '' : `${kb(row.ours.brotli)} KB (${row.ours.requests})`} | ${i ? '' : `${kb(single[0].ours.brotli)} KB (${single[0].ours.requests})`} | ${peer} | ${row.peer ? `${kb(row.peer.brotli)} KB (${row.peer.requests})` : '—'} | ${ratios} |`);
    });
  }
  lines.push('');
  lines.push('KB with the number of requests in brackets; the two ratios are via `loader.js` · via `cop-widgets.js`. The all-five peers hold no helpline finder (none exists).');
  lines.push('');
  lines.push(`| timing, CPU ${results.method.throttle}× slower (median) | ours | peer | peer's | ours/peer |`);
  lines.push('|---|---:|---|---:|---:|');
  for (const row of timingRows(results)) lines.push(`| ${row.map((c) => String(c).replace(/\|/g, '\\|').replace(/<[a-z-]+>/g, (tag) => `\`${tag}\``).trim()).join(' | ')} |`);
  return lines.join('\n');
}

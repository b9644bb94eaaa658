// The packages a site would pick instead of ours, bundled the way a page uses them: one entry
// (bench/peers/<id>.js) that imports the package, its stylesheet, and mounts it. esbuild bundles
// and minifies the JavaScript and the CSS it imports; GOV.UK's Sass is compiled to only the
// components used. Output: bench/build/peers/<id>.js and <id>.css.
import { build, transform } from 'esbuild';
import * as sass from 'sass';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, sum } from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(HERE, 'build/peers');
const require = createRequire(join(HERE, 'package.json'));

/** Version of a bench dependency, read from its installed package.json. */
const version = (name) => JSON.parse(readFileSync(join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;

export const PEERS = [
  { id: 'cookieconsent', name: 'vanilla-cookieconsent', packages: ['vanilla-cookieconsent'], kind: 'banner' },
  { id: 'govuk-banner', name: 'GOV.UK notification banner', packages: ['govuk-frontend'], kind: 'banner', scss: true },
  { id: 'govuk-exit', name: 'GOV.UK exit this page', packages: ['govuk-frontend'], kind: 'quick exit', scss: true },
  { id: 'govuk-both', name: 'GOV.UK banner + exit this page', packages: ['govuk-frontend'], kind: 'banner + quick exit', scss: true, render: false },
  { id: 'splide', name: 'Splide', packages: ['@splidejs/splide'], kind: 'carousel' },
  { id: 'swiper', name: 'Swiper (a11y, navigation, pagination)', packages: ['swiper'], kind: 'carousel' },
  { id: 'sl-carousel', name: 'Shoelace sl-carousel + light theme', packages: ['@shoelace-style/shoelace'], kind: 'carousel (Lit)' },
  { id: 'survey', name: 'SurveyJS (survey-core + survey-js-ui)', packages: ['survey-core', 'survey-js-ui'], kind: 'quiz' },
];

/** "Splide 4.1.4": a peer's name with the versions measured. */
export const label = (peer) => `${peer.name} ${[...new Set(peer.packages.map(version))].join('/')}`;

async function buildOne(peer) {
  const js = join(OUT, `${peer.id}.js`);
  const css = join(OUT, `${peer.id}.css`);
  await build({
    entryPoints: [join(HERE, 'peers', `${peer.id}.js`)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    outfile: js,
    logLevel: 'error',
    nodePaths: [join(HERE, 'node_modules')],
  });
  if (peer.scss) {
    const compiled = sass.compile(join(HERE, 'peers', `${peer.id}.scss`), {
      style: 'compressed',
      loadPaths: [join(HERE, 'node_modules')],
      quietDeps: true,
      logger: sass.Logger.silent,
    });
    const { code } = await transform(compiled.css, { loader: 'css', minify: true, legalComments: 'none' });
    writeFileSync(css, code);
  }
  const files = [js, ...(existsSync(css) ? [css] : [])];
  return { ...peer, label: label(peer), versions: Object.fromEntries(peer.packages.map((name) => [name, version(name)])), files, js: `${peer.id}.js`, css: existsSync(css) ? `${peer.id}.css` : null, ...measure(files) };
}

/** Builds every peer; resolves to them with their bytes. */
export async function buildPeers() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  require.resolve('esbuild'); // a clear error here means bench/ dependencies are missing
  const built = [];
  for (const peer of PEERS) built.push(await buildOne(peer));
  return built;
}

/** Several peers on one page, as one row: their bytes added up. */
export function composite(built, ids, name) {
  const parts = ids.map((id) => built.find((peer) => peer.id === id));
  return { id: ids.join('+'), name, label: `${name}: ${parts.map((p) => p.label).join(' + ')}`, parts: ids, ...sum(parts) };
}

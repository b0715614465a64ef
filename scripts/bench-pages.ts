/**
 * `npm run bench:pages`: builds the site and prints, per page type, the bytes a reader downloads:
 * HTML, CSS and JS, raw and gzip; the JS loaded before any chart is visible (entry scripts and
 * their static imports); and the total once every chart has loaded (plus the code imported on
 * demand and the page's charts.json).
 * A measurement, not a test: it prints figures and the budgets they are held to.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measurePage, type Bytes } from './page-weight.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('astro', ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const PAGE_TYPES: [string, string[]][] = [
  ['home (lineage + charts)', ['index.html']],
  [
    'model page',
    [
      'models/gpt-4o-mini/index.html',
      'models/gpt-4.1-mini/index.html',
      'models/gpt-5-mini/index.html',
      'models/gpt-5.4-mini/index.html',
    ],
  ],
  ['compare (interactive)', ['compare/index.html']],
  [
    'calculator',
    [
      'calculator/index.html',
      // The unit calculator's pages, which load their own script instead of the text one.
      'lines/speech-mini/calculator/index.html',
      'lines/image-mini/calculator/index.html',
      'lines/realtime-mini/calculator/index.html',
    ],
  ],
  [
    'compare pair',
    [
      'compare/gpt-4o-mini-vs-gpt-4.1-mini/index.html',
      'compare/gpt-5-mini-vs-gpt-5.4-mini/index.html',
    ],
  ],
  ['benchmarks', ['benchmarks/index.html']],
  ['about', ['about/index.html']],
  // The pages with the model-id field and its script: the 404 and the list of every id.
  ['model-id field', ['404.html', 'models/index.html']],
];

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
console.log(
  'KB raw / gzip. "JS first": JS loaded before any chart is visible. ' +
    '"Charts": Chart.js and the chart data, loaded when a chart nears view. ' +
    '"All charts": total once charts load.\n',
);
console.log(
  [
    'page'.padEnd(34),
    ...['HTML', 'CSS', 'JS first', 'total first', 'charts', 'all charts'].map((h) =>
      h.padStart(15),
    ),
  ].join(' '),
);
const worst = new Map<string, ReturnType<typeof measurePage>>();
for (const [type, pages] of PAGE_TYPES) {
  for (const page of pages) {
    const m = measurePage(dist, page);
    // A page's folder names it; a calculator's is its line's (the featured line's has none); a
    // page at the top, its file.
    const folders = page
      .split('/')
      .slice(0, -1)
      .filter((f) => f !== 'calculator');
    const name = folders.at(-1) ?? (page.includes('calculator') ? 'featured line' : page);
    const label = pages.length > 1 ? `${type}: ${name}` : type;
    console.log(
      [
        label.padEnd(34),
        ...[m.html, m.css, m.jsBefore, m.before, m.jsCharts, m.withCharts].map((b) =>
          both(b).padStart(15),
        ),
      ].join(' '),
    );
    const current = worst.get(type);
    if (!current || m.before.gzip > current.before.gzip) worst.set(type, m);
  }
}

const model = worst.get('model page');
const calculator = worst.get('calculator');
const plain = [worst.get('benchmarks'), worst.get('about')];
const idField = worst.get('model-id field');
const check = (ok: boolean, text: string) => console.log(`${ok ? 'within' : 'OVER  '}  ${text}`);
console.log('\nBudgets (heaviest page of each type, gzip):');
// The model page budget was 11 KB before charts (and 60 KB with them) until the page gained its
// shutdown banner and lifecycle timeline, the summary, the cost form, the JSON-LD offers and
// named source markers (about 4 KB of HTML), and the site-wide stylesheet the compare and
// calculator rules (2 KB). docs/performance.md itemises it.
const MODEL_BEFORE_CHARTS = 18 * 1024;
const MODEL_WITH_CHARTS = 66 * 1024;
if (model) {
  check(
    model.before.gzip < MODEL_BEFORE_CHARTS,
    `model page before charts < 18 KB total: ${kb(model.before.gzip)} KB ` +
      `(${model.before.gzip} of ${MODEL_BEFORE_CHARTS} bytes)`,
  );
  check(
    model.jsBefore.gzip < 2 * 1024,
    `model page JS before charts < 2 KB: ${kb(model.jsBefore.gzip)} KB`,
  );
  check(
    model.withCharts.gzip < MODEL_WITH_CHARTS,
    `model page with charts < 66 KB: ${kb(model.withCharts.gzip)} KB`,
  );
}
// The family issue keeps the home page at 15 KB gzip. Counted as the model page is (HTML,
// stylesheet and first script), and its HTML alone, which is what the scale issue measured.
const home = worst.get('home (lineage + charts)');
if (home) {
  check(
    home.before.gzip <= 15 * 1024,
    `home before charts <= 15 KB total: ${kb(home.before.gzip)} KB (${home.before.gzip} bytes)`,
  );
  check(
    home.html.gzip <= 15 * 1024,
    `home HTML alone <= 15 KB: ${kb(home.html.gzip)} KB (${home.html.gzip} bytes)`,
  );
}
if (calculator)
  check(
    calculator.jsBefore.gzip <= 6 * 1024,
    `calculator page JS <= 6 KB: ${kb(calculator.jsBefore.gzip)} KB ` +
      `(${calculator.jsBefore.gzip} bytes)`,
  );
for (const page of plain)
  if (page)
    check(
      page.jsBefore.raw + page.jsCharts.raw === 0,
      `page without charts ships 0 bytes of JS: ${page.jsBefore.raw + page.jsCharts.raw} bytes`,
    );
// The model-id field (the family issue): at most 3 KB gzip of script, and the id index it fetches
// on first use at most 5 KB gzip.
if (idField)
  check(
    idField.jsBefore.gzip <= 3 * 1024,
    `model-id field JS <= 3 KB: ${kb(idField.jsBefore.gzip)} KB (${idField.jsBefore.gzip} bytes)`,
  );
const ids = gzipSync(readFileSync(join(dist, 'models/ids.json')), { level: 9 }).length;
check(ids <= 5 * 1024, `model-id index <= 5 KB: ${kb(ids)} KB (${ids} bytes)`);

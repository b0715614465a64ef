/**
 * `npm run bench:sections [-- page]`: what each part of a built page weighs, gzip, and what the
 * page would weigh with only some of its sections. Measures the built site (run `npm run build`
 * first); by default the heaviest model page. For budget decisions: it prints figures, no verdict.
 *
 * A part's weight is what removing it saves from the page's gzip (its marginal cost: gzip shares
 * repeated text across the page, so parts do not add up to the whole).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measurePage } from './page-weight.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const page = process.argv[2] ?? 'models/gpt-4o-mini/index.html';
if (!existsSync(join(dist, page))) {
  console.error(`${page} is not in dist/: run \`npm run build\` first, or name a built page.`);
  process.exit(1);
}
const html = readFileSync(join(dist, page), 'utf8');
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const whole = gzip(html);

/** Each top-level `<section aria-labelledby="…">` of the page, with where it starts and ends. */
function sections(text: string): { id: string; start: number; end: number }[] {
  const found: { id: string; start: number; end: number }[] = [];
  const open = /<section\b[^>]*aria-labelledby="([^"]+)"[^>]*>/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const tags = /<section\b|<\/section>/g;
    tags.lastIndex = m.index;
    let depth = 0;
    for (let t = tags.exec(text); t; t = tags.exec(text)) {
      depth += t[0] === '</section>' ? -1 : 1;
      if (depth === 0) {
        found.push({ id: m[1] ?? '', start: m.index, end: t.index + t[0].length });
        open.lastIndex = t.index + t[0].length;
        break;
      }
    }
  }
  return found;
}

const parts = sections(html);
const without = (drop: (id: string) => boolean) =>
  parts
    .filter((p) => drop(p.id))
    .reduceRight((text, p) => text.slice(0, p.start) + text.slice(p.end), html);
const headEnd = html.indexOf('</head>');

console.log(`${page}: HTML ${whole} bytes gzip. What removing each part saves:\n`);
console.log(
  `${'head (meta, JSON-LD)'.padEnd(28)} ${String(whole - gzip(html.slice(headEnd))).padStart(6)}`,
);
for (const p of parts) {
  const saved = whole - gzip(html.slice(0, p.start) + html.slice(p.end));
  console.log(`${p.id.padEnd(28)} ${String(saved).padStart(6)}`);
}

// The page with only the sections the family and provider issues name for a model page (the
// banner with the summary, the lifecycle timeline, prices by kind of token, where to run it, the
// FAQ, and the sources they cite); and with only the banner, the provider table and the sources,
// the least a model page could weigh.
const NAMED = ['shutdown-heading', 'lifecycle', 'pricing', 'access', 'faq', 'sources'];
const LEAST = ['shutdown-heading', 'access', 'sources'];
const line = (label: string, keep: readonly string[] | undefined) => {
  const m = measurePage(dist, page, keep ? without((id) => !keep.includes(id)) : html);
  console.log(
    `${label.padEnd(40)} HTML ${String(m.html.gzip).padStart(6)}, ` +
      `with stylesheet and first script ${String(m.before.gzip).padStart(6)} bytes gzip`,
  );
};
console.log('');
line('The page as built:', undefined);
line('Only the sections the issues name:', NAMED);
line(`Only ${LEAST.join(', ')}:`, LEAST);

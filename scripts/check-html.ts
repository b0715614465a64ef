/**
 * `npm run check:html`: the Nu HTML Checker (the W3C validator's engine, npm `vnu-jar`) over every
 * built page in dist/, forwarding pages included; feeds, JSON, CSV and the rest are not HTML and
 * are skipped. Prints each error and warning as page:line:column, and exits 1 when there is any.
 *
 * One kind of warning is left out: the checker evaluates each page's CSP as if the page were
 * served from its file: address, where `'self'` can match nothing, and counts JSON-LD data blocks
 * as inline scripts, which browsers never run. Whether the policy holds is checked where it
 * applies, in the browser (tests/e2e/quality.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaVersion, MIN_JAVA, NO_JAVA_MESSAGE } from '../tests/support/java.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// The package's main export is the jar's path.
const jar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const CSP_FROM_FILE = /violates Content Security Policy/;

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
if ((javaVersion() ?? 0) < MIN_JAVA) {
  console.error(NO_JAVA_MESSAGE);
  process.exit(1);
}
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.html'),
);

const started = performance.now();
const run = spawnSync(
  'java',
  ['-jar', jar, '--skip-non-html', '--format', 'json', '--stdout', '--exit-zero-always', dist],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (run.error || run.status !== 0) {
  console.error(`The Nu HTML Checker did not run: ${run.error?.message ?? run.stderr}`);
  process.exit(1);
}
const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
const problems = messages.filter(
  (m) =>
    m.type === 'error' ||
    m.type === 'non-document-error' ||
    (m.subType === 'warning' && !CSP_FROM_FILE.test(m.message)),
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

for (const m of problems) {
  const file = m.url ? relative(dist, fileURLToPath(m.url)) : '(no file)';
  const kind = m.type === 'info' ? 'warning' : m.type;
  console.error(
    `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0} ${kind}: ${m.message}`,
  );
  if (m.extract) console.error(`    …${m.extract.replace(/\n/g, ' ')}…`);
}
const summary =
  `Nu HTML Checker: ${pages.length} pages, ` +
  `${problems.length} errors and warnings (${seconds} s).`;
if (problems.length > 0 || pages.length === 0) {
  console.error(pages.length === 0 ? `No HTML pages in ${dist}.` : summary);
  process.exit(1);
}
console.log(summary);

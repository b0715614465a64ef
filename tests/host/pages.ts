/**
 * One address of each kind in the built site (dist/), found in the build rather than typed here,
 * for the tests that run against Cloudflare's runtime.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, redirectPages } from '../support/built-pages.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const DIST = join(PROJECT_ROOT, 'dist');

const pages = builtPages();

/** A built page's HTML. */
const htmlOf = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/**
 * The first built page whose address matches `pattern` (and whose HTML holds `holding`, where
 * given); throws when the build has none.
 */
function first(pattern: RegExp, holding?: string): string {
  const page = pages.find(
    (path) => pattern.test(path) && (holding === undefined || htmlOf(path).includes(holding)),
  );
  if (!page) throw new Error(`The build has no page matching ${pattern}`);
  return page;
}

/** Every HTML page type, by name. A line's own page exists only when the catalog has several. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  // One with a chart: the CSP test draws it (a family member no source scores has none).
  'model page': first(/^\/models\/[^/]+\/$/, '<bar-chart'),
  ...(pages.some((path) => /^\/lines\/[^/]+\/$/.test(path))
    ? { 'line page': first(/^\/lines\/[^/]+\/$/) }
    : {}),
  compare: '/compare/',
  'pair page': first(/^\/compare\/[^/]+-vs-[^/]+\/$/),
  "a line's comparisons": first(/^\/compare\/lines\/[^/]+\/$/),
  calculator: '/calculator/',
  benchmarks: '/benchmarks/',
  about: '/about/',
};

/** Files with the media type each must be served as. */
export const DATA_FILES: [string, string][] = [
  ['/feed.xml', 'application/xml; charset=utf-8'],
  ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
  ['/shutdowns.ics', 'text/calendar; charset=utf-8'],
  ['/shutdowns/azure.ics', 'text/calendar; charset=utf-8'],
  [
    `/models/${readdirSync(join(DIST, 'models')).find((f) => f.endsWith('.md'))}`,
    'text/markdown; charset=utf-8',
  ],
  ['/api/v1/catalog.json', 'application/json; charset=utf-8'],
  ['/compare/replacements.json', 'application/json; charset=utf-8'],
  ['/api/v1/lineage.csv', 'text/csv; charset=utf-8; header=present'],
  ['/api/v1/providers.csv', 'text/csv; charset=utf-8; header=present'],
  ['/llms.txt', 'text/plain; charset=utf-8'],
  ['/robots.txt', 'text/plain; charset=utf-8'],
];

/** Every bundled script and stylesheet. */
export const HASHED_ASSETS = readdirSync(join(DIST, '_astro')).map((file) => `/_astro/${file}`);

/** Each reversed comparison address with the canonical address its forwarding page names. */
export const REVERSED = redirectPages().map((from) => {
  const html = readFileSync(join(DIST, from, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${from}: the forwarding page names no canonical address`);
  return { from, to: new URL(href).pathname };
});

/** The 404 page's title, as the build wrote it. */
export const NOT_FOUND_TITLE =
  /<title>([^<]+)<\/title>/.exec(readFileSync(join(DIST, '404.html'), 'utf8'))?.[1] ?? '';

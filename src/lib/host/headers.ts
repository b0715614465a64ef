/**
 * The `_headers` file: the HTTP headers a static host adds to its responses. Cloudflare Pages and
 * Netlify read the same format: a path pattern on its own line (`*` matches any characters, `/`
 * included), then that pattern's headers, indented.
 *
 * A request that matches several rules gets every rule's headers, and a header set by two of them
 * gets both values joined by a comma (`public, max-age=300, public, max-age=31536000, immutable`
 * is no cache policy at all). So only the `/*` rule is shared; every other header is set by rules
 * whose patterns never match the same address, which `headerConflicts` checks against every file
 * the build wrote.
 */
import { CONTENT_SECURITY_POLICY_HEADER } from './content-security-policy.ts';

/** Cloudflare Pages reads at most 100 rules, and no line longer than 2,000 characters. */
export const MAX_HEADER_RULES = 100;
export const MAX_HEADER_LINE = 2000;

/** A file whose name holds a hash of its content never changes under its name: keep it a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Pages and data files keep their address from build to build, and the site is rebuilt every day
 * at 06:00 UTC so that a shutdown shows on its day (and on every push of a correction). A long
 * cache would show a reader yesterday's status; five minutes lets back, forward and a second
 * visit reuse the copy, and after that the browser asks again (the ETag makes that answer small).
 */
export const SHORT_CACHE = 'public, max-age=300';

export interface HeaderRule {
  /** The path pattern: `*` matches any characters, `/` included. */
  path: string;
  /** Why the rule exists; written above it in the file. */
  why: string;
  headers: Readonly<Record<string, string>>;
}

/** A kind of data file, by extension: its media type, and the short cache. */
const dataFiles = (extension: string, type: string, why: string): HeaderRule => ({
  path: `/*.${extension}`,
  why,
  headers: { 'Content-Type': type, 'Cache-Control': SHORT_CACHE },
});

export const HEADER_RULES: readonly HeaderRule[] = [
  {
    path: '/*',
    why:
      "Every response. The CSP is the pages' own plus frame-ancestors, which a <meta> cannot " +
      'set; HTTPS only for a year; no MIME sniffing; links to sources send no referrer (the ' +
      'site has no analytics that would want one).',
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  {
    path: '/_astro/*',
    why: 'Bundled scripts and styles: each name holds a hash of its content.',
    headers: { 'Cache-Control': IMMUTABLE_CACHE },
  },
  {
    path: '/',
    why: 'The home page. Pages and data files are revised by each build under the same address.',
    headers: { 'Cache-Control': SHORT_CACHE },
  },
  {
    path: '/*/',
    why: 'Every other page (each address ends in a slash).',
    headers: { 'Cache-Control': SHORT_CACHE },
  },
  {
    path: '/cards/*',
    why: 'Share cards keep their address when the page they show changes.',
    headers: { 'Cache-Control': SHORT_CACHE },
  },
  dataFiles('json', 'application/json; charset=utf-8', 'The API, chart and comparison data.'),
  dataFiles(
    'csv',
    'text/csv; charset=utf-8; header=present',
    'The lineage and providers tables; the first row names the columns (RFC 4180).',
  ),
  dataFiles('md', 'text/markdown; charset=utf-8', 'Version pages as Markdown (RFC 7763).'),
  dataFiles(
    'ics',
    'text/calendar; charset=utf-8',
    "The shutdown calendars, OpenAI's and each provider's.",
  ),
  dataFiles(
    'xml',
    'application/xml; charset=utf-8',
    'The feed and the sitemaps. application/xml is the registered type for both ' +
      '(application/rss+xml never was); feed readers read either.',
  ),
  dataFiles('txt', 'text/plain; charset=utf-8', 'llms.txt and robots.txt.'),
];

const patterns = new Map<string, RegExp>();

/** The rule's pattern as the hosts match it: the whole path, `*` standing for anything. */
function patternOf(path: string): RegExp {
  const literal = (part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  let pattern = patterns.get(path);
  if (!pattern) {
    pattern = new RegExp(`^${path.split('*').map(literal).join('.*')}$`);
    patterns.set(path, pattern);
  }
  return pattern;
}

/**
 * The headers `rules` give the address `path`, by lower-case name, each with the value of every
 * matching rule in file order (a host joins two values with a comma).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules) {
    if (!patternOf(rule.path).test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      headers.set(key, [...(headers.get(key) ?? []), value]);
    }
  }
  return headers;
}

/**
 * Each address of `paths` where one header is set by more than one rule, as
 * `/a.json: cache-control set 2 times (…)`; empty when there is none.
 */
export function headerConflicts(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    [...headersFor(rules, path)]
      .filter(([, values]) => values.length > 1)
      .map(
        ([name, values]) => `${path}: ${name} set ${values.length} times (${values.join(' | ')})`,
      ),
  );
}

/**
 * The `_headers` file for `rules`. Throws rather than write a file the host would cut short or
 * misread: more rules than it reads, a line longer than it reads, or a value with a line break.
 */
export function headersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  if (rules.length > MAX_HEADER_RULES)
    throw new Error(`_headers: ${rules.length} rules; Cloudflare Pages reads ${MAX_HEADER_RULES}`);
  const lines = [
    '# Generated by the build from src/lib/host/headers.ts; edit that, not this file.',
    '# Read by Cloudflare Pages and Netlify. Each header other than those on /* is set by one',
    '# rule per address: a header set by two matching rules would get both values.',
  ];
  for (const rule of rules) {
    lines.push('', `# ${rule.why}`, rule.path);
    for (const [name, value] of Object.entries(rule.headers)) {
      if (/[\r\n]/.test(value)) throw new Error(`_headers: ${rule.path}: ${name} has a line break`);
      lines.push(`  ${name}: ${value}`);
    }
  }
  for (const line of lines)
    if (line.length > MAX_HEADER_LINE)
      throw new Error(
        `_headers: a line of ${line.length} characters (Cloudflare Pages reads ` +
          `${MAX_HEADER_LINE}): ${line.slice(0, 60)}…`,
      );
  return `${lines.join('\n')}\n`;
}

/**
 * The host's `_headers` and `_redirects`: what each kind of address gets, and that no catalog,
 * however large, makes a file the host would misread or cut short. Cloudflare's own runtime
 * serves the built files in tests/host/.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from '../../src/lib/host/content-security-policy.ts';
import {
  HEADER_RULES,
  IMMUTABLE_CACHE,
  MAX_HEADER_LINE,
  MAX_HEADER_RULES,
  SHORT_CACHE,
  headerConflicts,
  headersFile,
  headersFor,
  type HeaderRule,
} from '../../src/lib/host/headers.ts';
import {
  MAX_REDIRECT_LINE,
  MAX_STATIC_REDIRECTS,
  redirectsFile,
  type Redirect,
} from '../../src/lib/host/redirects.ts';

/** One address of each kind the build writes. */
const ADDRESSES = {
  home: '/',
  page: '/models/model-a/',
  pair: '/compare/a-vs-b/',
  missing: '/no-such-page/',
  notFound: '/404.html',
  script: '/_astro/compare.B1x2c3.js',
  style: '/_astro/style.D4e5f6.css',
  card: '/cards/models/model-a.png',
  api: '/api/v1/catalog.json',
  chartData: '/models/model-a/charts.json',
  csv: '/api/v1/lineage.csv',
  providersCsv: '/api/v1/providers.csv',
  markdown: '/models/model-a.md',
  calendar: '/shutdowns.ics',
  providerCalendar: '/shutdowns/azure.ics',
  feed: '/feed.xml',
  sitemap: '/sitemap-0.xml',
  llms: '/llms.txt',
  favicon: '/favicon.svg',
};

const one = (path: string, name: string) => headersFor(HEADER_RULES, path).get(name);

describe('_headers', () => {
  it('sends the security headers with every response, the CSP with frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    for (const path of Object.values(ADDRESSES)) {
      expect(one(path, 'content-security-policy'), path).toEqual([CONTENT_SECURITY_POLICY_HEADER]);
      expect(one(path, 'strict-transport-security'), path).toEqual([
        'max-age=31536000; includeSubDomains',
      ]);
      expect(one(path, 'x-content-type-options'), path).toEqual(['nosniff']);
      expect(one(path, 'referrer-policy'), path).toEqual(['no-referrer']);
    }
  });

  it('keeps hashed assets a year and pages, data and cards five minutes', () => {
    expect(IMMUTABLE_CACHE).toBe('public, max-age=31536000, immutable');
    expect(SHORT_CACHE).toBe('public, max-age=300');
    for (const path of [ADDRESSES.script, ADDRESSES.style])
      expect(one(path, 'cache-control'), path).toEqual([IMMUTABLE_CACHE]);
    const short = Object.entries(ADDRESSES).filter(
      ([kind]) => !['script', 'style', 'notFound', 'favicon'].includes(kind),
    );
    for (const [, path] of short) expect(one(path, 'cache-control'), path).toEqual([SHORT_CACHE]);
  });

  it.each([
    [ADDRESSES.api, 'application/json; charset=utf-8'],
    [ADDRESSES.chartData, 'application/json; charset=utf-8'],
    [ADDRESSES.csv, 'text/csv; charset=utf-8; header=present'],
    [ADDRESSES.providersCsv, 'text/csv; charset=utf-8; header=present'],
    [ADDRESSES.markdown, 'text/markdown; charset=utf-8'],
    [ADDRESSES.calendar, 'text/calendar; charset=utf-8'],
    [ADDRESSES.providerCalendar, 'text/calendar; charset=utf-8'],
    [ADDRESSES.feed, 'application/xml; charset=utf-8'],
    [ADDRESSES.sitemap, 'application/xml; charset=utf-8'],
    [ADDRESSES.llms, 'text/plain; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ])('%s is served as %s', (path, type) => {
    expect(one(path, 'content-type')).toEqual([type]);
  });

  it('leaves pages and assets to the host’s own type', () => {
    for (const path of [ADDRESSES.home, ADDRESSES.page, ADDRESSES.script, ADDRESSES.card])
      expect(one(path, 'content-type'), path).toBeUndefined();
  });

  it('sets no header twice for any address', () => {
    expect(headerConflicts(HEADER_RULES, Object.values(ADDRESSES))).toEqual([]);
  });

  it('finds a header two rules would set for one address, naming it', () => {
    const clash: HeaderRule = {
      path: '/api/*',
      why: 'a second cache rule',
      headers: { 'cache-control': 'no-store' },
    };
    expect(headerConflicts([...HEADER_RULES, clash], [ADDRESSES.api, ADDRESSES.home])).toEqual([
      `${ADDRESSES.api}: cache-control set 2 times (${SHORT_CACHE} | no-store)`,
    ]);
  });

  it('writes every rule as a path line followed by its indented headers', () => {
    const text = headersFile();
    const blocks = text
      .split('\n\n')
      .slice(1)
      .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')));
    expect(blocks.map(([path]) => path)).toEqual(HEADER_RULES.map((rule) => rule.path));
    for (const [path, ...headers] of blocks) {
      const rule = HEADER_RULES.find((r) => r.path === path);
      expect(headers).toEqual(
        Object.entries(rule?.headers ?? {}).map(([name, value]) => `  ${name}: ${value}`),
      );
    }
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(
      MAX_HEADER_LINE,
    );
  });

  it('refuses to write a file the host would cut short or misread', () => {
    const rule = (i: number): HeaderRule => ({ path: `/r${i}/`, why: 'many', headers: {} });
    expect(() =>
      headersFile(Array.from({ length: MAX_HEADER_RULES + 1 }, (_, i) => rule(i))),
    ).toThrow(/101 rules; Cloudflare Pages reads 100/);
    const long: HeaderRule = { path: '/', why: 'long', headers: { 'X-Long': 'a'.repeat(2000) } };
    expect(() => headersFile([long])).toThrow(/a line of 2010 characters/);
    const broken: HeaderRule = { path: '/', why: 'broken', headers: { 'X-Two': 'a\nb' } };
    expect(() => headersFile([broken])).toThrow(/X-Two has a line break/);
  });
});

/** The reversed addresses of a catalog of `versions` versions in lines of ten, as the build has. */
function reversedAddresses(versions: number): Redirect[] {
  const redirects: Redirect[] = [];
  for (let line = 0; line < versions / 10; line++) {
    const ids = Array.from({ length: 10 }, (_, i) => `line-${line}-v${i}`);
    for (const [i, a] of ids.entries()) {
      for (const b of ids.slice(i + 1))
        redirects.push({ from: `/compare/${b}-vs-${a}/`, to: `/compare/${a}-vs-${b}/` });
      redirects.push({ from: `/compare/next-${a}-vs-${a}/`, to: `/compare/${a}-vs-next-${a}/` });
    }
  }
  return redirects;
}

/** The file's rules as the host reads them: `[from, to, status]` per line that is not a comment. */
const rulesOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));

describe('_redirects', () => {
  it('answers each reversed address with a 301 to its canonical one', () => {
    const redirects = reversedAddresses(10);
    const file = redirectsFile(redirects);
    expect(rulesOf(file.text)).toEqual(redirects.map(({ from, to }) => [from, to, '301']));
    expect(file).toMatchObject({ written: 55, overLimit: 0, unwritable: 0 });
    expect(file.text).toContain(
      '# 55 of 55 written (Cloudflare Pages reads 2,000); none left over.',
    );
  });

  it('at 1,000 versions writes the first 2,000 and says how many are left to their pages', () => {
    const redirects = reversedAddresses(1000);
    expect(redirects.length).toBe(5500);
    const file = redirectsFile(redirects);
    const rules = rulesOf(file.text);
    expect(rules.length).toBe(MAX_STATIC_REDIRECTS);
    expect(rules).toEqual(redirects.slice(0, 2000).map(({ from, to }) => [from, to, '301']));
    expect(file).toMatchObject({ written: 2000, overLimit: 3500, unwritable: 0 });
    expect(file.text).toContain(
      '# 2,000 of 5,500 written (Cloudflare Pages reads 2,000); ' +
        '3,500 left to their forwarding pages.',
    );
  });

  it('leaves to its page an address no static rule can state, or one too long', () => {
    const ok = { from: '/compare/b-vs-a/', to: '/compare/a-vs-b/' };
    const file = redirectsFile([
      { from: '/compare/b c-vs-a/', to: '/compare/a-vs-b c/' },
      { from: '/compare/:b-vs-a/', to: '/compare/a-vs-:b/' },
      { from: '/compare/*-vs-a/', to: '/compare/a-vs-b/' },
      { from: `/compare/${'b'.repeat(MAX_REDIRECT_LINE)}-vs-a/`, to: '/compare/a-vs-b/' },
      { from: '/compare/a-vs-b/', to: '/compare/a-vs-b/' },
      ok,
    ]);
    expect(rulesOf(file.text)).toEqual([[ok.from, ok.to, '301']]);
    expect(file).toMatchObject({ written: 1, overLimit: 0, unwritable: 5 });
  });

  it('writes no rule at all when asked for none', () => {
    const file = redirectsFile(reversedAddresses(10), 0);
    expect(rulesOf(file.text)).toEqual([]);
    expect(file).toMatchObject({ written: 0, overLimit: 55 });
  });
});

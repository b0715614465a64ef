/** The production origin: one default, overridden by SITE_URL, and never a path or a bad scheme. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { indexablePages } from '../../src/integrations/sitemap-pages.ts';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../src/site-url.ts';

describe('resolveSiteUrl', () => {
  it('uses the placeholder when SITE_URL is unset or empty, and says so', () => {
    expect(resolveSiteUrl(undefined)).toEqual({ origin: DEFAULT_SITE_URL, isDefault: true });
    expect(resolveSiteUrl('  ')).toEqual({ origin: DEFAULT_SITE_URL, isDefault: true });
    expect(new URL(DEFAULT_SITE_URL).hostname.endsWith('.example')).toBe(true);
  });

  it('takes SITE_URL as the origin, without a trailing slash', () => {
    expect(resolveSiteUrl('https://catalog.example.org/')).toEqual({
      origin: 'https://catalog.example.org',
      isDefault: false,
    });
  });

  it('refuses a path, a query or another scheme', () => {
    expect(() => resolveSiteUrl('https://example.org/catalog/')).toThrow(/without a path/);
    expect(() => resolveSiteUrl('ftp://example.org')).toThrow(/http\(s\) origin/);
    expect(() => resolveSiteUrl('not a url')).toThrow();
  });
});

describe('the sitemap filter', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (path: string, head: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(
      join(dist, path, 'index.html'),
      `<!doctype html><html><head>${head}</head></html>`,
    );
  };
  page('models/a', '<title>A</title>');
  page(
    'compare/b-vs-a',
    '<meta http-equiv="refresh" content="0; url=/x/"><meta name="robots" content="noindex">',
  );
  // The filter reads the pages from the outDir the resolved config names (`--outDir` included).
  const { integration, filter: keep } = indexablePages();
  const configDone = integration.hooks['astro:config:done'] as unknown as (options: {
    config: { outDir: URL };
  }) => void;
  configDone({ config: { outDir: pathToFileURL(`${dist}/`) } });

  it('keeps pages and leaves out files and pages marked noindex', () => {
    expect(keep('https://x.example/models/a/')).toBe(true);
    expect(keep('https://x.example/compare/b-vs-a/')).toBe(false);
    expect(keep('https://x.example/api/v1/catalog.json')).toBe(false);
  });

  it('refuses to guess where the pages are before the config is resolved', () => {
    expect(() => indexablePages().filter('https://x.example/models/a/')).toThrow(
      /before the config/,
    );
  });
});

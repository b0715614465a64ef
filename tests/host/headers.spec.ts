/**
 * The built site as Cloudflare Pages serves it (wrangler pages dev, playwright.host.config.ts):
 * the headers of every page and file, redirects from reversed comparison addresses, and the 404.
 * Each header is compared whole, so a value two `_headers` rules joined would fail.
 */
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/lib/host/content-security-policy.ts';
import { IMMUTABLE_CACHE, SHORT_CACHE } from '../../src/lib/host/headers.ts';
import { builtPages } from '../support/built-pages.ts';
import { DATA_FILES, HASHED_ASSETS, NOT_FOUND_TITLE, REVERSED } from './pages.ts';

/** The headers every response carries, whatever it is. */
function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
}

/** One response, redirects not followed. */
const get = (request: APIRequestContext, url: string) => request.get(url, { maxRedirects: 0 });

test('every page answers 200 as UTF-8 HTML, with the security headers and a short cache', async ({
  request,
}) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages.filter((p) => p !== '/404.html')) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
    expect(response.headers()['cache-control'], path).toBe(SHORT_CACHE);
    expectSecurityHeaders(response);
  }
});

for (const [path, type] of DATA_FILES) {
  test(`${path} is served as ${type}, with a short cache`, async ({ request }) => {
    const response = await get(request, path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(type);
    expect(response.headers()['cache-control']).toBe(SHORT_CACHE);
    expectSecurityHeaders(response);
  });
}

test('bundled scripts and styles are kept a year, immutable', async ({ request }) => {
  expect(HASHED_ASSETS.some((path) => path.endsWith('.js'))).toBe(true);
  expect(HASHED_ASSETS.some((path) => path.endsWith('.css'))).toBe(true);
  for (const path of HASHED_ASSETS) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(IMMUTABLE_CACHE);
    expectSecurityHeaders(response);
  }
});

test('share cards are PNGs with a short cache: they keep their address when they change', async ({
  request,
}) => {
  const response = await get(request, '/cards/site.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['cache-control']).toBe(SHORT_CACHE);
});

test('every reversed comparison address answers 301 with its canonical address', async ({
  request,
}) => {
  expect(REVERSED.length).toBeGreaterThan(0);
  for (const { from, to } of REVERSED) {
    const response = await get(request, from);
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location'], from).toBe(to);
    const landed = await request.get(from);
    expect(landed.status(), from).toBe(200);
    expect(new URL(landed.url()).pathname, from).toBe(to);
  }
});

test('an unknown address answers 404 with the 404 page and the security headers', async ({
  request,
}) => {
  expect(NOT_FOUND_TITLE).toMatch(/not found/i);
  for (const path of ['/no-such-page/', '/models/no-such-model/', '/compare/a-vs-b/']) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
    expect(await response.text(), path).toContain(`<title>${NOT_FOUND_TITLE}</title>`);
    expectSecurityHeaders(response);
  }
});

/**
 * The page at a reversed comparison address: it forwards to the canonical one without JavaScript,
 * is never indexed, previews like the canonical page, and no name from the data becomes markup.
 * (The built pages also go through html-validate, axe's sweep and the CSP check in the browser
 * suites; tests/e2e/links.spec.ts follows every one of them.)
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/host/content-security-policy.ts';
import { forwardPage, type Forward } from '../../src/lib/render/forward-page.ts';

const forward: Forward = {
  from: '/compare/b-vs-a/',
  to: '/compare/a-vs-b/',
  title: 'Model A vs Model <B>',
  card: { path: '/cards/compare/a-vs-b.png', alt: 'Model A compared with "Model B".' },
};
const html = forwardPage(forward, {
  origin: 'https://catalog.example',
  stylesheet: '/_astro/global.abc123.css',
});
const attr = (pattern: RegExp) => pattern.exec(html)?.[1];

describe('forwarding page', () => {
  it('forwards at once to the canonical address and says where it went', () => {
    expect(attr(/<meta http-equiv="refresh" content="([^"]*)"/)).toBe('0; url=/compare/a-vs-b/');
    expect(html).toContain(
      '<p>This comparison is at <a href="/compare/a-vs-b/">/compare/a-vs-b/</a>, ' +
        'with the older first.</p>',
    );
  });

  it('points search engines and link previews at the canonical page', () => {
    expect(attr(/<link rel="canonical" href="([^"]*)"/)).toBe(
      'https://catalog.example/compare/a-vs-b/',
    );
    expect(attr(/<meta property="og:url" content="([^"]*)"/)).toBe(
      'https://catalog.example/compare/a-vs-b/',
    );
    expect(attr(/<meta name="robots" content="([^"]*)"/)).toBe('noindex');
    expect(attr(/<meta property="og:image" content="([^"]*)"/)).toBe(
      'https://catalog.example/cards/compare/a-vs-b.png',
    );
    expect(attr(/<meta property="og:image:alt" content="([^"]*)"/)).toBe(
      'Model A compared with &quot;Model B&quot;.',
    );
  });

  it('is a whole document with the site policy before anything else in <head>', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">')).toBe(
      true,
    );
    expect(attr(/<meta http-equiv="content-security-policy" content="([^"]*)"/)).toBe(
      CONTENT_SECURITY_POLICY,
    );
    expect(html).not.toMatch(/<(script|style)\b|\sstyle=/);
    expect(html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(
      html.indexOf('<link'),
    );
    expect(html).toMatch(/<main><h1>[^<]+<\/h1>/);
  });

  it("links the site's base stylesheet, for its colours in light and dark", () => {
    expect([...html.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((m) => m[1])).toEqual([
      '/_astro/global.abc123.css',
    ]);
    expect(attr(/<meta name="color-scheme" content="([^"]*)"/)).toBe('light dark');
  });

  it('escapes the names it is given', () => {
    expect(html).toContain('<h1>Model A vs Model &lt;B&gt;</h1>');
    expect(html).toContain('<title>Model A vs Model &lt;B&gt; (moved) · GPT mini catalog</title>');
    expect(html).not.toContain('<B>');
  });
});

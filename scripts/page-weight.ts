/**
 * What a built page weighs to a reader, for the page benchmarks: HTML, stylesheets and the script
 * loaded before any chart (entry scripts and their static imports), raw and gzip; and what the
 * charts add (code imported on demand and the page's chart data). `html` may stand in for the
 * page's own file, to weigh a changed page with the same assets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}
const size = (text: string | Buffer): Bytes => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** A file of the built site, by its site path. */
const readAsset = (dist: string, path: string) => readFileSync(join(dist, path.replace(/^\//, '')));

/** A JS file's static imports and dynamic imports, as site paths. */
function importsOf(dist: string, path: string): { static: string[]; dynamic: string[] } {
  const code = readAsset(dist, path).toString('utf8');
  const resolve = (spec: string) =>
    spec.startsWith('/') ? spec : `/_astro/${spec.replace(/^\.\//, '')}`;
  const statics = [
    ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?[`'"]([^`'"]+\.js)[`'"]/g),
  ].map((m) => resolve(m[1] ?? ''));
  const dynamics = [
    ...code.matchAll(/import\(\s*[`'"]([^`'"]+\.js)[`'"]\s*\)/g),
    ...code.matchAll(/[`'"]((?:\.\/|_astro\/)?[\w.-]+\.js)[`'"]/g),
  ]
    .map((m) => resolve((m[1] ?? '').replace(/^_astro\//, '')))
    .filter(
      (p) => existsSync(join(dist, p.replace(/^\//, ''))) && !statics.includes(p) && p !== path,
    );
  return { static: statics, dynamic: [...new Set(dynamics)] };
}

/** `entries` and everything they import statically (transitively). */
function closure(dist: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    importsOf(dist, path).static.forEach(visit);
  };
  entries.forEach(visit);
  return seen;
}

export function measurePage(
  dist: string,
  page: string,
  html = readFileSync(join(dist, page), 'utf8'),
) {
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .filter((m) => m[0].includes('rel="stylesheet"'))
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '');
  const inlineJs = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? '',
  );
  const entryJs = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const chartData = [
    ...new Set([...html.matchAll(/<bar-chart\b[^>]*\bdata-src="([^"]+)"/g)].map((m) => m[1] ?? '')),
  ];
  const initial = closure(dist, entryJs);
  const lazy = closure(
    dist,
    [...initial].flatMap((p) => importsOf(dist, p).dynamic),
  );
  for (const p of initial) lazy.delete(p);
  const cssBytes = css.reduce((sum, p) => add(sum, size(readAsset(dist, p))), ZERO);
  const jsBefore = [
    ...inlineJs.map(size),
    ...[...initial].map((p) => size(readAsset(dist, p))),
  ].reduce(add, ZERO);
  const jsCharts = [
    ...[...lazy].map((p) => size(readAsset(dist, p))),
    ...chartData.map((p) => size(readAsset(dist, p))),
  ].reduce(add, ZERO);
  const htmlBytes = size(html);
  // Inline scripts are part of the HTML already: listed under JS, counted once in the total.
  const inlineBytes = inlineJs.map(size).reduce(add, ZERO);
  const before = add(add(htmlBytes, cssBytes), {
    raw: jsBefore.raw - inlineBytes.raw,
    gzip: jsBefore.gzip - inlineBytes.gzip,
  });
  return {
    html: htmlBytes,
    css: cssBytes,
    jsBefore,
    jsCharts,
    before,
    withCharts: add(before, jsCharts),
  };
}

/**
 * Renders a share card to PNG: satori lays the element tree out as SVG with the self-hosted Inter
 * font, @resvg/resvg-js rasterises it, sharp stores it with a palette. All three are
 * deterministic, so the same tree gives the same bytes; a card is cached on disk under the hash of
 * everything that shapes it: the tree (its text and layout), the font files and the libraries'
 * versions. A warm build reads the PNG back and never loads satori (whose first call costs
 * seconds: font parsing and the layout engine).
 *
 * The cache lives in node_modules/.cache/gpt-mini-cards (ignored by git, like any tool cache);
 * CARD_CACHE_DIR moves it, for example to measure a cold build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardNode } from './template.ts';
import type { CardContent } from './content.ts';

const ROOT = process.cwd();
const read = (path: string) => readFileSync(join(ROOT, 'node_modules', path));
const version = (pkg: string) =>
  (JSON.parse(read(`${pkg}/package.json`).toString('utf8')) as { version: string }).version;

/** The two weights the template uses, as WOFF (satori reads WOFF, TTF and OTF, not WOFF2). */
const FONT_FILES = {
  400: '@fontsource/inter/files/inter-latin-400-normal.woff',
  700: '@fontsource/inter/files/inter-latin-700-normal.woff',
} as const;

let fonts: { weight: 400 | 700; data: Buffer }[] | undefined;
const loadFonts = () =>
  (fonts ??= ([400, 700] as const).map((weight) => ({ weight, data: read(FONT_FILES[weight]) })));

/**
 * How sharp stores the card; part of the cache key, since it changes the bytes. zlib level 6, not
 * 9: 26 ms a card instead of 38 ms, 19.0 KB instead of 18.3 KB (measured on 60 comparison cards).
 */
const PNG_OPTIONS = { palette: true, compressionLevel: 6, effort: 3, dither: 0 } as const;

let rendererKey: string | undefined;
/** What besides the tree decides the pixels: font bytes and renderer versions. */
function rendererIdentity(): string {
  rendererKey ??= createHash('sha256')
    .update(['satori', '@resvg/resvg-js', 'sharp'].map((p) => `${p}@${version(p)}`).join(' '))
    .update(JSON.stringify(PNG_OPTIONS))
    .update(
      loadFonts()
        .map((f) => f.data)
        .reduce((a, b) => Buffer.concat([a, b])),
    )
    .digest('hex');
  return rendererKey;
}

/** The cache key of a card: a hash of its element tree and of the renderer. */
export function cardHash(tree: CardNode): string {
  return createHash('sha256')
    .update(rendererIdentity())
    .update(JSON.stringify(tree))
    .digest('hex')
    .slice(0, 32);
}

/** Renders the tree to PNG bytes, without the cache. */
export async function renderPng(tree: CardNode): Promise<Buffer> {
  const [{ default: satori }, { Resvg }, { default: sharp }] = await Promise.all([
    import('satori'),
    import('@resvg/resvg-js'),
    import('sharp'),
  ]);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts().map(({ weight, data }) => ({
      name: 'Inter',
      data,
      weight,
      style: 'normal',
    })),
  });
  const image = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
  // A card is flat colours and anti-aliased text: a 256-colour palette differs from resvg's
  // pixels by at most 1 in 255 on any channel (measured on a comparison card), and is about a
  // third of the size (~19 KB instead of ~50 KB from resvg's own PNG). sharp is the library
  // Astro's own image service uses; its quantiser is deterministic. It takes resvg's raw pixels
  // (no PNG encoded only to be decoded again) and skips dithering, which flat colours do not
  // need.
  const raw = { width: image.width, height: image.height, channels: 4 } as const;
  return sharp(image.pixels, { raw }).png(PNG_OPTIONS).toBuffer();
}

/** The cache's folder (pruned by src/integrations/bulk-files/card-cache.ts). */
export const cardCacheDir = () =>
  process.env['CARD_CACHE_DIR'] ?? join(ROOT, 'node_modules/.cache/gpt-mini-cards');

const cacheFileOf = (tree: CardNode) => join(cardCacheDir(), `${cardHash(tree)}.png`);

/** Where a card's PNG is cached, whether or not it has been rendered yet. */
export const cachedCardFile = (content: CardContent) => cacheFileOf(cardTree(content));

/** The card as PNG, from the cache when its hash is there. */
export async function cardPng(content: CardContent): Promise<Buffer> {
  const tree = cardTree(content);
  const file = cacheFileOf(tree);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderPng(tree);
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename, so a build stopped halfway never leaves a torn file under a valid name;
  // the thread id keeps two workers of one process apart.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

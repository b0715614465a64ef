/**
 * Writes the build's bulk files (src/data/bulk-files.ts) after the pages: every share card, the
 * forwarding page at each reversed comparison address, and the host's 301 rules for those
 * addresses (`_redirects`, src/lib/host/redirects.ts, which says why the pages stay).
 *
 * Why not a route each: Astro spends about 2 ms of its own work on every page it renders, whatever
 * the page holds. At 1,000 versions the 5,229 forwarding pages cost 11 s of a 64 s build, and the
 * 6,230 card routes read each PNG from the cache only for Astro to write it again. Here a cached
 * card is copied by the file system, a new one is rendered in a pool of workers, one per core, and
 * a forwarding page is a string from a pure renderer (src/lib/render/forward-page.ts) written
 * straight to disk. Last, the card cache drops what no build has used for a month
 * (./card-cache.ts).
 *
 * The list comes from the build itself: a build-only route publishes it as JSON, which this reads
 * at `astro:build:done` and removes. The dev server renders cards on request (./card-route.ts) and
 * has no forwarding pages.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { BulkFiles } from '../../data/bulk-files.ts';
import type { ShareCard } from '../../data/page-head.ts';
import { cachedCardFile, cardCacheDir } from '../../lib/cards/render.ts';
import { redirectsFile } from '../../lib/host/redirects.ts';
import { forwardPage } from '../../lib/render/forward-page.ts';
import { inBatches } from './batches.ts';
import { copyCachedCard, pruneCardCache, UNUSED_DAYS } from './card-cache.ts';

const MANIFEST = 'bulk-files.json';

/** `/compare/a-vs-b/` → `<dist>/compare/a-vs-b/index.html`; `/cards/x.png` as it is. */
const outFile = (dist: string, path: string) =>
  join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** This folder, from the project root: the routes and the worker are loaded by path. */
const HERE = 'src/integrations/bulk-files';

/** Renders `cards` into `dist` (and the cache) in a pool of `worker`s, one per core. */
async function renderCards(cards: readonly ShareCard[], dist: string, worker: string) {
  if (cards.length === 0) return;
  const pool = new Piscina({
    filename: worker,
    maxThreads: availableParallelism(),
    // A card needs little memory, and the build has most of its own still held: a small young
    // generation keeps each worker ~60 MB lighter (measured: two workers rendering 80 cards
    // peaked at 400 MB of process memory by default, 284 MB with these limits; a cold build of
    // 1,000 versions at 1.34 GB instead of 1.72 GB). The old-generation cap is far above need.
    resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 },
  });
  try {
    await Promise.all(
      cards.map((card) => pool.run({ content: card.content, file: outFile(dist, card.path) })),
    );
  } finally {
    await pool.destroy();
  }
}

export default function bulkFiles(): AstroIntegration {
  let root = '';
  const entry = (file: string) => join(root, HERE, file);
  return {
    name: 'gpt-mini:bulk-files',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        root = fileURLToPath(config.root);
        if (command === 'build')
          injectRoute({ pattern: `/${MANIFEST}`, entrypoint: entry('manifest-route.ts') });
        if (command === 'dev')
          injectRoute({ pattern: '/cards/[...card].png', entrypoint: entry('card-route.ts') });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const manifest = join(dist, MANIFEST);
        const { origin, stylesheet, cards, forwards } = JSON.parse(
          await readFile(manifest, 'utf8'),
        ) as BulkFiles;
        await rm(manifest);

        // A cached card is copied by the file system; only the others go to the workers, which
        // start only when there is a card to render.
        const now = new Date();
        const missing: ShareCard[] = [];
        await inBatches(cards, async (card) => {
          const file = outFile(dist, card.path);
          await mkdir(dirname(file), { recursive: true });
          if (!(await copyCachedCard(cachedCardFile(card.content), file, now))) missing.push(card);
        });
        const rendered = renderCards(missing, dist, entry('card-worker.ts'));
        await inBatches(forwards, async (forward) => {
          const file = outFile(dist, forward.from);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, forwardPage(forward, { origin, stylesheet }));
        });
        const redirects = redirectsFile(forwards);
        await writeFile(join(dist, '_redirects'), redirects.text);
        if (redirects.overLimit + redirects.unwritable > 0)
          logger.warn(
            `_redirects: ${redirects.written} of ${forwards.length} reversed comparison ` +
              `addresses answer 301; ${redirects.overLimit} beyond Cloudflare Pages' limit ` +
              `and ${redirects.unwritable} that no static rule can state keep only their ` +
              'forwarding pages (200, forwarding at once).',
          );
        await rendered;
        const pruned = await pruneCardCache(cardCacheDir(), now);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${cards.length} share cards (${missing.length} rendered, the others from the cache) ` +
            `and ${forwards.length} forwarding pages (${redirects.written} also as 301 rules) in ` +
            `${seconds} s; ${pruned} cached cards unused for ${UNUSED_DAYS} days removed`,
        );
      },
    },
  };
}

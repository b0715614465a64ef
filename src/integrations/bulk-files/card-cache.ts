/**
 * Keeps the share-card cache (src/lib/cards/render.ts) from growing without end. A build marks
 * every card it uses: one it renders is written now, one it copies from the cache has its
 * modification time set to now. Then it removes the cards no build has used for UNUSED_DAYS, and
 * partial files a stopped build left behind.
 *
 * Why by age and not "whatever this build did not use": one cache serves every build of the
 * checkout (the site, the test suite's fixture catalogs, bench:scale's synthetic ones link the
 * same node_modules), so a card another of them needs must outlive this build. Age is read from
 * the clock: a build on a clock months ahead finds every card stale and removes it, which costs
 * only a render (the determinism test's build a year ahead therefore gets a cache of its own).
 */
import { access, copyFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { inBatches } from './batches.ts';

/** Long enough for a branch left for a few weeks to come back warm. */
export const UNUSED_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Whether a cache entry is to go: a card unused for more than UNUSED_DAYS; a partial write (`.tmp`)
 * more than a day old, which no running build is still writing. Anything else is left alone.
 */
export function isStale(name: string, modifiedMs: number, nowMs: number): boolean {
  const age = nowMs - modifiedMs;
  if (name.endsWith('.tmp')) return age > DAY_MS;
  return name.endsWith('.png') && age > UNUSED_DAYS * DAY_MS;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Copies a cached card to `to` and marks it used. False when the cache does not hold it (the
 * caller renders it); any other failure is thrown.
 */
export async function copyCachedCard(cached: string, to: string, now: Date): Promise<boolean> {
  try {
    await copyFile(cached, to);
  } catch (error) {
    // ENOENT names no side: only a missing card is a miss, a missing destination is a failure.
    if (isMissing(error) && !(await exists(cached))) return false;
    throw error;
  }
  await utimes(cached, now, now);
  return true;
}

/** Removes the stale entries of the cache folder `dir`; returns how many went. */
export async function pruneCardCache(dir: string, now: Date): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  let removed = 0;
  await inBatches(names, async (name) => {
    const file = join(dir, name);
    // Another build sharing the cache may have removed or renamed it since the listing.
    const info = await stat(file).catch((error: unknown) => {
      if (isMissing(error)) return undefined;
      throw error;
    });
    if (!info?.isFile() || !isStale(name, info.mtimeMs, now.getTime())) return;
    await rm(file, { force: true });
    removed += 1;
  });
  return removed;
}

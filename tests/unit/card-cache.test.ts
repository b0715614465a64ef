/**
 * The share-card cache stays bounded: a build marks the cards it copies as used, and removes cards
 * no build has used for a month and partial files a stopped build left; nothing else is touched.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyCachedCard,
  isStale,
  pruneCardCache,
  UNUSED_DAYS,
} from '../../src/integrations/bulk-files/card-cache.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file in the cache folder, last modified `days` before NOW. */
function entry(name: string, days: number) {
  const file = join(dir, name);
  writeFileSync(file, name);
  utimesSync(file, daysAgo(days), daysAgo(days));
  return file;
}

describe('isStale', () => {
  it.each([
    ['a card used within the month', 'abc.png', UNUSED_DAYS - 1, false],
    ['a card unused for longer than the month', 'abc.png', UNUSED_DAYS + 1, true],
    ['a partial write from today (a build may still be writing it)', 'abc.png.9-1.tmp', 0.5, false],
    ['a partial write older than a day', 'abc.png.9-1.tmp', 2, true],
    ['a file the cache does not make, however old', 'notes.txt', 400, false],
  ])('%s', (_, name, days, stale) => {
    expect(isStale(name, daysAgo(days).getTime(), NOW.getTime())).toBe(stale);
  });
});

describe('pruneCardCache', () => {
  it('removes stale cards and partial files, and keeps everything else', async () => {
    entry('old.png', UNUSED_DAYS + 1);
    entry('recent.png', UNUSED_DAYS - 1);
    entry('stopped.png.77-0.tmp', 3);
    entry('writing.png.78-0.tmp', 0);
    entry('notes.txt', 400);
    expect(await pruneCardCache(dir, NOW)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'recent.png', 'writing.png.78-0.tmp']);
  });

  it('finds nothing to do when the cache was never made', async () => {
    expect(await pruneCardCache(join(dir, 'never-made'), NOW)).toBe(0);
  });
});

describe('copyCachedCard', () => {
  it('copies a cached card and marks it used, so the next prune keeps it', async () => {
    const cached = entry('old.png', UNUSED_DAYS + 5);
    const to = join(dir, 'out.png');
    expect(await copyCachedCard(cached, to, NOW)).toBe(true);
    expect(readFileSync(to, 'utf8')).toBe('old.png');
    expect(statSync(cached).mtimeMs).toBe(NOW.getTime());
    expect(await pruneCardCache(dir, NOW)).toBe(0);
  });

  it('says false for a card the cache does not hold, and copies nothing', async () => {
    expect(await copyCachedCard(join(dir, 'absent.png'), join(dir, 'out.png'), NOW)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('throws any other failure instead of treating it as a miss', async () => {
    const cached = entry('card.png', 0);
    await expect(
      copyCachedCard(cached, join(dir, 'no-such-folder', 'out.png'), NOW),
    ).rejects.toThrow(/ENOENT/);
  });
});

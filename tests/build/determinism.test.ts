/**
 * Two builds of the same commit on the same build day (SOURCE_DATE_EPOCH) write the same files,
 * byte for byte: every date on the site comes from the data or from SOURCE_DATE_EPOCH, never from
 * the clock, the time zone, the locale or the folder of the machine that builds it. The first is
 * the build npm test makes (dist/); the second runs in a copy of the project elsewhere on disk, a
 * year ahead (tests/support/shifted-clock.ts), in UTC+14 and in German.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { epochOfDay } from '../../src/build-day.ts';
import { TEST_BUILD_DAY } from '../support/build-days.ts';
import { compareTrees } from '../support/compare-trees.ts';
import { buildEnv, mainDist } from '../support/main-build.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';

const SHIFTED_CLOCK = pathToFileURL(join(PROJECT_ROOT, 'tests/support/shifted-clock.ts')).href;

/** The machine the second build pretends to be on. */
const ELSEWHERE = {
  TZ: 'Pacific/Kiritimati',
  LANG: 'de_DE.UTF-8',
  LC_ALL: 'de_DE.UTF-8',
  NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${SHIFTED_CLOCK}`.trim(),
};

function astroBuild(root: string, args: string[], env: Record<string, string>): void {
  const run = spawnSync('astro', ['build', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({
      // Both builds on one day, set here whatever the caller's environment says.
      SOURCE_DATE_EPOCH: epochOfDay(TEST_BUILD_DAY),
      ...env,
    }),
  });
  if (run.status !== 0)
    throw new Error(`astro build ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
}

describe('determinism', () => {
  it('the second build runs on a clock a year ahead', () => {
    const run = spawnSync('node', ['-e', 'process.stdout.write(String(new Date().getTime()))'], {
      encoding: 'utf8',
      env: { ...process.env, ...ELSEWHERE },
    });
    expect(run.stderr).toBe('');
    expect(Number(run.stdout) - Date.now()).toBeGreaterThan(365 * 24 * 3600 * 1000);
  });

  it('the comparison names every changed, missing and extra file', () => {
    const root = mkdtempSync(join(tmpdir(), 'gpt-mini-trees-'));
    try {
      for (const [tree, files] of [
        ['a', { 'same.html': 'x', 'changed/index.html': '<p>2026</p>', 'gone.json': '{}' }],
        ['b', { 'same.html': 'x', 'changed/index.html': '<p>2027</p>', 'new.json': '{}' }],
      ] as const) {
        for (const [file, text] of Object.entries(files)) {
          mkdirSync(join(root, tree, file, '..'), { recursive: true });
          writeFileSync(join(root, tree, file), text);
        }
      }
      const differences = compareTrees(join(root, 'a'), join(root, 'b'));
      expect(differences.map((d) => d.split(':')[0])).toEqual([
        'changed/index.html',
        'gone.json',
        'new.json',
      ]);
      expect(differences[0]).toContain('differs from byte 6');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it(
    'two builds of the same commit write identical files',
    () => {
      const first = mainDist();
      const copy = copyProject({ prefix: 'gpt-mini-determinism-' });
      try {
        // --force: no content cache may stand in for a fresh render. An empty share-card cache of
        // its own, for two reasons: its cards are rendered, not copied, so they too are compared
        // with the first build's; and a build a year ahead would find every card in the shared
        // cache unused for a year and prune it.
        astroBuild(copy.root, ['--force', '--outDir', 'dist-second'], {
          ...ELSEWHERE,
          CARD_CACHE_DIR: join(copy.root, 'card-cache-elsewhere'),
        });
        expect(compareTrees(first, join(copy.root, 'dist-second'))).toEqual([]);
      } finally {
        copy.cleanup();
      }
    },
    // A build of the whole site; on a busy two-core machine it takes up to two minutes.
    240_000,
  );
});

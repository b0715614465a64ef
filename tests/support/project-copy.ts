/**
 * A throwaway copy of the project that builds with the real site code: every top-level file and
 * folder except build output, caches and reports, with the installed packages linked rather than
 * copied. Copying by exclusion means a folder added to the project later (a new collection's
 * code, a config file) is built too, without this list having to learn about it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Never copied: output, caches, reports, git metadata (a file in a worktree). */
const LEFT_OUT = new Set([
  '.git',
  '.astro',
  'dist',
  'node_modules',
  'reports',
  'test-results',
  'playwright-report',
  '.wrangler',
]);

export interface ProjectCopy {
  root: string;
  cleanup: () => void;
}

/**
 * Copies the project into a new temporary folder. With `content: false` the copy has no
 * content/ folder, for callers that write their own.
 */
export function copyProject({
  prefix = 'gpt-mini-copy-',
  content = true,
}: { prefix?: string; content?: boolean } = {}): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync(PROJECT_ROOT)) {
    // dist-<day>/: the suite's second build (tests/support/build-days.ts).
    if (LEFT_OUT.has(name) || name.startsWith('dist-') || (!content && name === 'content'))
      continue;
    cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  }
  // node_modules is a folder of links to each package rather than one link, so that Vite's cache
  // (node_modules/.vite) belongs to the copy: copies built at the same time would otherwise
  // rewrite the project's cache under each other ("vite config has changed").
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (name === '.vite') continue;
    symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

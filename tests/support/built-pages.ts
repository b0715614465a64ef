/** Pages of the built site (dist/) as URL paths, so sweeps cover pages added later too. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixtures.ts';

const dist = join(PROJECT_ROOT, 'dist');

/** Every HTML file in dist/, relative to it (`compare/index.html`), redirect pages included. */
export function builtHtmlFiles(): string[] {
  if (!existsSync(dist))
    throw new Error(
      'dist/ is missing: run `npm run build` (npm test does) before the browser tests',
    );
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

function allPages(): { path: string; redirect: boolean }[] {
  return builtHtmlFiles().map((file) => ({
    path: `/${file.replace(/index\.html$/, '')}`,
    redirect: readFileSync(join(dist, file), 'utf8').includes('http-equiv="refresh"'),
  }));
}

/**
 * Every page with content; pages that only forward to another (a reversed comparison) are left out.
 */
export function builtPages(): string[] {
  return allPages()
    .filter((p) => !p.redirect)
    .map((p) => p.path);
}

/** Pages that only forward to their canonical address. */
export function redirectPages(): string[] {
  return allPages()
    .filter((p) => p.redirect)
    .map((p) => p.path);
}

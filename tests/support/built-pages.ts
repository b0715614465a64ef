/** Every page of the built site (dist/), as URL paths, so sweeps cover pages added later too. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixtures.ts';

export function builtPages(): string[] {
  const dist = join(PROJECT_ROOT, 'dist');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the browser tests');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

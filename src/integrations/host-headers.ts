/**
 * Writes the host's `_headers` (src/lib/host/headers.ts) once every other file is in dist/, after
 * checking the rules against each file's address: a header that two rules set for one address
 * would reach readers as both values joined, so it stops the build, naming the address and rules.
 * Listed after the integrations that write files at the end of the build (bulk files, sitemap).
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_RULES, headerConflicts, headersFile } from '../lib/host/headers.ts';

/** The address a built file answers at: `about/index.html` at `/about/`. */
const addressOf = (file: string) => `/${file.split(sep).join('/')}`.replace(/\/index\.html$/, '/');

export default function hostHeaders(): AstroIntegration {
  return {
    name: 'gpt-mini:host-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const entries = await readdir(dist, { recursive: true, withFileTypes: true });
        const addresses = entries
          .filter((entry) => entry.isFile())
          .map((entry) => addressOf(relative(dist, join(entry.parentPath, entry.name))));
        const conflicts = headerConflicts(HEADER_RULES, addresses);
        if (conflicts.length > 0)
          throw new Error(
            `_headers: ${conflicts.length} addresses would get a header twice ` +
              `(src/lib/host/headers.ts):\n${conflicts.slice(0, 10).join('\n')}`,
          );
        await writeFile(join(dist, '_headers'), headersFile(HEADER_RULES));
        logger.info(
          `_headers: ${HEADER_RULES.length} rules, checked against ${addresses.length} files`,
        );
      },
    },
  };
}

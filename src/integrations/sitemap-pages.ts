/**
 * Which built addresses belong in the sitemap: HTML pages that search engines may index. Endpoints
 * (JSON, CSV…) are files rather than pages, and a page marked `noindex` is not one to list. The
 * page's own robots meta decides, so the sitemap cannot drift from what each page says about
 * itself. (The forwarding pages at reversed comparison addresses, also `noindex`, never reach this
 * filter: they are written after the pages, outside Astro's list; src/integrations/bulk-files/.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/;

/**
 * A filter for @astrojs/sitemap that reads the built pages, and the integration that tells it where
 * they are. The build's outDir is known only once the config is resolved (`astro build --outDir`
 * overrides the config file), so the filter reads it from there rather than from a fixed path.
 */
export function indexablePages(): {
  integration: AstroIntegration;
  filter: (page: string) => boolean;
} {
  let outDir: URL | undefined;
  const integration: AstroIntegration = {
    name: 'gpt-mini:sitemap-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
  const filter = (page: string) => {
    if (!outDir) throw new Error('The sitemap filter ran before the config was resolved');
    const { pathname } = new URL(page);
    // With trailingSlash: 'always', every HTML page ends in "/"; endpoints end in a file name.
    if (!pathname.endsWith('/')) return false;
    const file = fileURLToPath(new URL(`.${pathname}index.html`, outDir));
    return !NOINDEX.test(readFileSync(file, 'utf8'));
  };
  return { integration, filter };
}

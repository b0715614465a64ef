/**
 * Which built addresses belong in the sitemap: HTML pages that search engines may index. Endpoints
 * (JSON, CSV…) are files rather than pages, and a page marked `noindex` is not one to list. The
 * page's own robots meta decides, so the sitemap cannot drift from what each page says about
 * itself. (The forwarding pages at reversed comparison addresses, also `noindex`, never reach this
 * filter: they are written after the pages, outside Astro's list; src/integrations/bulk-files/.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/;

/** A filter for @astrojs/sitemap, reading the built pages in `outDir`. */
export function indexablePages(outDir: URL): (page: string) => boolean {
  return (page) => {
    const { pathname } = new URL(page);
    // With trailingSlash: 'always', every HTML page ends in "/"; endpoints end in a file name.
    if (!pathname.endsWith('/')) return false;
    const file = fileURLToPath(new URL(`.${pathname}index.html`, outDir));
    return !NOINDEX.test(readFileSync(file, 'utf8'));
  };
}

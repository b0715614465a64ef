/**
 * The site's production origin: the one place it is configured. Canonical URLs, og:url, share
 * cards, the sitemap, the feed, the calendar and the API's absolute links are all made from it.
 *
 * The project has no domain yet, so the default is a placeholder under the reserved `.example`
 * TLD. Deployers set SITE_URL (for example `SITE_URL=https://catalog.example.org npm run build`);
 * a build on the default prints a warning (src/integrations/site-url-warning.ts).
 */
export const DEFAULT_SITE_URL = 'https://gpt-mini-catalog.example';

export interface SiteUrl {
  /** The origin, without a trailing slash. */
  origin: string;
  /** True when SITE_URL is not set and the placeholder is used. */
  isDefault: boolean;
}

/** The origin from `SITE_URL` (or the default); a value that is not an http(s) origin throws. */
export function resolveSiteUrl(value: string | undefined): SiteUrl {
  if (value === undefined || value.trim() === '') {
    return { origin: DEFAULT_SITE_URL, isDefault: true };
  }
  const url = new URL(value.trim());
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) origin, got "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin without a path, got "${value}"`);
  }
  return { origin: url.origin, isDefault: false };
}

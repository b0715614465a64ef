/**
 * Warns when a build uses the placeholder origin: its canonical URLs, sitemap and feed links would
 * point at a domain nobody owns. Set SITE_URL to the real origin when deploying.
 */
import type { AstroIntegration } from 'astro';
import type { SiteUrl } from '../site-url.ts';

export default function siteUrlWarning(site: SiteUrl): AstroIntegration {
  return {
    name: 'gpt-mini:site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!site.isDefault) return;
        logger.warn(
          `SITE_URL is not set: canonical URLs, the sitemap, the feed and share cards use the ` +
            `placeholder origin ${site.origin}. ` +
            'Set SITE_URL to the production origin when deploying.',
        );
      },
    },
  };
}

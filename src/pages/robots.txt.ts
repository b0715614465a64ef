/** /robots.txt: everything may be crawled; the sitemap lists the pages. */
import type { APIRoute } from 'astro';
import { siteOrigin } from '../data/exports.ts';
import { absolute, PATHS } from '../lib/paths.ts';
import { textResponse } from '../lib/export/responses.ts';

export const GET: APIRoute = () =>
  textResponse(
    `User-agent: *\nAllow: /\n\nSitemap: ${absolute(siteOrigin(), PATHS.sitemap)}\n`,
    'text/plain',
  );

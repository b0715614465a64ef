/** /feed.xml: lifecycle events and price changes as RSS, each dated by its event. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { siteOrigin } from '../data/exports.ts';
import { feedEvents } from '../lib/export/feed.ts';
import { dayAsDate, rssItems } from '../lib/export/rss.ts';
import { absolute, PATHS } from '../lib/paths.ts';
import { formatDate } from '../lib/format.ts';
import { SITE_NAME } from '../lib/page/site-nav.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const origin = siteOrigin();
  const lines = catalog.lines.map((line) => line.data.name).join(', ');
  return rss({
    title: `${SITE_NAME}: lifecycle and price changes`,
    description:
      `Releases, scheduled shutdowns, replacements, fine-tuning deadlines and price changes of ` +
      `OpenAI's ${lines} line and the models OpenAI names as replacements, as of ` +
      `${formatDate(catalog.verified)}. Each item is dated by its event and links its source.`,
    site: origin,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>en</language>` +
      // The day the data was verified, not the day of the build: the same data gives the same feed.
      `<lastBuildDate>${dayAsDate(catalog.verified)?.toUTCString()}</lastBuildDate>` +
      `<atom:link href="${absolute(origin, PATHS.feed)}" rel="self" type="application/rss+xml"/>`,
    items: rssItems(feedEvents(catalog), catalog.sources, origin),
  });
};

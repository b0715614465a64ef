/**
 * /feed/<provider>.xml: one provider's own dated events (its retirement dates, each edition that
 * set or moved one, new deployments refused) as RSS; /feed.xml is OpenAI's and the catalog's.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { siteOrigin } from '../../data/exports.ts';
import { getProviderCalendars } from '../../data/providers.ts';
import type { ProviderCalendarInput } from '../../lib/export/provider-calendar.ts';
import { providerFeedEvents } from '../../lib/export/provider-feed.ts';
import { dayAsDate, rssItems } from '../../lib/export/rss.ts';
import { formatDate } from '../../lib/format.ts';
import { SITE_NAME } from '../../lib/page/site-nav.ts';
import { absolute, providerFeedPath, providerPagePath } from '../../lib/paths.ts';

// The providers that state retirement dates of their own: the same as have a calendar.
export const getStaticPaths = (async () =>
  (await getProviderCalendars()).map((provider) => ({
    params: { provider: provider.id },
    props: { provider },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ provider: ProviderCalendarInput }> = async ({ props }) => {
  const { provider } = props;
  const catalog = await getCatalog();
  const origin = siteOrigin();
  const checked = provider.models
    .map((m) => m.view.row.checked)
    .sort()
    .at(-1);
  return rss({
    title: `${SITE_NAME}: ${provider.name}'s own retirement dates`,
    description:
      `${provider.name}'s own retirement dates for models of this catalog, as its schedule ` +
      `set and moved them, and the days it refuses new deployments` +
      `${checked ? `, as checked ${formatDate(checked)}` : ''}. Each item is dated by its event ` +
      `and links its source. OpenAI's dates are in ${absolute(origin, '/feed.xml')}.`,
    site: absolute(origin, providerPagePath(provider.id)),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>en</language>` +
      (checked ? `<lastBuildDate>${dayAsDate(checked)?.toUTCString()}</lastBuildDate>` : '') +
      `<atom:link href="${absolute(origin, providerFeedPath(provider.id))}" rel="self" ` +
      `type="application/rss+xml"/>`,
    items: rssItems(providerFeedEvents(provider, catalog.modelNames), catalog.sources, origin),
  });
};

/** /shutdowns.ics: every scheduled shutdown as an all-day calendar event. */
import type { APIRoute } from 'astro';
import { getCatalog, stateOf } from '../data/catalog.ts';
import { siteOrigin } from '../data/exports.ts';
import { shutdownCalendar } from '../lib/export/calendar.ts';
import { textResponse } from '../lib/export/responses.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const versions = catalog.lines.flatMap((line) =>
    line.members.map((m) => {
      return { id: m.id, name: m.data.name, state: stateOf(catalog, m.id) };
    }),
  );
  return textResponse(
    shutdownCalendar(versions, catalog.sources, siteOrigin(), catalog.verified, catalog.modelNames),
    'text/calendar',
  );
};

/** /shutdowns/<provider>.ics: one provider's own retirement dates; /shutdowns.ics is OpenAI's. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { siteOrigin } from '../../data/exports.ts';
import { getProviderCalendars } from '../../data/providers.ts';
import {
  providerCalendar,
  type ProviderCalendarInput,
} from '../../lib/export/provider-calendar.ts';
import { textResponse } from '../../lib/export/responses.ts';

export const getStaticPaths = (async () =>
  (await getProviderCalendars()).map((calendar) => ({
    params: { provider: calendar.id },
    props: { calendar },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ calendar: ProviderCalendarInput }> = async ({ props }) => {
  const { sources, modelNames } = await getCatalog();
  return textResponse(
    providerCalendar(props.calendar, sources, siteOrigin(), modelNames),
    'text/calendar',
  );
};

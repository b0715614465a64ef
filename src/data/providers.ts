/**
 * Where each model runs besides OpenAI's API: content/providers.yaml and content/availability,
 * loaded once, each row's standing computed for the build's day against OpenAI's shutdown day as
 * the catalog computed it (src/data/catalog.ts). Kept apart from the catalog's core loader, which
 * no provider view needs.
 */
import { getCollection } from 'astro:content';
import {
  providerCalendars,
  type ModelProviderRows,
  type ProviderCalendarInput,
} from '../lib/export/provider-calendar.ts';
import { providerRows, type ProviderRowView } from '../lib/providers/rows.ts';
import { getCatalog } from './catalog.ts';

let cached: Promise<ReadonlyMap<string, ProviderRowView[]>> | undefined;

async function load(): Promise<ReadonlyMap<string, ProviderRowView[]>> {
  const [catalog, providerEntries, availabilityEntries] = await Promise.all([
    getCatalog(),
    getCollection('providers'),
    getCollection('availability'),
  ]);
  const providers = new Map(providerEntries.map((p) => [p.id, p.data]));
  return new Map(
    availabilityEntries.map((entry) => {
      // A version's state on its line's day; a replacement model has no OpenAI shutdown here.
      const state = catalog.status.get(entry.id);
      const rows = providerRows(
        entry.data.providers,
        providers,
        state?.shutdown?.date,
        state?.day ?? catalog.day,
      );
      return [entry.id, rows] as const;
    }),
  );
}

/** Every model's provider rows, by model id (versions and replacement models alike). */
export function getProviderRows(): Promise<ReadonlyMap<string, ProviderRowView[]>> {
  cached ??= load();
  return cached;
}

/** One model's provider rows, in page order; none where the provider check did not cover it. */
export async function providerRowsOf(id: string): Promise<ProviderRowView[]> {
  return (await getProviderRows()).get(id) ?? [];
}

/**
 * Every model with provider rows, named, in the catalog's order: each line's versions as the line
 * lists them, then the replacement models.
 */
export async function getModelProviderRows(): Promise<ModelProviderRows[]> {
  const [catalog, rows] = await Promise.all([getCatalog(), getProviderRows()]);
  const order = [
    ...catalog.lines.flatMap((line) => line.members.map((m) => m.id)),
    ...catalog.replacements.keys(),
  ];
  const position = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...rows]
    .toSorted(([a], [b]) => position(a) - position(b) || (a < b ? -1 : 1))
    .map(([id, views]) => ({ id, name: catalog.modelNames.get(id) ?? id, rows: views }));
}

/**
 * Every provider that states its own retirement date for a model, with those models: one
 * calendar each (src/lib/export/provider-calendar.ts), in the order of their ids.
 */
export async function getProviderCalendars(): Promise<ProviderCalendarInput[]> {
  return providerCalendars(await getModelProviderRows());
}

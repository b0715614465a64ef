/**
 * Where each model runs besides OpenAI's API: content/providers.yaml and content/availability,
 * loaded once, each row's standing computed for the build's day against OpenAI's shutdown day as
 * the catalog computed it (src/data/catalog.ts). Kept apart from the catalog's core loader, which
 * no provider view needs.
 */
import { getCollection } from 'astro:content';
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

/**
 * The page of each provider, /providers/<id>/: what is going away there by its own dates, built
 * from every model's provider rows on the build's day. Every provider that offers at least one
 * model has a page, and so does one the sources could not confirm (its page says so); third-party
 * listings of a provider do not.
 */
import { getCollection } from 'astro:content';
import { modelPagePath } from '../lib/paths.ts';
import {
  providerGoingAway,
  type ProviderGoingAway,
  type ProviderModel,
} from '../lib/providers/going-away.ts';
import type { Provider } from '../schemas/provider.ts';
import { getCatalog } from './catalog.ts';
import { getProviderCalendars, getProviderRows } from './providers.ts';

export interface ProviderPage {
  id: string;
  provider: Provider;
  going: ProviderGoingAway;
  /** The day the provider check last read a row of this provider. */
  checked: string | undefined;
  /** Whether it has a calendar of its own dates (/shutdowns/<id>.ics). */
  calendar: boolean;
}

let pages: Promise<ProviderPage[]> | undefined;

async function load(): Promise<ProviderPage[]> {
  const [catalog, providers, rows, calendars] = await Promise.all([
    getCatalog(),
    getCollection('providers'),
    getProviderRows(),
    getProviderCalendars(),
  ]);
  const models: ProviderModel[] = [
    ...catalog.lines.flatMap((line) =>
      line.members.map((m) => ({
        id: m.id,
        name: m.data.name,
        href: modelPagePath(m.id),
        line: line.data.name,
      })),
    ),
    ...[...catalog.replacements].map(([id, r]) => ({
      id,
      name: r.data.name,
      href: undefined,
      line: undefined,
    })),
  ];
  const withCalendar = new Set(calendars.map((c) => c.id));
  return providers
    .filter((p) => p.data.kind !== 'catalog')
    .map(({ id, data }) => {
      const own = [...rows.values()].flat().filter((v) => v.provider.id === id);
      return {
        id,
        provider: data,
        going: providerGoingAway(id, rows, models),
        checked: own
          .map((v) => v.row.checked)
          .sort()
          .at(-1),
        calendar: withCalendar.has(id),
      };
    })
    .filter((page) => page.checked !== undefined);
}

/** Every provider's page, in content/providers.yaml's order. */
export function getProviderPages(): Promise<ProviderPage[]> {
  pages ??= load();
  return pages;
}

/** The providers with a page, as the "I use …" choice lists them. */
export async function getProviderChoices(): Promise<{ id: string; name: string }[]> {
  return (await getProviderPages()).map((p) => ({ id: p.id, name: p.provider.name }));
}

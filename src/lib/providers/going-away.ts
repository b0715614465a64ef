/**
 * What is going away at one provider, by its own dates: the models it retires (soonest first, with
 * the days left on the build's day), those it has retired, those it serves with no date stated,
 * and those it does not offer or no source says it offers. The page /providers/<id>/ reads it; the
 * wording is the provider module's (wording.ts). Third-party listings of a provider are not its
 * schedule: they are left out. Pure.
 */
import type { ProviderRowView } from './rows.ts';

/** A model of the catalog as a provider's page lists it. */
export interface ProviderModel {
  id: string;
  name: string;
  /** Its page, where the catalog has one (a replacement model has none). */
  href: string | undefined;
  /** Its line's name; a replacement model has none. */
  line: string | undefined;
}

export interface ProviderEntry {
  model: ProviderModel;
  view: ProviderRowView;
}

/** A provider's page: its entries by group, each group in the order a reader needs it. */
export interface ProviderGoingAway {
  retiring: ProviderEntry[];
  retired: ProviderEntry[];
  /** Served, the provider states no retirement date. */
  undated: ProviderEntry[];
  /** Not offered, or no source with a public address says it is. */
  absent: ProviderEntry[];
  /** Models of the catalog the provider check did not cover. */
  unchecked: ProviderModel[];
}

/**
 * Groups every model's row at `provider`. `rowsByModel`: each model's provider rows; `models`:
 * every model the catalog lists, in its order (lines, then replacements).
 */
export function providerGoingAway(
  provider: string,
  rowsByModel: ReadonlyMap<string, readonly ProviderRowView[]>,
  models: readonly ProviderModel[],
): ProviderGoingAway {
  const page: ProviderGoingAway = {
    retiring: [],
    retired: [],
    undated: [],
    absent: [],
    unchecked: [],
  };
  for (const model of models) {
    const view = rowsByModel.get(model.id)?.find((v) => v.provider.id === provider);
    if (!view) {
      page.unchecked.push(model);
      continue;
    }
    const entry = { model, view };
    const { standing } = view;
    if (standing.offer !== 'offered') page.absent.push(entry);
    else if (standing.phase === 'retires' || standing.phase === 'retires-today')
      page.retiring.push(entry);
    else if (standing.phase === 'retired') page.retired.push(entry);
    else page.undated.push(entry);
  }
  const day = (e: ProviderEntry) =>
    e.view.standing.offer === 'offered' ? (e.view.standing.retirement ?? '') : '';
  page.retiring.sort((a, b) => day(a).localeCompare(day(b)));
  page.retired.sort((a, b) => day(b).localeCompare(day(a)));
  return page;
}

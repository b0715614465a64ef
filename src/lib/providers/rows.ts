/**
 * A model's rows at its providers, ready for every view: each row with its provider and its
 * standing on the day, ordered as the page lists them (places that offer it, then third-party
 * listings of a provider, then where it is not offered or not found). Pure.
 */
import type { AvailabilityRow } from '../../schemas/availability.ts';
import type { ConfidenceLevel } from '../../schemas/fact.ts';
import { refsOf, type CiteRef } from '../render/cite.ts';
import type { Provider } from '../../schemas/provider.ts';
import { standing, standingInput, type ProviderStanding } from './lifecycle.ts';

export interface ProviderRowView {
  provider: { id: string; data: Provider };
  row: AvailabilityRow;
  standing: ProviderStanding;
  /** The day the standing is true as of (the build's day). */
  day: string;
}

/** Where a row is listed: offered, a third-party listing, or not offered / not found. */
function groupOf(view: Pick<ProviderRowView, 'provider' | 'row'>): number {
  if (view.row.offer !== 'offered') return 2;
  return view.provider.data.kind === 'catalog' ? 1 : 0;
}

/**
 * The rows of one model, each with its standing on `day` against OpenAI's shutdown day `openai`;
 * throws for a provider content/providers.yaml lacks (the validator reports it first).
 */
export function providerRows(
  rows: readonly AvailabilityRow[],
  providers: ReadonlyMap<string, Provider>,
  openai: string | undefined,
  day: string,
): ProviderRowView[] {
  return rows
    .map((row) => {
      const data = providers.get(row.provider);
      if (!data) throw new Error(`Provider "${row.provider}" is not in content/providers.yaml`);
      const listing = data.kind === 'catalog';
      return {
        provider: { id: row.provider, data },
        row,
        standing: standing(standingInput(row, listing), openai, day),
        day,
      };
    })
    .map((view, index) => ({ view, index }))
    .toSorted((a, b) => groupOf(a.view) - groupOf(b.view) || a.index - b.index)
    .map(({ view }) => view);
}

/** A row of a provider that offers the model itself (not a third-party listing of one). */
export type OfferedView = ProviderRowView & { row: { offer: 'offered' } };

/** The rows of providers that offer the model themselves, in page order. */
export function offeredRows(views: readonly ProviderRowView[]): OfferedView[] {
  return views.filter(
    (v): v is OfferedView => v.row.offer === 'offered' && v.provider.data.kind !== 'catalog',
  );
}

/** A provider's own offer (not a listing) with a retirement date: what its calendar holds. */
export function datesOwnRetirement(view: ProviderRowView): boolean {
  return (
    view.provider.data.kind !== 'catalog' &&
    view.row.offer === 'offered' &&
    'value' in view.row.lifecycle.retirement
  );
}

/** Each provider's own retirement of the model, with the dated fact it rests on, page order. */
export function ownRetirements(views: readonly ProviderRowView[]) {
  return offeredRows(views).flatMap((view) => {
    const { retirement } = view.row.lifecycle;
    return 'value' in retirement ? [{ view, retirement }] : [];
  });
}

/**
 * The sources of a model's standing at a provider, as a one-line answer cites them: its own
 * retirement date's where it gives one, otherwise those the row was read from (none for a row
 * whose only evidence has no public address).
 */
export function standingRefs({ row }: Pick<ProviderRowView, 'row'>): CiteRef[] {
  if (row.offer === 'offered' && 'value' in row.lifecycle.retirement)
    return refsOf(row.lifecycle.retirement);
  if (row.offer === 'offered' || row.offer === 'not-offered') return refsOf(row);
  if (row.offer === 'not-found' && row.source)
    return [{ source: row.source, confidence: row.confidence }];
  return [];
}

/**
 * The "I use …" choices against a model's rows: each chosen provider with its row for the model,
 * in the choice's order, and the ids of those with none (the provider check did not cover it).
 */
export function rowsAtChoices<View extends Pick<ProviderRowView, 'provider'>>(
  choices: readonly { id: string; name: string }[],
  rows: readonly View[],
): { covered: { choice: { id: string; name: string }; view: View }[]; uncovered: string[] } {
  const viewOf = new Map(rows.map((view) => [view.provider.id, view]));
  return {
    covered: choices.flatMap((choice) => {
      const view = viewOf.get(choice.id);
      return view ? [{ choice, view }] : [];
    }),
    uncovered: choices.filter((choice) => !viewOf.has(choice.id)).map((choice) => choice.id),
  };
}

/** A sourced statement: its text and the fact it rests on. */
interface Sourced {
  text: string;
  fact: {
    source: string;
    confidence: ConfidenceLevel;
    corroboratedBy?: readonly string[] | undefined;
    note?: string | undefined;
  };
}

/**
 * Neighbouring statements read from the same sources, with the same confidence, grouped: one set
 * of markers for "Version 2025-08-07; Context: 400,000", not one per statement. Order is kept.
 */
export function groupBySources(items: readonly Sourced[]): {
  texts: string[];
  refs: CiteRef[];
  notes: string[];
}[] {
  const key = ({ fact }: Sourced) =>
    [fact.source, fact.confidence, ...(fact.corroboratedBy ?? [])].join(' ');
  const groups: { key: string; items: Sourced[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.key === key(item)) last.items.push(item);
    else groups.push({ key: key(item), items: [item] });
  }
  return groups.map(({ items: group }) => ({
    texts: group.map((i) => i.text),
    refs: refsOf((group[0] as Sourced).fact),
    notes: group.flatMap((i) => (i.fact.note ? [i.fact.note] : [])),
  }));
}

/**
 * A row's sourced values in the order its table row shows them (the provider, its status there,
 * the ids and what the sources add, the prices), for numbering a page's sources in page order.
 */
export function inPageOrder(row: AvailabilityRow): unknown[] {
  if (row.offer !== 'offered') return [row];
  const { lifecycle } = row;
  return [
    { source: row.source, corroboratedBy: row.corroboratedBy },
    lifecycle.retirement,
    lifecycle.status,
    lifecycle.replacement,
    lifecycle.noNewDeploymentsSince,
    lifecycle.notBefore,
    lifecycle.launched,
    lifecycle.fineTuned,
    row.notes,
    row.ids,
    row.version,
    row.deploymentTypes,
    row.regions,
    row.context,
    row.prices,
  ];
}

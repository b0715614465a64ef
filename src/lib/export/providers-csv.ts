/**
 * /api/v1/providers.csv: every row of content/availability as CSV, one row per model and provider,
 * for spreadsheets: where it is offered, not offered, not found or only reported by evidence with
 * no public address. The status and the comparison with OpenAI's date are worded as the model page
 * words them (src/lib/providers/wording.ts); dates are ISO days, lists are joined by `; `, and a
 * value no source states is an empty cell. `replacement` is the model the provider names, `none`
 * where its schedule names none, empty where no source says. `sources` holds the keys (in
 * /api/v1/sources.json) of every source the row cites; evidence with no public address is never
 * listed. Written with papaparse through csv.ts. Pure.
 */
import type { AvailabilityRow } from '../../schemas/availability.ts';
import type { ProviderRowView } from '../providers/rows.ts';
import { priceText, providerStatusText, versusOpenAIText } from '../providers/wording.ts';
import { csvText, LIST_SEPARATOR } from './csv.ts';
import type { ModelProviderRows } from './provider-calendar.ts';

/** The columns, in order. */
export const PROVIDERS_CSV_COLUMNS = [
  'model_id',
  'model_name',
  'provider_id',
  'provider_name',
  'provider_kind',
  'offer',
  'ids',
  'status',
  'status_as_of',
  'retirement_date',
  'versus_openai',
  'no_new_deployments_since',
  'replacement',
  'prices',
  'confidence',
  'checked',
  'note',
  'sources',
] as const;

type ProvidersCsvRecord = Record<(typeof PROVIDERS_CSV_COLUMNS)[number], string>;

interface Cited {
  source?: string | undefined;
  corroboratedBy?: readonly string[] | undefined;
}

/** Every source key a row cites, once each, in the order the page shows them. */
function citedSources(row: AvailabilityRow): string[] {
  if (row.offer !== 'offered') return row.offer === 'uncited' || !row.source ? [] : [row.source];
  const { lifecycle } = row;
  const facts: (Cited | undefined)[] = [
    row,
    'value' in lifecycle.retirement ? lifecycle.retirement : undefined,
    lifecycle.noNewDeploymentsSince,
    lifecycle.replacement,
    ...('unknown' in row.ids ? [] : row.ids),
    ...('unknown' in row.prices ? [] : row.prices),
  ];
  const keys = facts.flatMap((f) => (f?.source ? [f.source, ...(f.corroboratedBy ?? [])] : []));
  return [...new Set(keys)];
}

/** The record of one provider row of one model. */
function record(model: ModelProviderRows, view: ProviderRowView): ProvidersCsvRecord {
  const { row, standing, provider } = view;
  const offered = row.offer === 'offered' ? row : undefined;
  const lifecycle = offered?.lifecycle;
  const retirement =
    lifecycle && 'value' in lifecycle.retirement ? lifecycle.retirement : undefined;
  const replacement = lifecycle?.replacement?.value;
  const ids = offered && !('unknown' in offered.ids) ? offered.ids.map((i) => i.id) : [];
  const prices = offered && !('unknown' in offered.prices) ? offered.prices.map(priceText) : [];
  return {
    model_id: model.id,
    model_name: model.name,
    provider_id: provider.id,
    provider_name: provider.data.name,
    provider_kind: provider.data.kind,
    offer: row.offer,
    ids: ids.join(LIST_SEPARATOR),
    status: providerStatusText(standing),
    status_as_of: view.day,
    retirement_date: retirement?.value ?? '',
    versus_openai: standing.offer === 'offered' ? (versusOpenAIText(standing.versus) ?? '') : '',
    no_new_deployments_since: lifecycle?.noNewDeploymentsSince?.value ?? '',
    replacement: replacement === undefined ? '' : (replacement ?? 'none'),
    prices: prices.join(LIST_SEPARATOR),
    confidence: row.confidence,
    checked: row.checked,
    note: row.note ?? '',
    sources: citedSources(row).join(LIST_SEPARATOR),
  };
}

/** The CSV of every model's provider rows: models in the order given, rows in page order. */
export function providersCsv(models: readonly ModelProviderRows[]): string {
  return csvText(
    PROVIDERS_CSV_COLUMNS,
    models.flatMap((model) => model.rows.map((view) => record(model, view))),
  );
}

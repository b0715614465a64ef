/**
 * What a line's cost calculator needs from the catalog: every version of the line and every model
 * OpenAI has named as a replacement for one, as compact cost data (shipped to the browser too),
 * with the page's source numbering and its defaults. One calculator per line, so its page (which
 * ships every model's prices) grows with its own line only. Built once per line and build.
 */
import type { Model } from '../schemas/model.ts';
import type { Replacement } from '../schemas/replacement.ts';
import type { Shutdown } from '../schemas/lifecycle.ts';
import { buildCitationIndex, markerData, type CitationIndex } from '../lib/sources/citations.ts';
import type { CostModel } from '../lib/calculator/cost.ts';
import { toCostModel } from '../lib/calculator/cost-model.ts';
import { providerTiers } from '../lib/calculator/provider-tiers.ts';
import { offeredRows } from '../lib/providers/rows.ts';
import type { RawInputs } from '../lib/calculator/input.ts';
import type { CalculatorData } from '../lib/calculator/table.ts';
import { DEFAULT_PRESET, DEFAULT_REQUESTS_PER_DAY } from '../lib/calculator/presets.ts';
import { formatDate, formatList } from '../lib/format.ts';
import { getCatalog, stateOf } from './catalog.ts';
import { getProviderRows } from './providers.ts';
import { oncePerKey } from './once.ts';

/** One reading that names a model as a version's replacement. */
interface Naming {
  version: string;
  reading: Shutdown;
  /** The model a newer reading names instead, when one does. */
  supersededBy: string | undefined;
}

export interface CalculatorModel {
  cost: CostModel;
  data: Model | Replacement;
  /** For a replacement: each reading that names it, oldest version first. */
  namings: Naming[];
}

export interface CalculatorPage {
  models: CalculatorModel[];
  data: CalculatorData;
  index: CitationIndex;
}

/**
 * `Named to replace the dated snapshots of GPT-4o mini and GPT-4.1 mini, as of Nov 25, 2026`;
 * a reading since overtaken says which model a later one names.
 */
function replacesPhrase(namings: readonly Naming[]): string {
  const snapshotsOnly = (n: Naming) => n.reading.ids.every((i) => i.kind === 'snapshot');
  const groups = Map.groupBy(
    namings,
    (n) => `${n.reading.asOf}|${n.supersededBy ?? ''}|${snapshotsOnly(n)}`,
  );
  return [...groups.values()]
    .map((group) => {
      const first = group[0] as Naming;
      const versions = formatList(group.map((n) => n.version));
      const what = snapshotsOnly(first)
        ? `the dated snapshot${group.length > 1 ? 's' : ''} of ${versions}`
        : versions;
      const later = first.supersededBy ? `; a later reading names ${first.supersededBy}` : '';
      return `Named to replace ${what}, as of ${formatDate(first.reading.asOf)}${later}`;
    })
    .join('. ');
}

async function build(lineId: string): Promise<CalculatorPage> {
  const catalog = await getCatalog();
  const line = catalog.lineById.get(lineId);
  if (!line) throw new Error(`No line "${lineId}" in content/lines for a cost calculator`);
  const versions = line.members.map((m) => ({ m, state: stateOf(catalog, m.id) }));
  // Every reading that names a replacement, current or earlier: a reader may have been pointed
  // to either, so both are priced, and the earlier one says a later reading names another.
  const namings = new Map<string, Naming[]>();
  for (const { m, state } of versions) {
    const readings = [...state.earlierReadings, ...(state.shutdown ? [state.shutdown] : [])];
    for (const reading of readings) {
      const id = reading.replacement;
      // A model the catalog describes: one of content/replacements or a version of another line
      // (gpt-realtime-2.1-mini for gpt-4o-mini-tts). An id a source only names has no prices.
      if (!id || id === m.id || !(catalog.replacements.has(id) || catalog.models.has(id))) continue;
      // A version of this line is priced as a version already.
      if (line.members.some((member) => member.id === id)) continue;
      const now = state.replacement;
      const supersededBy = now && now !== id ? catalog.modelNames.get(now) : undefined;
      namings.set(id, [
        ...(namings.get(id) ?? []),
        { version: m.data.name, reading, supersededBy },
      ]);
    }
  }
  const models: CalculatorModel[] = [
    ...versions.map(({ m, state }) => ({
      cost: toCostModel(
        m.id,
        'version',
        null,
        state.phase === 'shut-down' ? (state.shutdown?.date ?? null) : null,
        m.data,
      ),
      data: m.data,
      namings: [],
    })),
    // Current namings first, so a replacement named today is listed before one named earlier.
    ...[...namings]
      .toSorted(([, a], [, b]) => Number(!!a[0]?.supersededBy) - Number(!!b[0]?.supersededBy))
      .flatMap(([id, list]) => {
        const entry = catalog.replacements.get(id) ?? catalog.models.get(id);
        if (!entry) return [];
        // A version of another line may itself have shut down by the build's day.
        const state = catalog.models.has(id) ? stateOf(catalog, id) : undefined;
        const shutDown = state?.phase === 'shut-down' ? (state.shutdown?.date ?? null) : null;
        return [
          {
            cost: toCostModel(id, 'replacement', replacesPhrase(list), shutDown, entry.data),
            data: entry.data,
            namings: list,
          },
        ];
      }),
  ];
  // Every other provider's price lists of each model, after OpenAI's tiers.
  const rows = await getProviderRows();
  for (const m of models)
    Object.assign(m.cost.tiers, providerTiers(offeredRows(rows.get(m.cost.id) ?? [])));
  const facts = (m: CalculatorModel) =>
    [m.data.reasoning, m.data.contextWindow, m.data.maxInput, m.data.maxOutput].map((f) =>
      'value' in f ? { source: f.source, corroboratedBy: f.corroboratedBy } : null,
    );
  // Numbered in page order: prices (results and presets), then the models table.
  const index = buildCitationIndex(
    [
      ...models.map((m) => m.cost.tiers),
      ...models.map((m) => m.cost.longContext),
      ...models.map((m) => [
        m.namings.map((n) => ({
          source: n.reading.source,
          corroboratedBy: n.reading.corroboratedBy,
        })),
        facts(m),
      ]),
    ],
    catalog.sources,
  );
  // The default choice: the line's newest version.
  const newest = line.members.at(-1);
  if (!newest) throw new Error(`The calculator of line "${lineId}" needs a version`);
  const defaults: RawInputs = {
    model: newest.id,
    tier: 'standard',
    input: String(DEFAULT_PRESET.inputTokens),
    cached: String(DEFAULT_PRESET.cachedPercent),
    output: String(DEFAULT_PRESET.outputTokens),
    reasoning: String(DEFAULT_PRESET.reasoningTokens),
    requests: String(DEFAULT_REQUESTS_PER_DAY),
  };
  const costs = models.map((m) => m.cost);
  return {
    models,
    index,
    data: {
      models: costs,
      asOf: line.data.verified,
      defaults,
      maxTokens: Math.max(...costs.map((m) => m.contextWindow ?? 0)),
      cite: markerData(index),
    },
  };
}

/** A line's calculator: its models, data and sources, built once per build. */
export const getCalculator = oncePerKey(build);

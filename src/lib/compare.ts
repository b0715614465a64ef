/**
 * Side-by-side comparison of versions. Pure and typed: the build renders pair pages from it and the
 * browser renders any selection from the same functions and the same compact data.
 */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Knowable } from '../schemas/fact.ts';
import type { Score } from '../schemas/model.ts';
import type { Pricing, RateKindName, TierKindName } from '../schemas/pricing.ts';
import type { ModalityName } from '../schemas/primitives.ts';
import { HIGHER_LOWER, LARGER_SMALLER, ratioText, type Direction } from './change.ts';
import { PERCENT_AXIS, series, type ChartSpec } from './chart-data.ts';
import { runEffort, runKey } from './benchmarks.ts';
import { formatDate, formatScore, formatTokens, formatUsd } from './format.ts';
import {
  effortLabel,
  FEATURE_KEYS,
  FEATURE_LABELS,
  modalitiesLabel,
  RATE_LABELS,
  TIER_LABELS,
  yesNo,
  type FeatureKey,
} from './labels.ts';
import { tierRate } from './pricing.ts';

/** A value with where it came from; null when unknown. */
export type Sourced<T> = { value: T; source: string; thirdParty: boolean } | null;

export type FactValue = number | string | boolean | string[];

export interface CompareScore {
  benchmark: string;
  setup: string | null;
  effort: string;
  score: number;
  source: string;
  thirdParty: boolean;
}

/** What a comparison needs of one version, and nothing more (it is shipped to the browser). */
export interface CompareModel {
  id: string;
  name: string;
  /** A version of the line, or a model OpenAI names as a replacement for one. */
  kind: 'version' | 'replacement';
  /** Null when no source gives a release date. */
  released: string | null;
  facts: Record<string, Sourced<FactValue>>;
  scores: CompareScore[];
}

export type FactKind = 'usd' | 'tokens' | 'date' | 'list' | 'bool' | 'text' | 'modalities';

/** A fact row: how to show it and which way is better (null: no direction). */
export interface FactRowDef {
  key: string;
  group: string;
  label: string;
  kind: FactKind;
  better: 'lower' | 'higher' | null;
}

export interface CompareBenchmark {
  name: string;
  unit: Benchmark['unit'];
  higherIsBetter: boolean;
}

/** Everything the compare page needs, shipped once. */
export interface CompareData {
  models: CompareModel[];
  rows: FactRowDef[];
  benchmarks: Record<string, CompareBenchmark>;
  sources: Record<string, { title: string; url: string }>;
}

/** The fixed fact rows, in display order; price-tier rows are added from the data. */
export const FACT_ROWS: FactRowDef[] = [
  { key: 'released', group: 'Overview', label: 'Released', kind: 'date', better: null },
  { key: 'status', group: 'Overview', label: 'Status', kind: 'text', better: null },
  {
    key: 'contextWindow',
    group: 'Limits',
    label: 'Context window',
    kind: 'tokens',
    better: 'higher',
  },
  { key: 'maxInput', group: 'Limits', label: 'Max input', kind: 'tokens', better: 'higher' },
  { key: 'maxOutput', group: 'Limits', label: 'Max output', kind: 'tokens', better: 'higher' },
  {
    key: 'knowledgeCutoff',
    group: 'Limits',
    label: 'Knowledge cutoff',
    kind: 'date',
    better: 'higher',
  },
  {
    key: 'inputModalities',
    group: 'Capabilities',
    label: 'Input modalities',
    kind: 'modalities',
    better: null,
  },
  {
    key: 'outputModalities',
    group: 'Capabilities',
    label: 'Output modalities',
    kind: 'modalities',
    better: null,
  },
  {
    key: 'reasoning',
    group: 'Capabilities',
    label: 'Reasoning efforts',
    kind: 'text',
    better: null,
  },
  ...FEATURE_KEYS.map((key) => ({
    key: `feature:${key}`,
    group: 'Capabilities',
    label: FEATURE_LABELS[key],
    kind: 'bool' as const,
    better: null,
  })),
  { key: 'tools', group: 'Capabilities', label: 'Built-in tools', kind: 'list', better: null },
  {
    key: 'price:input',
    group: 'Pricing (USD per 1M tokens)',
    label: 'Input',
    kind: 'usd',
    better: 'lower',
  },
  {
    key: 'price:cached-input',
    group: 'Pricing (USD per 1M tokens)',
    label: 'Cached input',
    kind: 'usd',
    better: 'lower',
  },
  {
    key: 'price:output',
    group: 'Pricing (USD per 1M tokens)',
    label: 'Output',
    kind: 'usd',
    better: 'lower',
  },
];

function sourced<T extends FactValue>(item: Knowable<T>): Sourced<T> {
  return 'value' in item
    ? { value: item.value, source: item.source, thirdParty: item.confidence === 'medium' }
    : null;
}

/** What a comparison reads of a version or of a replacement model: the fields both have. */
export interface ComparableSpecs {
  name: string;
  released: Knowable<string>;
  contextWindow: Knowable<number>;
  maxInput: Knowable<number>;
  maxOutput: Knowable<number>;
  knowledgeCutoff: Knowable<string>;
  modalities: { input: Knowable<ModalityName[]>; output: Knowable<ModalityName[]> };
  reasoning: Knowable<{ efforts: string[]; default: string | null }>;
  features: Record<FeatureKey, Knowable<boolean>>;
  pricing: Pricing;
  tools?: Knowable<string[]>;
  benchmarks?: Score[];
}

/**
 * The compact form of one version, or of a replacement model (`kind`). `status` is the version's
 * API status as of the day its data was checked (written by the query module from its lifecycle).
 */
export function toCompareModel(
  id: string,
  model: ComparableSpecs,
  status: Sourced<string>,
  kind: CompareModel['kind'] = 'version',
): CompareModel {
  const facts: Record<string, Sourced<FactValue>> = {
    released: sourced(model.released),
    contextWindow: sourced(model.contextWindow),
    maxInput: sourced(model.maxInput),
    maxOutput: sourced(model.maxOutput),
    knowledgeCutoff: sourced(model.knowledgeCutoff),
    inputModalities: sourced(model.modalities.input),
    outputModalities: sourced(model.modalities.output),
    reasoning:
      'value' in model.reasoning
        ? {
            value:
              model.reasoning.value.efforts.length === 0
                ? 'No reasoning step'
                : model.reasoning.value.efforts.join(', ') +
                  (model.reasoning.value.default
                    ? ` (default ${model.reasoning.value.default})`
                    : ''),
            source: model.reasoning.source,
            thirdParty: model.reasoning.confidence === 'medium',
          }
        : null,
    tools: model.tools ? sourced(model.tools) : null,
    'price:input': sourced(model.pricing.input),
    'price:cached-input': sourced(model.pricing.cachedInput),
    'price:output': sourced(model.pricing.output),
  };
  if (kind === 'version') facts['status'] = status;
  for (const key of FEATURE_KEYS) facts[`feature:${key}`] = sourced(model.features[key]);
  for (const tier of model.pricing.tiers) {
    for (const rateKind of ['input', 'cached-input', 'output', 'training'] as const) {
      const rate = tierRate(tier, rateKind, model.pricing);
      if (!rate) continue;
      facts[`tier:${tier.tier}:${rateKind}`] = {
        value: rate.usdPer1M,
        source: tier.source,
        // A rate worked out from a stated factor is derived, so it is marked like third-party data.
        thirdParty: tier.confidence === 'medium' || rate.derived,
      };
    }
  }
  return {
    id,
    name: model.name,
    kind,
    released: 'value' in model.released ? model.released.value : null,
    facts,
    scores: (model.benchmarks ?? []).map((s) => ({
      benchmark: s.benchmark,
      setup: s.setup ?? null,
      effort: s.effort,
      score: s.score,
      source: s.source,
      thirdParty: s.confidence === 'medium',
    })),
  };
}

/** Release order; a model no source dates is taken as the newest (replacements are newer). */
const releaseKey = (m: CompareModel) => m.released ?? '9999';

/** The oldest and the newest of the selected models, for "what changed from … to …". */
export function releaseSpan(models: readonly CompareModel[]): [CompareModel, CompareModel] {
  const sorted = models.toSorted((a, b) => (releaseKey(a) < releaseKey(b) ? -1 : 1));
  const oldest = sorted[0];
  const newest = sorted.at(-1);
  if (!oldest || !newest) throw new Error('Nothing to compare');
  return [oldest, newest];
}

/** Fixed rows plus one row per price-tier rate that any version has, tiers in first-seen order. */
export function factRows(models: readonly CompareModel[]): FactRowDef[] {
  const tierKeys = [
    ...new Set(models.flatMap((m) => Object.keys(m.facts).filter((k) => k.startsWith('tier:')))),
  ];
  const tiers = tierKeys.map((key): FactRowDef => {
    const [, tier = '', kind = ''] = key.split(':');
    return {
      key,
      group: 'Pricing (USD per 1M tokens)',
      label: `${TIER_LABELS[tier as TierKindName]}: ${RATE_LABELS[kind as RateKindName]}`,
      kind: 'usd',
      better: 'lower',
    };
  });
  return [...FACT_ROWS, ...tiers];
}

export interface Cell {
  display: string;
  /** The number behind `display`, where there is one. */
  value?: number;
  source: string;
  thirdParty: boolean;
  /** Against the first column: `2.7×`, `+23.5 pts`. */
  delta?: string;
}

export interface Row {
  id: string;
  group: string;
  label: string;
  /** One per selected version; null shows as "—". */
  cells: (Cell | null)[];
  /** Columns holding the better value; empty when there is no direction, a tie, or no fair comparison. */
  best: number[];
  /** What "better" means on this row: cheaper, larger, newer, higher, lower. */
  betterWord?: string;
  /** Why the values should not be read side by side. */
  note?: string;
  /** True when every column shows the same thing. */
  same: boolean;
}

function display(kind: FactKind, value: FactValue): string {
  switch (kind) {
    case 'usd':
      return formatUsd(value as number);
    case 'tokens':
      return formatTokens(value as number);
    case 'date':
      return formatDate(value as string);
    case 'bool':
      return yesNo(value as boolean);
    case 'modalities':
      return modalitiesLabel(value as ModalityName[]);
    case 'list':
      return (value as string[]).join(', ');
    case 'text':
      return String(value);
  }
}

/** Indexes of the best values, or [] when there is no direction, fewer than two values or a tie. */
function bestOf(values: (number | string | null)[], better: 'lower' | 'higher' | null): number[] {
  const present = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number | string; i: number } => x.v !== null);
  if (!better || present.length < 2 || new Set(present.map((x) => x.v)).size === 1) return [];
  const sorted = present.map((x) => x.v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const target = better === 'lower' ? sorted[0] : sorted.at(-1);
  return present.filter((x) => x.v === target).map((x) => x.i);
}

/** `+23.5 pts`, `−3.1 pts`, `±0 pts`. */
export function pointDelta(base: number, value: number): string {
  const diff = Math.round((value - base) * 10) / 10;
  if (diff === 0) return '±0 pts';
  return `${diff > 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)} pts`;
}

function factRow(def: FactRowDef, models: readonly CompareModel[]): Row | undefined {
  const values = models.map((m) => m.facts[def.key] ?? null);
  if (values.every((v) => v === null)) return undefined;
  const base = values[0];
  const cells = values.map((v, i): Cell | null => {
    if (!v) return null;
    const cell: Cell = {
      display: display(def.kind, v.value),
      source: v.source,
      thirdParty: v.thirdParty,
    };
    if (typeof v.value === 'number') cell.value = v.value;
    if (
      i > 0 &&
      base &&
      typeof base.value === 'number' &&
      typeof v.value === 'number' &&
      (def.kind === 'usd' || def.kind === 'tokens')
    ) {
      cell.delta = ratioText(
        base.value,
        v.value,
        def.kind === 'tokens' ? LARGER_SMALLER : HIGHER_LOWER,
      );
    }
    return cell;
  });
  const comparable = values.map((v) =>
    v && (typeof v.value === 'number' || typeof v.value === 'string') ? v.value : null,
  );
  const row: Row = {
    id: def.key,
    group: def.group,
    label: def.label,
    cells,
    best: bestOf(comparable, def.better),
    same: new Set(cells.map((c) => c?.display ?? '—')).size === 1,
  };
  if (def.better) row.betterWord = BETTER_WORD[def.kind] ?? 'better';
  return row;
}

const BETTER_WORD: Partial<Record<FactKind, string>> = {
  usd: 'cheaper',
  tokens: 'larger',
  date: 'newer',
};

const EFFORT_SHOWN = (effort: string) => effort !== 'not-applicable' && effort !== 'not-stated';
const runOf = (s: CompareScore) =>
  runKey({ source: s.source, effort: s.effort as Score['effort'] });

function scoreRow(
  benchmarkId: string,
  setup: string | null,
  models: readonly CompareModel[],
  data: Pick<CompareData, 'benchmarks'>,
): Row | undefined {
  const benchmark = data.benchmarks[benchmarkId];
  if (!benchmark) return undefined;
  const candidates = models.map((m) =>
    m.scores.filter((s) => s.benchmark === benchmarkId && s.setup === setup),
  );
  // Prefer the run (source and effort) that most of the selected versions share.
  const runCounts = new Map<string, number>();
  for (const list of candidates)
    for (const key of new Set(list.map(runOf))) runCounts.set(key, (runCounts.get(key) ?? 0) + 1);
  const [sharedRun] = [...runCounts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  const chosen = candidates.map(
    (list) => list.find((s) => runOf(s) === sharedRun) ?? list[0] ?? null,
  );
  const present = chosen.filter((s): s is CompareScore => s !== null);
  const sources = new Set(present.map((s) => s.source));
  const efforts = new Set(present.map((s) => runEffort(s.effort as Score['effort'])));
  const comparable = present.length >= 2 && sources.size === 1 && efforts.size === 1;
  const reasons: string[] = [];
  // Each cell's marker names its source, so the note only says why.
  if (present.length >= 2 && sources.size > 1) reasons.push('reported in different posts');
  if (present.length >= 2 && efforts.size > 1)
    reasons.push(
      `run at different reasoning efforts (${present
        .map((s) => effortLabel(s.effort as Score['effort']))
        .join(' vs ')})`,
    );
  const base = chosen[0];
  const cells = chosen.map((s, i): Cell | null => {
    if (!s) return null;
    const cell: Cell = {
      display: `${formatScore(s.score, benchmark.unit)}${EFFORT_SHOWN(s.effort) ? ` · ${s.effort}` : ''}`,
      value: s.score,
      source: s.source,
      thirdParty: s.thirdParty,
    };
    if (comparable && i > 0 && base && benchmark.unit === 'percent')
      cell.delta = pointDelta(base.score, s.score);
    return cell;
  });
  const row: Row = {
    id: `benchmark:${benchmarkId}${setup ? `:${setup}` : ''}`,
    group: 'Benchmarks',
    label: `${benchmark.name}${setup ? ` (${setup})` : ''}${benchmark.higherIsBetter ? '' : ' — lower is better'}`,
    cells,
    best: comparable
      ? bestOf(
          chosen.map((s) => s?.score ?? null),
          benchmark.higherIsBetter ? 'higher' : 'lower',
        )
      : [],
    betterWord: benchmark.higherIsBetter ? 'higher' : 'lower',
    same: new Set(cells.map((c) => c?.display ?? '—')).size === 1,
  };
  if (reasons.length > 0) row.note = `Not directly comparable: ${reasons.join('; ')}.`;
  return row;
}

/** Every row for the selected versions (in the given column order): facts first, then every benchmark any of them has. */
export function compareRows(
  models: readonly CompareModel[],
  data: Pick<CompareData, 'benchmarks'>,
): Row[] {
  const facts = factRows(models).flatMap((def) => factRow(def, models) ?? []);
  const keys = [
    ...new Set(models.flatMap((m) => m.scores.map((s) => JSON.stringify([s.benchmark, s.setup])))),
  ];
  const scores = keys.flatMap((key) => {
    const [benchmark, setup] = JSON.parse(key) as [string, string | null];
    return scoreRow(benchmark, setup, models, data) ?? [];
  });
  return [...facts, ...scores];
}

/** Outcome of reading `?models=` against the known ids. */
export interface Selection {
  ids: string[];
  errors: string[];
}

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;

/** Reads a `models` parameter (comma-separated and/or repeated), keeping known ids once each, in order. */
export function parseSelection(values: readonly string[], known: readonly string[]): Selection {
  const ids: string[] = [];
  const errors: string[] = [];
  for (const raw of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    if (!known.includes(raw)) errors.push(`“${raw}” is not a version in this catalog.`);
    else if (ids.includes(raw)) errors.push(`“${raw}” is listed more than once; it is shown once.`);
    else ids.push(raw);
  }
  if (ids.length > MAX_SELECTED) {
    errors.push(
      `At most ${MAX_SELECTED} versions can be compared; showing the first ${MAX_SELECTED}.`,
    );
    ids.length = MAX_SELECTED;
  }
  if (ids.length < MIN_SELECTED)
    errors.push(`Choose at least ${MIN_SELECTED} versions to compare.`);
  return { ids, errors };
}

const fact = (m: CompareModel, key: string) => m.facts[key] ?? null;

/**
 * "What changed" from the older to the newer version, written from the data: prices, context,
 * capabilities gained or lost, and benchmark movement in runs that measured both.
 */
export function whatChanged(
  a: CompareModel,
  b: CompareModel,
  data: Pick<CompareData, 'benchmarks'>,
): string[] {
  const [older, newer] = releaseSpan([a, b]);
  const lines: string[] = [];
  const change = (
    label: string,
    key: string,
    format: (n: number) => string,
    words: Direction = HIGHER_LOWER,
  ) => {
    const x = fact(older, key);
    const y = fact(newer, key);
    if (!x || !y || typeof x.value !== 'number' || typeof y.value !== 'number') return undefined;
    return x.value === y.value
      ? `${label} unchanged at ${format(y.value)}`
      : `${label} ${format(x.value)} → ${format(y.value)} (${ratioText(x.value, y.value, words)})`;
  };
  const prices = [
    change('input', 'price:input', formatUsd),
    change('output', 'price:output', formatUsd),
  ].filter(Boolean);
  if (prices.length > 0) lines.push(`Price per 1M tokens: ${prices.join('; ')}.`);
  const tokens = (n: number) => `${formatTokens(n)} tokens`;
  const context = change('Context window', 'contextWindow', tokens, LARGER_SMALLER);
  if (context) lines.push(`${context}.`);
  const output = change('Max output', 'maxOutput', tokens, LARGER_SMALLER);
  if (output) lines.push(`${output}.`);

  const gained: string[] = [];
  const lost: string[] = [];
  for (const def of FACT_ROWS.filter((d) => d.kind === 'bool')) {
    const x = fact(older, def.key)?.value;
    const y = fact(newer, def.key)?.value;
    if (x === false && y === true) gained.push(def.label.toLowerCase());
    if (x === true && y === false) lost.push(def.label.toLowerCase());
  }
  const r0 = fact(older, 'reasoning')?.value;
  const r1 = fact(newer, 'reasoning')?.value;
  if (
    r1 !== undefined &&
    r1 !== 'No reasoning step' &&
    (r0 === undefined || r0 === 'No reasoning step')
  )
    gained.push(`reasoning effort settings: ${String(r1)}`);
  if (gained.length > 0) lines.push(`${newer.name} adds ${gained.join(', ')}.`);
  if (lost.length > 0) lines.push(`${newer.name} drops ${lost.join(', ')}.`);

  const rows = compareRows([older, newer], data).filter(
    (row) => row.group === 'Benchmarks' && row.cells.every(Boolean) && !row.note,
  );
  if (rows.length === 0) {
    lines.push(
      'No benchmark was measured on both in the same run, so scores are listed but not compared.',
    );
  } else {
    const moves = rows.map((row) => ({
      row,
      delta: row.cells[1]?.delta ?? '',
      up: row.best.includes(1),
    }));
    const better = moves.filter((m) => m.row.best.length === 1 && m.up).length;
    const worse = moves.filter((m) => m.row.best.length === 1 && !m.up).length;
    lines.push(
      `Benchmarks measured on both in the same run: ${newer.name} does better on ${better} and worse on ${worse} of ${rows.length}.`,
    );
  }
  return lines;
}

/** Grouped bars of the benchmarks every selected version has from the same run, on the 0–100 scale. */
export function sharedBenchmarkChart(
  models: readonly CompareModel[],
  rows: readonly Row[],
  benchmarks: CompareData['benchmarks'],
): ChartSpec | undefined {
  const shared = rows.filter((row) => {
    if (row.group !== 'Benchmarks' || row.note || !row.cells.every(Boolean)) return false;
    const id = row.id.split(':')[1] ?? '';
    const b = benchmarks[id];
    return b !== undefined && b.unit === 'percent' && b.higherIsBetter;
  });
  if (shared.length === 0) return undefined;
  return {
    title: `${models.map((m) => m.name).join(' vs ')}: benchmarks measured on each in the same run`,
    categories: shared.map((row) => row.label),
    series: models.map((m, i) =>
      series(
        m.name,
        shared.map((row) => row.cells[i]?.value ?? null),
        shared.map((row) => row.cells[i]?.source ?? null),
        'percent',
        '—',
      ),
    ),
    axis: PERCENT_AXIS,
    nullLabel: '—',
  };
}

/** The URL path of a pre-rendered comparison: `/compare/gpt-4o-mini-vs-gpt-5-mini/`. */
export const pairPath = (a: string, b: string) => `/compare/${a}-vs-${b}/`;

/**
 * Pairs worth a pre-rendered page, older version first: each version with the next one, and each
 * with the latest. 2N pages at most, never every pair.
 */
export function canonicalPairs(oldestFirst: readonly { id: string }[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  const latest = oldestFirst.at(-1);
  oldestFirst.forEach((m, i) => {
    const next = oldestFirst[i + 1];
    if (next) pairs.set(`${m.id}|${next.id}`, [m.id, next.id]);
    if (latest && latest.id !== m.id) pairs.set(`${m.id}|${latest.id}`, [m.id, latest.id]);
  });
  return [...pairs.values()];
}

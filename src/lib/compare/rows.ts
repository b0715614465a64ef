/**
 * The rows of a comparison table: every fact and every benchmark any selected model has, with the
 * better value marked where the row has a direction, and the ratio or point difference against the
 * first column. Pure.
 */
import type { ConfidenceLevel } from '../../schemas/fact.ts';
import type { Score } from '../../schemas/model.ts';
import type { RateKindName, TierKindName } from '../../schemas/pricing.ts';
import type { ModalityName } from '../../schemas/primitives.ts';
import { runEffort, runKey } from '../benchmarks/scores.ts';
import { HIGHER_LOWER, LARGER_SMALLER, ratioText } from './change.ts';
import { formatDate, formatScore, formatTokens, formatUsd } from '../format.ts';
import {
  effortLabel,
  FEATURE_KEYS,
  FEATURE_LABELS,
  modalitiesLabel,
  RATE_LABELS,
  TIER_LABELS,
  TOKEN_KIND_LABELS,
  withSetup,
  yesNo,
} from '../labels.ts';
import type { CompareBenchmark, CompareModel, CompareScore, FactValue } from './types.ts';

type FactKind = 'usd' | 'tokens' | 'date' | 'list' | 'bool' | 'text' | 'modalities';

/** A fact row: how to show it and which way is better (null: no direction). */
interface FactRowDef {
  key: string;
  group: string;
  label: string;
  kind: FactKind;
  better: 'lower' | 'higher' | null;
}

const PRICING = 'Pricing (USD per 1M tokens)';
const OTHER_PRICES = 'Other prices (USD)';

const row = (
  key: string,
  group: string,
  label: string,
  kind: FactKind,
  better: FactRowDef['better'] = null,
): FactRowDef => ({ key, group, label, kind, better });

/** The fixed fact rows, in display order; price-tier rows are added from the data. */
export const FACT_ROWS: FactRowDef[] = [
  row('released', 'Overview', 'Released', 'date'),
  row('status', 'Overview', 'Status', 'text'),
  row('contextWindow', 'Limits', 'Context window', 'tokens', 'higher'),
  row('maxInput', 'Limits', 'Max input', 'tokens', 'higher'),
  row('maxOutput', 'Limits', 'Max output', 'tokens', 'higher'),
  row('knowledgeCutoff', 'Limits', 'Knowledge cutoff', 'date', 'higher'),
  row('inputModalities', 'Capabilities', 'Input modalities', 'modalities'),
  row('outputModalities', 'Capabilities', 'Output modalities', 'modalities'),
  row('reasoning', 'Capabilities', 'Reasoning efforts', 'text'),
  ...FEATURE_KEYS.map((key) => row(`feature:${key}`, 'Capabilities', FEATURE_LABELS[key], 'bool')),
  row('tools', 'Capabilities', 'Built-in tools', 'list'),
  row('price:input', PRICING, 'Input', 'usd', 'lower'),
  row('price:cached-input', PRICING, 'Cached input', 'usd', 'lower'),
  row('price:output', PRICING, 'Output', 'usd', 'lower'),
  // Other kinds of token, each its own rows: shown only where a selected model has a price.
  ...(['audio', 'image'] as const).flatMap((kind) =>
    (['input', 'cached-input', 'output'] as const).map((rate) =>
      row(
        `price:${kind}:${rate}`,
        PRICING,
        `${TOKEN_KIND_LABELS[kind]}: ${RATE_LABELS[rate]}`,
        'usd',
        'lower',
      ),
    ),
  ),
  row('price:web-search', OTHER_PRICES, 'Web search, per 1,000 calls', 'usd', 'lower'),
];

/** Fixed rows plus one row per price-tier rate that any model has, tiers in first-seen order. */
function factRows(models: readonly CompareModel[]): FactRowDef[] {
  const tierKeys = [
    ...new Set(models.flatMap((m) => Object.keys(m.facts).filter((k) => k.startsWith('tier:')))),
  ];
  const tiers = tierKeys.map((key): FactRowDef => {
    const [, tier = '', kind = ''] = key.split(':');
    const label = `${TIER_LABELS[tier as TierKindName]}: ${RATE_LABELS[kind as RateKindName]}`;
    return row(key, PRICING, label, 'usd', 'lower');
  });
  return [...FACT_ROWS, ...tiers];
}

export interface Cell {
  display: string;
  /** The number behind `display`, where there is one. */
  value?: number;
  source: string;
  confidence: ConfidenceLevel;
  /** Against the first column: `2.7× higher`, `+23.5 pts`. */
  delta?: string;
}

export interface Row {
  id: string;
  group: string;
  label: string;
  /** One per selected model; null shows as "—". */
  cells: (Cell | null)[];
  /** Columns holding the better value; empty with no direction, a tie, or no fair comparison. */
  best: number[];
  /** What "better" means on this row: cheaper, larger, newer, higher, lower. */
  betterWord?: string;
  /** Why the values should not be read side by side. */
  note?: string;
  /** True when every column shows the same thing. */
  same: boolean;
}

/** A fact's value as the table shows it. */
function displayFact(kind: FactKind, value: FactValue): string {
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

const BETTER_WORD: Partial<Record<FactKind, string>> = {
  usd: 'cheaper',
  tokens: 'larger',
  date: 'newer',
};

const sameDisplay = (cells: (Cell | null)[]) =>
  new Set(cells.map((c) => c?.display ?? '—')).size === 1;

function factRow(def: FactRowDef, models: readonly CompareModel[]): Row | undefined {
  const values = models.map((m) => m.facts[def.key] ?? null);
  if (values.every((v) => v === null)) return undefined;
  const base = values[0];
  const ratioWords = def.kind === 'tokens' ? LARGER_SMALLER : HIGHER_LOWER;
  const cells = values.map((v, i): Cell | null => {
    if (!v) return null;
    const cell: Cell = {
      display: displayFact(def.kind, v.value),
      source: v.source,
      confidence: v.confidence,
    };
    if (typeof v.value === 'number') cell.value = v.value;
    const numeric = def.kind === 'usd' || def.kind === 'tokens';
    if (numeric && i > 0 && typeof base?.value === 'number' && typeof v.value === 'number')
      cell.delta = ratioText(base.value, v.value, ratioWords);
    return cell;
  });
  const comparable = values.map((v) =>
    v && (typeof v.value === 'number' || typeof v.value === 'string') ? v.value : null,
  );
  const result: Row = {
    id: def.key,
    group: def.group,
    label: def.label,
    cells,
    best: bestOf(comparable, def.better),
    same: sameDisplay(cells),
  };
  if (def.better) result.betterWord = BETTER_WORD[def.kind] ?? 'better';
  return result;
}

const EFFORT_SHOWN = (effort: string) => effort !== 'not-applicable' && effort !== 'not-stated';
const effortOf = (s: CompareScore) => s.effort as Score['effort'];
const runOf = (s: CompareScore) => runKey({ source: s.source, effort: effortOf(s) });

/** A score's benchmark and setup, the key of its row. */
const rowKey = (s: CompareScore) => JSON.stringify([s.benchmark, s.setup]);

/**
 * Each model's scores by row key, grouped once per comparison: a row then looks its scores up
 * instead of filtering every score of every model (this runs for every pre-rendered pair).
 */
function scoresByRow(models: readonly CompareModel[]): Map<string, CompareScore[]>[] {
  // A loop, not Map.groupBy: the browser runs this too, and Safari before 17.4 lacks it.
  return models.map((m) => {
    const byRow = new Map<string, CompareScore[]>();
    for (const score of m.scores) {
      const key = rowKey(score);
      const list = byRow.get(key);
      if (list) list.push(score);
      else byRow.set(key, [score]);
    }
    return byRow;
  });
}

/** Each model's score on one row, preferring the run most of them share. */
function chosenScores(key: string, byRow: ReturnType<typeof scoresByRow>): (CompareScore | null)[] {
  const candidates = byRow.map((scores) => scores.get(key) ?? []);
  const runCounts = new Map<string, number>();
  for (const list of candidates)
    for (const run of new Set(list.map(runOf))) runCounts.set(run, (runCounts.get(run) ?? 0) + 1);
  const [sharedRun] = [...runCounts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return candidates.map((list) => list.find((s) => runOf(s) === sharedRun) ?? list[0] ?? null);
}

/** Why scores are not one measurement, or [] when they are. Each cell's marker names its source. */
function notComparableReasons(present: readonly CompareScore[]): string[] {
  if (present.length < 2) return [];
  const reasons: string[] = [];
  if (new Set(present.map((s) => s.source)).size > 1) reasons.push('reported in different posts');
  if (new Set(present.map((s) => runEffort(effortOf(s)))).size > 1) {
    const efforts = present.map((s) => effortLabel(effortOf(s))).join(' vs ');
    reasons.push(`run at different reasoning efforts (${efforts})`);
  }
  return reasons;
}

function scoreRow(
  key: string,
  byRow: ReturnType<typeof scoresByRow>,
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): Row | undefined {
  const [benchmarkId, setup] = JSON.parse(key) as [string, string | null];
  const benchmark = benchmarks[benchmarkId];
  if (!benchmark) return undefined;
  const chosen = chosenScores(key, byRow);
  const present = chosen.filter((s): s is CompareScore => s !== null);
  const reasons = notComparableReasons(present);
  const comparable = present.length >= 2 && reasons.length === 0;
  const base = chosen[0];
  const cells = chosen.map((s, i): Cell | null => {
    if (!s) return null;
    const effort = EFFORT_SHOWN(s.effort) ? ` · ${s.effort}` : '';
    const cell: Cell = {
      display: `${formatScore(s.score, benchmark.unit)}${effort}`,
      value: s.score,
      source: s.source,
      confidence: s.confidence,
    };
    if (comparable && i > 0 && base && benchmark.unit === 'percent')
      cell.delta = pointDelta(base.score, s.score);
    return cell;
  });
  const direction = benchmark.higherIsBetter ? 'higher' : 'lower';
  const result: Row = {
    id: `benchmark:${benchmarkId}${setup ? `:${setup}` : ''}`,
    group: 'Benchmarks',
    label:
      withSetup(benchmark.name, setup) + (benchmark.higherIsBetter ? '' : ' — lower is better'),
    cells,
    best: comparable
      ? bestOf(
          chosen.map((s) => s?.score ?? null),
          direction,
        )
      : [],
    betterWord: direction,
    same: sameDisplay(cells),
  };
  if (reasons.length > 0) result.note = `Not directly comparable: ${reasons.join('; ')}.`;
  return result;
}

/**
 * Every row for the selected models (in the given column order): facts first, then every
 * benchmark any of them has.
 */
export function compareRows(
  models: readonly CompareModel[],
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): Row[] {
  const facts = factRows(models).flatMap((def) => factRow(def, models) ?? []);
  const byRow = scoresByRow(models);
  const keys = [...new Set(byRow.flatMap((scores) => [...scores.keys()]))];
  const scores = keys.flatMap((key) => scoreRow(key, byRow, benchmarks) ?? []);
  return [...facts, ...scores];
}

/** Benchmark rows whose scores are one measurement on every selected model. */
export function sameRunRows(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.group === 'Benchmarks' && !r.note && r.cells.every(Boolean));
}

/**
 * The rows of a comparison table: every fact and every benchmark any selected model has, with the
 * better value marked where the row has a direction, and the ratio or point difference against the
 * first column. The fact rows are here; the benchmark rows are in score-rows.ts. Pure.
 */
import type { RateKindName, TierKindName } from '../../schemas/pricing.ts';
import type { ModalityName } from '../../schemas/primitives.ts';
import { HIGHER_LOWER, LARGER_SMALLER, ratioText } from './change.ts';
import { formatDate, formatTokens, formatUsd } from '../format.ts';
import {
  FEATURE_KEYS,
  FEATURE_LABELS,
  modalitiesLabel,
  RATE_LABELS,
  TIER_LABELS,
  TOKEN_KIND_LABELS,
  yesNo,
} from '../labels.ts';
import { bestOf, sameDisplay, type Cell, type Row } from './cells.ts';
import { scoreRows } from './score-rows.ts';
import type { CompareBenchmark, CompareModel, FactValue } from './types.ts';

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
  // Where a selected model is priced by audio or image tokens, the text rows name their kind too.
  const text = pricedByKind(models)
    ? FACT_ROWS.map((def) => {
        const rate = TEXT_RATE_ROWS.get(def.key);
        return rate ? { ...def, label: `${TOKEN_KIND_LABELS.text}: ${RATE_LABELS[rate]}` } : def;
      })
    : FACT_ROWS;
  return [...text, ...tiers];
}

/** The rows of the standard text-token rates, by their rate. */
const TEXT_RATE_ROWS = new Map<string, RateKindName>([
  ['price:input', 'input'],
  ['price:cached-input', 'cached-input'],
  ['price:output', 'output'],
]);

/** Whether any of the models is priced by audio or image tokens (their rows exist). */
export function pricedByKind(models: readonly CompareModel[]): boolean {
  return models.some((m) => Object.keys(m.facts).some((key) => /^price:(audio|image):/.test(key)));
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

const BETTER_WORD: Partial<Record<FactKind, string>> = {
  usd: 'cheaper',
  tokens: 'larger',
  date: 'newer',
};

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

/** The group of the provider rows. */
export const PROVIDERS_GROUP = 'Where to run it';

/**
 * One row per provider that offers any selected model itself, in first-seen order: each model's
 * status there as its file words it, or "—" where no row of the provider covers the model.
 */
function providerRows(models: readonly CompareModel[]): Row[] {
  const ids = new Set(models.flatMap((m) => Object.keys(m.providers ?? {})));
  return [...ids].flatMap((id) => {
    // Each status is already the cell it shows as.
    const cells = models.map((m) => m.providers?.[id] ?? null);
    const label = cells.find((s) => s?.offered)?.name;
    if (!label) return [];
    return {
      id: `provider:${id}`,
      group: PROVIDERS_GROUP,
      label,
      cells,
      best: [],
      same: sameDisplay(cells),
    };
  });
}

/**
 * Every row for the selected models (in the given column order): facts first, then where each
 * runs, then every benchmark any of them has.
 */
export function compareRows(
  models: readonly CompareModel[],
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): Row[] {
  const facts = factRows(models).flatMap((def) => factRow(def, models) ?? []);
  return [...facts, ...providerRows(models), ...scoreRows(models, benchmarks)];
}

/** Benchmark rows whose scores are one measurement on every selected model. */
export function sameRunRows(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.group === 'Benchmarks' && !r.note && r.cells.every(Boolean));
}

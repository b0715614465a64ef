/**
 * "What changed", written from the data: for the selected models oldest first, each fact's path
 * from step to step (so a value in the middle is never hidden between the ends), every change in
 * words that say which way it went, capabilities gained or dropped, and benchmark movement in runs
 * that measured both models of a step. Pure.
 */
import { HIGHER_LOWER, LARGER_SMALLER, ratioText, type Direction } from './change.ts';
import { formatDate, formatList, formatTokens, formatUsd } from '../format.ts';
import { byRelease, NO_REASONING } from './model.ts';
import { compareRows, FACT_ROWS, pricedByKind, sameRunRows } from './rows.ts';
import type { CompareBenchmark, CompareModel } from './types.ts';

export interface WhatChanged {
  /** `What changed from GPT-4o mini to GPT-5 mini`. */
  heading: string;
  /** The models oldest first, when there are more than two: `A → B → C`. */
  path?: string;
  /** One sentence each. */
  items: string[];
}

/** How a path line reads a fact: its key, its label, how to write a value and a change. */
interface PathFact {
  key: string;
  label: string;
  format: (value: number | string) => string;
  /** `2.7× higher`, `later`; `the same` when equal. */
  change: (before: number | string, after: number | string) => string;
}

const ratio =
  (words: Direction) =>
  (before: number | string, after: number | string): string =>
    ratioText(Number(before), Number(after), words);

const LATER_EARLIER = (before: number | string, after: number | string) =>
  before === after ? 'the same' : before < after ? 'later' : 'earlier';

const tokens = (n: number | string) => `${formatTokens(Number(n))} tokens`;

const usd = (n: number | string) => formatUsd(Number(n));

/**
 * The facts a path line follows: prices first, each kind of token in its own unit (named where a
 * selected model is priced by several), then limits and the knowledge cutoff.
 */
function pathFacts(byKind: boolean): PathFact[] {
  const price = (key: string, kind: string, rate: string): PathFact => ({
    key,
    label: byKind
      ? `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${rate} price per 1M ${kind} tokens`
      : `${rate.charAt(0).toUpperCase()}${rate.slice(1)} price per 1M tokens`,
    format: usd,
    change: ratio(HIGHER_LOWER),
  });
  return [
    price('price:input', 'text', 'input'),
    price('price:output', 'text', 'output'),
    ...(byKind
      ? (['audio', 'image'] as const).flatMap((kind) => [
          price(`price:${kind}:input`, kind, 'input'),
          price(`price:${kind}:output`, kind, 'output'),
        ])
      : []),
    {
      key: 'contextWindow',
      label: 'Context window',
      format: tokens,
      change: ratio(LARGER_SMALLER),
    },
    { key: 'maxOutput', label: 'Max output', format: tokens, change: ratio(LARGER_SMALLER) },
    {
      key: 'knowledgeCutoff',
      label: 'Knowledge cutoff',
      format: (d) => formatDate(String(d)),
      change: LATER_EARLIER,
    },
  ];
}

const valueOf = (m: CompareModel, key: string): number | string | null => {
  const v = m.facts[key]?.value;
  return typeof v === 'number' || typeof v === 'string' ? v : null;
};

/**
 * One fact along the path: `Context window: 128,000 tokens → 400,000 tokens (3.1× larger)`;
 * with more than two models each value is named. "—" where a model's value is unknown.
 */
function pathLine(fact: PathFact, models: readonly CompareModel[]): string | undefined {
  const values = models.map((m) => valueOf(m, fact.key));
  if (values.every((v) => v === null)) return undefined;
  const [first] = values;
  if (first !== null && first !== undefined && values.every((v) => v === first))
    return `${fact.label} unchanged at ${fact.format(first)}.`;
  const named = models.length > 2;
  const steps = values.map((value, i) => {
    const shown = value === null ? '—' : fact.format(value);
    const before = values[i - 1];
    const change =
      i > 0 && value !== null && before !== null && before !== undefined
        ? fact.change(before, value)
        : undefined;
    const notes = [named ? models[i]?.name : undefined, change].filter(Boolean);
    return notes.length > 0 ? `${shown} (${notes.join(', ')})` : shown;
  });
  return `${fact.label}: ${steps.join(' → ')}.`;
}

const BOOL_ROWS = FACT_ROWS.filter((d) => d.kind === 'bool');

/** A feature's label inside a sentence: `fine-tuning`, `batch API` (acronyms stay). */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** What a step adds and drops: capabilities known on both sides, and a reasoning step. */
function capabilityParts(from: CompareModel, to: CompareModel): string[] {
  const gained: string[] = [];
  const dropped: string[] = [];
  for (const def of BOOL_ROWS) {
    const [x, y] = [from.facts[def.key]?.value, to.facts[def.key]?.value];
    if (x === false && y === true) gained.push(inSentence(def.label));
    if (x === true && y === false) dropped.push(inSentence(def.label));
  }
  const [r0, r1] = [valueOf(from, 'reasoning'), valueOf(to, 'reasoning')];
  return [
    gained.length > 0 ? `adds ${formatList(gained)}` : '',
    r0 === NO_REASONING && r1 !== null && r1 !== NO_REASONING
      ? `adds reasoning effort settings: ${String(r1)}`
      : '',
    r1 === NO_REASONING && r0 !== null && r0 !== NO_REASONING ? 'drops reasoning' : '',
    dropped.length > 0 ? `drops ${formatList(dropped)}` : '',
  ].filter(Boolean);
}

function capabilityLine(from: CompareModel, to: CompareModel, named: boolean): string[] {
  const parts = capabilityParts(from, to);
  if (parts.length === 0) return [];
  return [
    named ? `${from.name} → ${to.name}: ${parts.join('; ')}.` : `${to.name} ${parts.join('; ')}.`,
  ];
}

function benchmarkLine(
  from: CompareModel,
  to: CompareModel,
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
  named: boolean,
): string {
  const rows = sameRunRows(compareRows([from, to], benchmarks));
  if (rows.length === 0) {
    return named
      ? `${from.name} → ${to.name}: no benchmark was measured on both in the same run.`
      : 'No benchmark was measured on both in the same run, so scores are listed but not compared.';
  }
  const decided = rows.filter((r) => r.best.length === 1);
  const better = decided.filter((r) => r.best[0] === 1).length;
  const worse = decided.length - better;
  const counts = `${to.name} does better on ${better} and worse on ${worse} of ${rows.length}`;
  const measured = 'benchmarks measured on both in the same run';
  return named
    ? `${from.name} → ${to.name}, ${measured}: ${counts}.`
    : `Benchmarks measured on both in the same run: ${counts}.`;
}

/** What changed across the selected models, oldest first, whatever their column order. */
export function whatChanged(
  selected: readonly CompareModel[],
  benchmarks: Readonly<Record<string, CompareBenchmark>>,
): WhatChanged {
  const models = byRelease(selected);
  const oldest = models[0];
  const newest = models.at(-1);
  if (!oldest || !newest || models.length < 2) throw new Error('Nothing to compare');
  const named = models.length > 2;
  const steps = models.slice(1).map((to, i) => [models[i] ?? oldest, to] as const);
  const items = [
    ...pathFacts(pricedByKind(models)).flatMap((fact) => pathLine(fact, models) ?? []),
    ...steps.flatMap(([from, to]) => capabilityLine(from, to, named)),
    ...steps.map(([from, to]) => benchmarkLine(from, to, benchmarks, named)),
  ];
  const heading = `What changed from ${oldest.name} to ${newest.name}`;
  return named
    ? { heading: `${heading}, step by step`, path: models.map((m) => m.name).join(' → '), items }
    : { heading, items };
}

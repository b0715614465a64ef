/**
 * The calculator's results, as escaped HTML: the one renderer of that view. The build pre-renders
 * it (CostResults.astro, through set:html) and the browser redraws it on every change, so the two
 * cannot drift. Pure; written with the shared `markup` template (src/lib/render/html.ts), so every
 * name and number in it is escaped.
 */
import { tierName, type InputContext } from './input.ts';
import {
  DAYS_PER_MONTH,
  type CostModel,
  type CostResult,
  type RankedRow,
  type Ratio,
  type Rates,
  type SourcedRate,
  type Workload,
} from './cost.ts';
import { formatCost, formatDate, formatRatio, formatTokens, formatUsd } from '../format.ts';
import { allGoneText, noLongerServedText } from './wording.ts';
import { RATE_LABELS } from '../labels.ts';
import { describeFactor } from '../pricing/rates.ts';
import type { MarkerData, MarkerIndex } from '../sources/citations.ts';
import { markup, type Html } from '../render/html.ts';
import { cite } from '../render/cite.ts';

/** Everything the browser needs to price and draw: shipped once, inside the page. */
export interface CalculatorData extends InputContext {
  models: CostModel[];
  /** The day the prices are true as of (the line's verified day). */
  asOf: string;
  /** The page's source markers, compact, for redrawing the results in the browser. */
  cite: MarkerData;
}

export interface ResultsView {
  rows: readonly RankedRow[];
  workload: Workload;
  /** The day the prices are true as of. */
  asOf: string;
  /** The page's markers: its citation index in the build, rebuilt from MarkerData in a browser. */
  cite: MarkerIndex;
}

const models = (view: ResultsView) => view.rows.map((r) => r.model);
/** The tier priced, as the reader chose it. */
const tierOf = (view: ResultsView) => tierName(models(view), view.workload.tier);
const tierWords = (view: ResultsView) =>
  view.workload.tier === 'standard' ? 'the standard rates' : `${tierOf(view)} rates`;

const tokens = (n: number, what: string) => `${formatTokens(n)} ${what} token${n === 1 ? '' : 's'}`;

/** `2,000 input tokens (50% from the prompt cache), 300 output tokens and 200 reasoning tokens`. */
export function describeRequest(w: Workload): string {
  const cache = w.cachedPercent > 0 ? ` (${w.cachedPercent}% from the prompt cache)` : '';
  const parts = [`${tokens(w.inputTokens, 'input')}${cache}`, tokens(w.outputTokens, 'output')];
  if (w.reasoningTokens > 0) parts.push(tokens(w.reasoningTokens, 'reasoning'));
  return parts.length === 3
    ? `${parts[0]}, ${parts[1]} and ${parts[2]}`
    : `${parts[0]} and ${parts[1]}`;
}

const money = (amount: number, upperBound: boolean) =>
  `${upperBound ? 'at most ' : ''}${formatCost(amount)}`;

function ratioText(row: RankedRow): string {
  if (row.selected) return 'selected';
  const ratio: Ratio | null = row.ratio;
  if (!ratio) return '—';
  const words = { exact: '', 'at-most': 'at most ', 'at-least': 'at least ' }[ratio.bound];
  return `${words}${formatRatio(ratio.value)}`;
}

/** The rates charged, each with its marker (one marker when they share a source). */
export function ratesHtml(rates: Rates, cachedUsed: boolean, index: MarkerIndex): Html {
  const list: [string, SourcedRate][] = [];
  if (rates.input) list.push([RATE_LABELS.input, rates.input]);
  if (rates.cachedInput && cachedUsed) list.push([RATE_LABELS['cached-input'], rates.cachedInput]);
  if (rates.output) list.push([RATE_LABELS.output, rates.output]);
  const shared = list.every(
    ([, r]) => r.source === list[0]?.[1].source && r.confidence === list[0]?.[1].confidence,
  );
  const parts = list.map(
    ([label, r], i) =>
      markup`${i > 0 && ', '}${formatUsd(Number(r.usdPer1M.toPrecision(12)))} ${label}${
        !shared && cite(index, r.source, r.confidence)
      }`,
  );
  const first = list[0]?.[1];
  const end = shared && first && cite(index, first.source, first.confidence);
  const derived = list.some(([, r]) => r.derived) && ' (derived)';
  return markup`${parts} per 1M tokens${derived}${end}`;
}

/** How a priced row was priced: rates, derivations and caveats, each with its source. */
function howHtml(result: Extract<CostResult, { status: 'priced' }>, view: ResultsView): Html {
  const { tier, longContext, rates } = result;
  const w = view.workload;
  const items: (Html | string)[] = [ratesHtml(rates, w.cachedPercent > 0, view.cite)];
  if (tier.factor !== null && tier.source)
    items.push(
      markup`Derived: ${tierOf(view)} is ${describeFactor(tier.factor)}${cite(
        view.cite,
        tier.source,
        tier.confidence,
      )}`,
    );
  if (longContext) {
    const combined =
      w.tier !== 'standard' &&
      ` The sources do not say how it combines with ${tierOf(view)}; ` +
        'this site multiplies the two.';
    const surcharge =
      'Derived: long-context surcharge, as the input is above ' +
      `${formatTokens(longContext.aboveInputTokens)} tokens: ` +
      `${longContext.inputFactor}× input, ${longContext.cachedInputFactor}× cached input, ` +
      `${longContext.outputFactor}× output for the whole request`;
    items.push(
      markup`${surcharge}${cite(view.cite, longContext.source, longContext.confidence)}${combined}`,
    );
  }
  if (result.longInput !== null)
    items.push(`Its price above ${formatTokens(result.longInput)} input tokens.`);
  // The remark of the source the rates above cite (a free, rate-limited tier).
  if (tier.provider?.note) items.push(`The source notes: ${tier.provider.note}`);
  if (result.upperBound)
    items.push(
      'At most: no source states this cached input price, ' +
        'so cached tokens are priced at the input rate.',
    );
  if (w.reasoningTokens > 0)
    items.push(
      {
        counted: 'Reasoning tokens are billed as output.',
        'no-reasoning': 'No reasoning step, so no reasoning tokens are counted.',
        'not-stated':
          'Whether it reasons is not stated in sources, so no reasoning tokens are counted.',
      }[result.reasoning],
    );
  return markup`<ul class="calc-how">${items.map((item) => markup`<li>${item}</li>`)}</ul>`;
}

const LIMIT_WORDS = {
  maxInput: ['input tokens', 'max input'],
  maxOutput: ['output and reasoning tokens', 'max output'],
  contextWindow: ['tokens in all', 'context window'],
} as const;

/** Why a row has no price, in words. */
function unpricedText(result: Exclude<CostResult, { status: 'priced' }>, tier: string) {
  switch (result.status) {
    case 'unavailable':
      return `Not available: the sources give no ${tier} price for this model.`;
    case 'unknown':
      return `Not stated in sources: the ${tier} ${RATE_LABELS[result.missing]} price.`;
    case 'too-long': {
      const [what, limit] = LIMIT_WORDS[result.limit];
      const [tokens, max] = [result.tokens, result.max].map(formatTokens);
      return `Too long for this model: ${tokens} ${what}, more than its ${limit} of ${max}.`;
    }
  }
}

/** The row's note when the model is no longer served where the request is priced. */
function goneText(row: RankedRow, view: ResultsView): string | null {
  if (row.gone === null) return null;
  return noLongerServedText(row.gone, row.model.tiers[view.workload.tier]?.provider?.name);
}

function rowHtml(row: RankedRow, view: ResultsView): Html {
  const { model, result } = row;
  const role = (text: string | null) => text && markup`<span class="calc-role">${text}</span>`;
  const head = markup`<th scope="row">${model.name}${
    row.selected && markup` <span class="calc-selected">(selected)</span>`
  }${role(model.replaces)}${role(goneText(row, view))}</th>`;
  const open = row.selected ? markup`<tr class="selected">` : markup`<tr>`;
  if (result.status !== 'priced') {
    const why = unpricedText(result, tierOf(view));
    return markup`${open}${head}<td colspan="5" class="calc-none">${why}</td></tr>`;
  }
  const cells = [result.perRequest, result.perDay, result.perMonth].map(
    (n) => markup`<td class="num">${money(n, result.upperBound)}</td>`,
  );
  const ratio = markup`<td class="num">${ratioText(row)}</td>`;
  return markup`${open}${head}${cells}${ratio}<td>${howHtml(result, view)}</td></tr>`;
}

/**
 * One sentence on the outcome: the cheapest priced model, or that none is priced. The page keeps
 * it in a status line of its own, so a screen reader hears it without the whole table.
 */
export function resultsSummary(view: ResultsView): string {
  const best = view.rows[0];
  const selected = view.rows.find((r) => r.selected);
  if (best && best.gone !== null)
    return allGoneText(best.model.tiers[view.workload.tier]?.provider?.name);
  if (best?.result.status !== 'priced')
    return `No model here has a price for this request at ${tierWords(view)}.`;
  const cost = money(best.result.perRequest, best.result.upperBound);
  let text = `Cheapest for this request: ${best.model.name}, ${cost} a request.`;
  if (selected && selected.result.status !== 'priced')
    text += ` No ratios: ${selected.model.name} has no price for it.`;
  else if (selected && selected.gone !== null)
    text += ` ${selected.model.name} ${
      selected.model.tiers[view.workload.tier]?.provider ? 'retired there' : 'shut down'
    } ${formatDate(selected.gone)}.`;
  return text;
}

/** The day of the provider check a provider's price list comes from; null for OpenAI's tiers. */
const checkedOf = (view: ResultsView) =>
  view.rows.map((r) => r.model.tiers[view.workload.tier]?.provider?.checked).find(Boolean) ?? null;

/** What the table holds: its caption and the name of its scrolling region. */
const CAPTION = 'Costs by model';

/** The results table, cheapest first. */
export function renderResults(view: ResultsView): Html {
  const selected = view.rows.find((r) => r.selected)?.model.name ?? '';
  const w = view.workload;
  const request =
    `Cost of ${describeRequest(w)} per request, ${formatTokens(w.requestsPerDay)} ` +
    `request${w.requestsPerDay === 1 ? '' : 's'} a day, at ${tierWords(view)}. Cheapest first; ` +
    `prices as of ${formatDate(checkedOf(view) ?? view.asOf)}.`;
  const headers = [
    'Model',
    'Per request',
    'Per day',
    `Per ${DAYS_PER_MONTH}-day month`,
    `Ratio to ${selected}`,
    'How it is priced',
  ].map((h, i) =>
    i > 0 && i < 5
      ? markup`<th scope="col" class="num">${h}</th>`
      : markup`<th scope="col">${h}</th>`,
  );
  const caption = markup`<caption class="visually-hidden">${CAPTION}, cheapest first</caption>`;
  const head = markup`<thead><tr>${headers}</tr></thead>`;
  const body = markup`<tbody>${view.rows.map((r) => rowHtml(r, view))}</tbody>`;
  const table = markup`<table class="calc-table">${caption}${head}${body}</table>`;
  const box = markup`<div class="table-scroll" role="region" aria-label="${CAPTION}" tabindex="0">`;
  return markup`<p class="calc-request">${request}</p>${box}${table}</div>`;
}

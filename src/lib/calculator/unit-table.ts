/**
 * The unit calculator's results, as escaped HTML: the one renderer of that view. The build
 * pre-renders it (UnitCalculator.astro, through set:html) and the browser redraws it on every
 * change, so the two cannot drift. One table per model: a line per unit with its own quantity,
 * rate, source and cost, then the total, which says it is the sum of those costs. Pure.
 */
import { formatCost, formatDate, formatList, formatTokens, formatUsd } from '../format.ts';
import { allGoneText, noLongerServedText } from './wording.ts';
import { modalitiesLabel, REQUEST_UNIT_LABELS } from '../labels.ts';
import { markup, type Html } from '../render/html.ts';
import { cite } from '../render/cite.ts';
import type { MarkerData, MarkerIndex } from '../sources/citations.ts';
import { tokenField, type UnitField, type UnitInputContext } from './unit-input.ts';
import {
  TOKEN_KINDS,
  type ImagePrice,
  type TokenKind,
  type UnitCost,
  type UnitLine,
  type UnitModel,
  type UnitName,
  type UnitRequest,
} from './units.ts';

/** Everything the browser needs to price and draw: shipped once, inside the page. */
export interface UnitCalculatorData extends UnitInputContext {
  models: UnitModel[];
  /** The day the prices are true as of (the line's verified day). */
  asOf: string;
  /** The page's source markers, compact, for redrawing the results in the browser. */
  cite: MarkerData;
}

export interface UnitResultsView {
  costs: readonly UnitCost[];
  request: UnitRequest;
  /** The fields the form shows: a unit without one is named under a total that leaves it out. */
  fields: readonly UnitField[];
  /** The page's markers: its citation index in the build, rebuilt from MarkerData in a browser. */
  cite: MarkerIndex;
}

/** `1024x1024 medium` → `1024×1024, medium quality`. */
export function imagePriceLabel(key: string): string {
  const [size = '', quality = ''] = key.split(' ');
  return `${size.replace('x', '×')}, ${quality} quality`;
}

const unitWords = (unit: UnitName) => REQUEST_UNIT_LABELS[unit].toLowerCase();
const kindOf = (unit: UnitName): TokenKind =>
  (unit === 'images' ? 'image' : unit.split('-')[0]) as TokenKind;
const isImagePrice = (rate: object): rate is ImagePrice => 'usd' in rate;

/** `$12.00 per 1M audio tokens`, `$0.011 per image, 1024×1024, medium quality`. */
function rateText(unit: UnitName, rate: { usdPer1M: number } | ImagePrice): string {
  if (isImagePrice(rate))
    return `${formatUsd(rate.usd)} per image, ${imagePriceLabel(`${rate.size} ${rate.quality}`)}`;
  return `${formatUsd(rate.usdPer1M)} per 1M ${kindOf(unit)} tokens`;
}

/** Why a model cannot take a unit: what its sourced modalities are instead, with their source. */
function notTakenHtml(
  model: UnitModel,
  line: Extract<UnitLine, { status: 'not-taken' }>,
  index: MarkerIndex,
): Html {
  const output = line.unit.endsWith('output') || line.unit === 'images';
  const list = output ? model.outputs : model.inputs;
  const what = output ? 'outputs' : 'inputs';
  const kinds = list?.kinds.length ? modalitiesLabel(list.kinds).toLowerCase() : 'none priced here';
  const listed =
    line.listed &&
    markup` A source lists a rate for them all the same, ${rateText(line.unit, line.listed)}${cite(
      index,
      line.listed.source,
      line.listed.confidence,
    )}; it is not applied.`;
  const gives = output
    ? `gives no ${kindOf(line.unit)} output`
    : `takes no ${kindOf(line.unit)} input`;
  return markup`Not taken: ${model.name} ${gives}; its ${what} are ${kinds}${
    list && cite(index, list.source, list.confidence)
  }.${listed}`;
}

function lineHtml(model: UnitModel, line: UnitLine, index: MarkerIndex): Html {
  const head = markup`<th scope="row">${REQUEST_UNIT_LABELS[line.unit]}</th>`;
  const quantity = markup`<td class="num">${formatTokens(line.quantity)}</td>`;
  const row = (...cells: Html[]) => markup`<tr>${head}${quantity}${cells}</tr>`;
  switch (line.status) {
    case 'priced': {
      const marker = cite(index, line.rate.source, line.rate.confidence);
      return row(
        markup`<td>${rateText(line.unit, line.rate)}${marker}</td>`,
        markup`<td class="num">${formatCost(line.amount)}</td>`,
      );
    }
    case 'not-stated':
      return row(markup`<td>Not stated in sources</td>`, markup`<td class="num">unknown</td>`);
    case 'not-taken':
      return row(markup`<td colspan="2">${notTakenHtml(model, line, index)}</td>`);
  }
}

const LIMIT_WORDS = {
  maxInput: ['input tokens', 'max input'],
  maxOutput: ['output tokens', 'max output'],
  contextWindow: ['tokens in all', 'context window'],
} as const;

/** The total row: the sum of the lines' costs, a bound, or why there is none. */
function totalHtml(cost: UnitCost): Html {
  const { total, model } = cost;
  const head = markup`<th scope="row">Total per request</th>`;
  const row = (words: string, amount: string) => {
    const cost = markup`<td class="num">${amount}</td>`;
    return markup`<tr class="unit-total">${head}<td colspan="2">${words}</td>${cost}</tr>`;
  };
  switch (total.status) {
    case 'exact':
      return row('The sum of the costs above', formatCost(total.amount));
    case 'at-least': {
      const lines = total.missing === 1 ? '1 unit' : `${total.missing} units`;
      return row(
        `At least the sum of the costs above: ${lines} not stated in sources`,
        `at least ${formatCost(total.amount)}`,
      );
    }
    case 'unknown':
      return row('Unknown: no unit of this request has a rate stated in sources', 'unknown');
    case 'not-taken':
      return row(`No total: ${model.name} does not take every unit of this request`, '—');
    case 'too-long': {
      const [what, limit] = LIMIT_WORDS[total.limit];
      const [tokens, max] = [total.tokens, total.max].map(formatTokens);
      return row(
        `Too long for this model: ${tokens} ${what}, more than its ${limit} of ${max}`,
        '—',
      );
    }
  }
}

/**
 * Units the model takes or gives out (by its sourced modalities) that no source prices for it and
 * the form has no field for: the total leaves them out, and says so.
 */
function leftOut(model: UnitModel, fields: readonly UnitField[]): UnitName[] {
  const out: UnitName[] = [];
  for (const kind of TOKEN_KINDS) {
    if (model.inputs?.kinds.includes(kind) && !model.rates[kind].input)
      if (!fields.includes(tokenField(kind, 'input'))) out.push(`${kind}-input`);
    const perImage = kind === 'image' && model.perImage.length > 0;
    if (model.outputs?.kinds.includes(kind) && !model.rates[kind].output && !perImage)
      if (!fields.includes(tokenField(kind, 'output'))) out.push(`${kind}-output`);
  }
  return out;
}

/** `Not in this total: text output tokens, which X gives out; no source states its price.` */
function leftOutText(model: UnitModel, missing: readonly UnitName[]): string {
  const outputs = missing.every((u) => u.endsWith('output'));
  const inputs = missing.every((u) => u.endsWith('input'));
  const verb = outputs ? 'gives out' : inputs ? 'takes' : 'takes or gives out';
  const price = missing.length > 1 ? 'their prices' : 'its price';
  return (
    `Not in this total: ${formatList(missing.map(unitWords))}, which ${model.name} ${verb}; ` +
    `no source states ${price}.`
  );
}

function modelHtml(cost: UnitCost, view: UnitResultsView): Html {
  const { model } = cost;
  const role = (text: string | null | undefined) =>
    text && markup`<span class="calc-role">${text}</span>`;
  const gone = model.shutDown && noLongerServedText(model.shutDown);
  const caption = markup`<caption>${model.name} ${role(model.replaces)}${role(gone)}</caption>`;
  const columns = (['Unit', 'Quantity', 'Rate', 'Cost'] as const).map((h) =>
    h === 'Quantity' || h === 'Cost'
      ? markup`<th scope="col" class="num">${h}</th>`
      : markup`<th scope="col">${h}</th>`,
  );
  const head = markup`<thead><tr>${columns}</tr></thead>`;
  const body = markup`<tbody>${cost.lines.map((l) => lineHtml(model, l, view.cite))}</tbody>`;
  const foot = markup`<tfoot>${totalHtml(cost)}</tfoot>`;
  const missing = leftOut(model, view.fields);
  const note =
    missing.length > 0 && markup`<p class="unit-note">${leftOutText(model, missing)}</p>`;
  const region = `Costs on ${model.name}`;
  const box = markup`<div class="table-scroll" role="region" aria-label="${region}" tabindex="0">`;
  const table = markup`<table class="unit-table">${caption}${head}${body}${foot}</table>`;
  return markup`<div class="unit-model">${box}${table}</div>${note}</div>`;
}

/** `1,000 text input tokens (20% from the prompt cache) and 50,000 audio output tokens`. */
export function describeUnitRequest(request: UnitRequest): string {
  const parts: string[] = [];
  for (const kind of TOKEN_KINDS) {
    const t = request.tokens[kind];
    if (t.input > 0) {
      const cache = t.cachedPercent > 0 ? ` (${t.cachedPercent}% from the prompt cache)` : '';
      parts.push(`${formatTokens(t.input)} ${kind} input tokens${cache}`);
    }
    if (t.output > 0) parts.push(`${formatTokens(t.output)} ${kind} output tokens`);
  }
  if (request.images > 0 && request.imagePrice)
    parts.push(
      `${formatTokens(request.images)} image${request.images === 1 ? '' : 's'} at ` +
        imagePriceLabel(request.imagePrice),
    );
  return formatList(parts);
}

/**
 * One sentence on the outcome: the cheapest model with a full price, or the least a model costs
 * when none has one. The page keeps it in a status line of its own.
 */
export function unitResultsSummary(costs: readonly UnitCost[]): string {
  const best = costs[0];
  if (best && best.model.shutDown !== null) return allGoneText();
  const total = best?.total;
  if (best && total?.status === 'exact')
    return `Cheapest for this request: ${best.model.name}, ${formatCost(total.amount)} a request.`;
  if (best && total?.status === 'at-least')
    return (
      `No model here has a full price for this request; ${best.model.name} costs at least ` +
      `${formatCost(total.amount)} a request.`
    );
  return 'No model here has a price for this request.';
}

/** Every model's table, cheapest first, after a sentence saying what was priced. */
export function renderUnitResults(view: UnitResultsView, asOf: string): Html {
  const request =
    `Cost of one request of ${describeUnitRequest(view.request)}, at the standard rates, each ` +
    `unit at its own rate. Cheapest first; prices as of ${formatDate(asOf)}.`;
  return markup`<p class="calc-request">${request}</p>${view.costs.map((c) => modelHtml(c, view))}`;
}

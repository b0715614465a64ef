/**
 * The calculator's inputs: their names (the form's field names are the query string's keys, so a
 * plain GET form and the script write the same address), reading them from an address, checking
 * them, and writing them back. Every problem becomes a message for the field it belongs to. Pure.
 */
import {
  COST_TIERS,
  exceededLimit,
  reasoningBilling,
  type CostModel,
  type Workload,
} from './cost.ts';
import { formatTokens } from '../format.ts';

/** Every input, in form and address order. */
export const FIELDS = [
  'model',
  'tier',
  'input',
  'cached',
  'output',
  'reasoning',
  'requests',
] as const;
export type FieldName = (typeof FIELDS)[number];

/** The inputs as text, as a form holds them and an address carries them. */
export type RawInputs = Record<FieldName, string>;

/** Reader-facing names of the inputs: the form's labels. */
export const FIELD_LABELS: Record<FieldName, string> = {
  model: 'Compare with',
  tier: 'Price tier',
  input: 'Input tokens per request',
  cached: 'Share of input from the prompt cache (%)',
  output: 'Output tokens per request',
  reasoning: 'Reasoning tokens per request',
  requests: 'Requests per day',
};

/** More requests a day than this is taken for a typing slip, not a workload. */
export const MAX_REQUESTS_PER_DAY = 1_000_000_000;

/** What the calculator needs to read inputs. */
export interface InputContext {
  models: readonly CostModel[];
  /** Used for any input the address leaves out. */
  defaults: RawInputs;
  /** The largest context window in the catalog: no request can be larger. */
  maxTokens: number;
}

export interface ReadInputs {
  /** What the form shows: the address's text, a known model and tier in place of unknown ones. */
  raw: RawInputs;
  model: CostModel;
  /** Null while any number is missing, malformed or beyond a limit. */
  workload: Workload | null;
  /** A message for each input with a problem. */
  messages: Partial<Record<FieldName, string>>;
  /** Inputs whose text is wrong (a replaced model or tier is not: the form shows a valid one). */
  invalid: FieldName[];
}

/**
 * Tiers that at least one model is priced at, in menu order: OpenAI's, then each other
 * provider's price lists in the order the models list them.
 */
export function offeredTiers(models: readonly CostModel[]): string[] {
  const openai: string[] = COST_TIERS.filter((tier) => models.some((m) => m.tiers[tier]));
  const others = models.flatMap((m) =>
    Object.keys(m.tiers).filter((key) => !(COST_TIERS as readonly string[]).includes(key)),
  );
  // Grouped by provider, each provider where it first appears.
  const byProvider = Map.groupBy(new Set(others), (key) => key.split(':')[0]);
  return [...openai, ...[...byProvider.values()].flat()];
}

/** What a tier is called, as the build labelled it (an unknown key is said as it is). */
export function tierName(models: readonly CostModel[], key: string): string {
  return models.find((m) => m.tiers[key])?.tiers[key]?.label ?? key;
}

/**
 * The tier menu: OpenAI's tiers, then one group per other provider. The groups are named only
 * when there is more than OpenAI's.
 */
export function tierMenu(
  models: readonly CostModel[],
): { label: string | null; options: { value: string; label: string }[] }[] {
  const keys = offeredTiers(models);
  const provider = (key: string) => models.find((m) => m.tiers[key]?.provider)?.tiers[key];
  const groups = Map.groupBy(keys, (key) => (provider(key) ? (key.split(':')[0] ?? '') : ''));
  const named = groups.size > 1;
  return [...groups].map(([id, list]) => ({
    label: named
      ? id === ''
        ? "OpenAI's API"
        : (provider(list[0] ?? '')?.provider?.name ?? id)
      : null,
    options: list.map((key) => ({ value: key, label: tierName(models, key) })),
  }));
}

/**
 * Spaces (plain, no-break, thin) and underscores that group digits in threes. No convention writes
 * a decimal mark with them, so "1 000" and "1_000" are a thousand for every reader.
 */
const GROUPED_WHOLE = /^-?\d{1,3}(?:[ \u00a0\u2009\u202f_]\d{3})+$/;
const PLAIN_WHOLE = /^-?\d+$/;
/** A share: digits with at most one decimal mark, a point or a comma. */
const SHARE = /^-?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** What a whole-number field says about a comma or point: what to type instead. */
export const SEPARATOR_MESSAGE =
  'Use digits only, without a comma or point: 1000, not 1,000 or 1.000 (1 000 is fine).';

type Parsed = { value: number; note?: string } | { problem: string };

/**
 * A number from a field. Messages do not repeat what was typed (it is in the field), so a page
 * never prints "NaN" or "Infinity".
 *
 * Commas and points are where readers differ: "1,000" is a thousand in English and one in German,
 * "1.000" the other way round, and "2,5" is two and a half in most of Europe. Nothing in a field
 * says which convention it was typed in, so:
 * - A whole number (tokens, requests) refuses both, with the digits to type instead. Either
 *   reading of "1,000" is a plausible token count, so guessing would price some readers' requests
 *   a thousand times wrong without a word.
 * - The cache share takes either as its decimal mark ("2.5" and "2,5" are 2.5 %). No share is
 *   1,000 % or more, so here neither can be a thousands separator and the reading is never in
 *   doubt; and a phone's decimal keypad offers only the comma where that is the local mark. A
 *   comma read this way is said beside the field ("Read as 2.5 %.").
 */
export function parseNumber(text: string, kind: 'whole' | 'share'): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'Enter a number.' };
  let value: number;
  let note: string | undefined;
  if (kind === 'whole') {
    if (/^-?[\d\s_]*[.,]/.test(trimmed)) return { problem: SEPARATOR_MESSAGE };
    if (!PLAIN_WHOLE.test(trimmed) && !GROUPED_WHOLE.test(trimmed))
      return { problem: 'That is not a number. Use digits only, such as 2000.' };
    value = Number(trimmed.replace(/[^\d-]/g, ''));
  } else {
    if (!SHARE.test(trimmed))
      return { problem: 'That is not a number. Use digits, such as 50 or 12.5.' };
    value = Number(trimmed.replace(',', '.'));
    if (trimmed.includes(',')) note = `Read as ${value} %.`;
  }
  if (value < 0) return { problem: 'This cannot be negative.' };
  // "-0" is zero, never a "-$0.00".
  value = value || 0;
  return note ? { value, note } : { value };
}

type NumberField = Exclude<FieldName, 'model' | 'tier'>;

/** The range each number must be in, with what to say when it is not. */
function bounds(
  field: NumberField,
  ctx: InputContext,
): { min: number; max: number; low: string; high: string } {
  const most = formatTokens(ctx.maxTokens);
  const tokens = `No model here accepts more than ${most} tokens in a request.`;
  switch (field) {
    case 'input':
      return {
        min: 1,
        max: ctx.maxTokens,
        low: 'A request needs at least 1 input token.',
        high: tokens,
      };
    case 'cached':
      return { min: 0, max: 100, low: '', high: 'A share cannot be more than 100 %.' };
    case 'output':
    case 'reasoning':
      return { min: 0, max: ctx.maxTokens, low: '', high: tokens };
    case 'requests':
      return {
        min: 1,
        max: MAX_REQUESTS_PER_DAY,
        low: 'Enter at least 1 request a day.',
        high: `Enter at most ${formatTokens(MAX_REQUESTS_PER_DAY)} requests a day.`,
      };
  }
}

/** The message for a request larger than the selected model accepts, and the input it is for. */
function limitMessage(model: CostModel, workload: Workload): [NumberField, string] | null {
  const over = exceededLimit(model, workload);
  if (!over) return null;
  const max = formatTokens(over.max);
  const reasons = reasoningBilling(model) === 'counted' && workload.reasoningTokens > 0;
  if (over.limit === 'maxInput')
    return ['input', `${model.name} accepts at most ${max} input tokens in a request.`];
  if (over.limit === 'maxOutput') {
    const field = workload.outputTokens > over.max ? 'output' : 'reasoning';
    const what = reasons ? 'output and reasoning tokens together' : 'output tokens';
    return [field, `${model.name} writes at most ${max} ${what} in a request.`];
  }
  const parts = reasons ? 'Input, output and reasoning tokens' : 'Input and output tokens';
  return [
    'input',
    `${parts} add up to ${formatTokens(over.tokens)}, ` +
      `more than ${model.name}'s context window of ${max} tokens.`,
  ];
}

/** Reads and checks the inputs an address carries; inputs it leaves out take the defaults. */
export function readInputs(params: URLSearchParams, ctx: InputContext): ReadInputs {
  const raw = { ...ctx.defaults };
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value !== null) raw[field] = value;
  }
  const messages: ReadInputs['messages'] = {};
  const invalid: FieldName[] = [];

  let model = ctx.models.find((m) => m.id === raw.model);
  if (!model) {
    model = ctx.models.find((m) => m.id === ctx.defaults.model) ?? ctx.models[0];
    if (!model) throw new Error('The calculator has no models');
    if (raw.model !== '')
      messages.model = `The address names no model priced here, so ${model.name} is selected.`;
    raw.model = model.id;
  }
  // A tier is offered here when a model is priced at it (the menu's order is the build's concern).
  let tier = raw.tier;
  if (!ctx.models.some((m) => Object.hasOwn(m.tiers, tier))) {
    tier = 'standard';
    if (raw.tier !== '')
      messages.tier = 'The address names no price tier offered here, so standard rates are used.';
    raw.tier = tier;
  }

  const numbers: Partial<Record<NumberField, number>> = {};
  for (const field of ['input', 'cached', 'output', 'reasoning', 'requests'] as const) {
    const parsed = parseNumber(raw[field], field === 'cached' ? 'share' : 'whole');
    const range = bounds(field, ctx);
    const problem =
      'problem' in parsed
        ? parsed.problem
        : parsed.value < range.min
          ? range.low
          : parsed.value > range.max
            ? range.high
            : null;
    if (problem) {
      messages[field] = problem;
      invalid.push(field);
    } else if ('value' in parsed) {
      numbers[field] = parsed.value;
      if (parsed.note) messages[field] = parsed.note;
    }
  }
  const { input, cached, output, reasoning, requests } = numbers;
  if (
    input === undefined ||
    cached === undefined ||
    output === undefined ||
    reasoning === undefined ||
    requests === undefined
  )
    return { raw, model, workload: null, messages, invalid };
  const workload: Workload = {
    inputTokens: input,
    cachedPercent: cached,
    outputTokens: output,
    reasoningTokens: reasoning,
    requestsPerDay: requests,
    tier,
  };
  const tooLong = limitMessage(model, workload);
  if (tooLong) {
    const [field, message] = tooLong;
    messages[field] = message;
    invalid.push(field);
    return { raw, model, workload: null, messages, invalid };
  }
  return { raw, model, workload, messages, invalid };
}

/** The address's query string for these inputs, every input in form order. */
export function toQuery(raw: RawInputs): string {
  return `?${new URLSearchParams(FIELDS.map((field) => [field, raw[field]])).toString()}`;
}

/**
 * Cross-checks the content against the 2026-12 check (../shared/data/gpt-mini-facts-2026-12.json):
 * every value the file gives for the rest of the family (related_models) and for the models OpenAI
 * names as replacements (successor_models) is in the content, equal, with the same source and
 * confidence. A value the file writes with a remark ("2024-05 (models.dev) - unverified") is
 * carried as its date, its confidence and the remark as a note. On CI a missing file fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import {
  NotModelSchema,
  ReplacementSchema,
  type Knowable,
  type Model,
  type Pricing,
  type Replacement,
  type Shutdown,
  type SnapshotShutdown,
} from '../../src/schemas/index.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { loadContent } from '../support/content.ts';
import { CONTENT_DIR, PROJECT_ROOT } from '../support/fixtures.ts';

interface FactsValue {
  value: unknown;
  source: string;
  confidence: string;
  note?: string;
}
interface FactsEntry {
  id: string;
  name: string;
  values: Record<string, FactsValue>;
}
interface UpdateFile {
  checked: string;
  related_models: FactsEntry[];
  successor_models: FactsEntry[];
}

const dataDir = process.env['FACTS_DIR'] ?? join(PROJECT_ROOT, '..', 'shared/data');
const path = join(dataDir, 'gpt-mini-facts-2026-12.json');
const missing = !existsSync(path);
const onCi = process.env['CI'] === 'true';
if (missing && !onCi) console.warn(`2026-12 facts tests skipped: ${path} not found`);

describe('the 2026-12 facts file is present on CI', () => {
  it.runIf(onCi)('finds it, so the cross-check below cannot be skipped', () => {
    expect(existsSync(path), 'set FACTS_DIR to the folder holding the facts files').toBe(true);
  });
});

/** `MODELS_1125` → `models-1125`: how content names the file's sources. */
const sourceId = (key: string) => key.toLowerCase().replaceAll('_', '-');
/**
 * The facts-file key a content source id stands for. models.dev is one key with a per-model
 * address (`…/{id}.toml`); the content cites each model's file as `modelsdev-<id>`, whose address
 * facts-file.test.ts checks against the template.
 */
const keyOf = (id: string | undefined) => id?.replace(/^modelsdev-.+$/, 'modelsdev');

const LEADING_DATE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b\s*(.*)$/;

/** `2024-05 (models.dev) - unverified` → the date and the remark written after it. */
function splitRemark(text: string): { date: string | undefined; remark: string } {
  const match = LEADING_DATE.exec(text.trim());
  return match ? { date: match[1], remark: match[2] ?? '' } : { date: undefined, remark: text };
}

/** Asserts a fact of content: the value, the source and the confidence the file gives. */
function expectFact(
  item: Knowable<unknown> | undefined,
  value: unknown,
  entry: FactsValue,
  where: string,
) {
  expect(item, `${where}: missing`).toBeDefined();
  if (!item || !('value' in item)) throw new Error(`${where}: unknown in content, the file has it`);
  expect(item.value, where).toEqual(value);
  expect(keyOf(item.source), `${where}: source`).toBe(sourceId(entry.source));
  expect(item.confidence, `${where}: confidence`).toBe(entry.confidence);
}

/** A date the file may write with a remark: the date, and the remark kept in the note. */
function expectDate(
  item: Knowable<unknown> | undefined,
  text: string,
  entry: FactsValue,
  where: string,
) {
  const { date, remark } = splitRemark(text);
  if (!item || !('value' in item)) throw new Error(`${where}: unknown in content, the file has it`);
  if (date) expectFact(item, date, entry, where);
  else {
    expect(keyOf(item.source), `${where}: source`).toBe(sourceId(entry.source));
    expect(item.confidence, `${where}: confidence`).toBe(entry.confidence);
  }
  // The remark ("(models.dev) - unverified", "about July 2026") is never dropped or tidied.
  if (remark)
    expect(item.note ?? '', `${where}: the remark "${remark}" as a note`).toContain(remark);
}

/** The content field of each price key the file uses. */
const PRICE_PATHS: Record<string, [keyof Pricing | 'audio' | 'image', string?]> = {
  input: ['input'],
  cached_input: ['cachedInput'],
  output: ['output'],
  text_input: ['input'],
  text_cached_input: ['cachedInput'],
  audio_input: ['audio', 'input'],
  audio_cached_input: ['audio', 'cachedInput'],
  audio_output: ['audio', 'output'],
  image_input: ['image', 'input'],
  image_cached_input: ['image', 'cachedInput'],
  image_output: ['image', 'output'],
};

function priceField(pricing: Pricing, key: string): Knowable<number> | undefined {
  const path = PRICE_PATHS[key];
  if (!path) throw new Error(`No check for the price key "${key}": add one`);
  const [first, second] = path;
  if (second === undefined) return pricing[first as 'input' | 'cachedInput' | 'output'];
  const block = pricing[first as 'audio' | 'image'];
  return block?.[second as 'input' | 'cachedInput' | 'output'];
}

/** Every price the file gives, flat or by modality, against the content's pricing. */
function expectPrices(
  pricing: Pricing,
  value: Record<string, unknown>,
  entry: FactsValue,
  where: string,
) {
  for (const [key, price] of Object.entries(value)) {
    if (key === 'changed_since_2026_11_25') continue;
    if (['text', 'audio', 'image'].includes(key)) {
      const nested = Object.fromEntries(
        Object.entries(price as Record<string, number>).map(([k, v]) => [
          key === 'text' ? k : `${key}_${k}`,
          v,
        ]),
      );
      expectPrices(pricing, nested, entry, where);
    } else if (key === 'web_search_per_1k_calls') {
      const fee = pricing.toolCalls?.find((t) => t.value.tool === 'web-search');
      expectFact(fee, { tool: 'web-search', usdPer1000Calls: price }, entry, `${where}.${key}`);
    } else if (key === 'per_image_1024_low_medium_high') {
      const [low, medium, high] = price as number[];
      expectFact(
        pricing.perImage,
        [
          { size: '1024x1024', quality: 'low', usd: low },
          { size: '1024x1024', quality: 'medium', usd: medium },
          { size: '1024x1024', quality: 'high', usd: high },
        ],
        entry,
        `${where}.${key}`,
      );
    } else if (key === 'cache_writes' || key === 'cache_writes_30min') {
      const retention = key === 'cache_writes_30min' ? { retention: '30 minutes' } : {};
      expectFact(pricing.cacheWrite, [{ ...retention, usdPer1M: price }], entry, `${where}.${key}`);
    } else {
      expectFact(priceField(pricing, key), price, entry, `${where}.${key}`);
    }
  }
}

type Specs = Pick<Model, 'contextWindow' | 'maxInput' | 'maxOutput' | 'knowledgeCutoff'> & {
  modalities: { input: Knowable<string[]>; output: Knowable<string[]> };
};

const LIMIT_FIELDS = {
  context: 'contextWindow',
  max_input: 'maxInput',
  max_output: 'maxOutput',
} as const satisfies Record<string, keyof Specs>;

function expectLimits(
  model: Specs,
  value: Record<string, unknown>,
  entry: FactsValue,
  where: string,
) {
  for (const [key, limit] of Object.entries(value)) {
    if (key === 'knowledge_cutoff') {
      expectDate(model.knowledgeCutoff, String(limit), entry, `${where}.${key}`);
    } else {
      const field = LIMIT_FIELDS[key as keyof typeof LIMIT_FIELDS];
      if (!field) throw new Error(`No check for the limit "${key}": add one`);
      expectFact(model[field], limit, entry, `${where}.${key}`);
    }
  }
}

function expectModalities(
  model: Specs,
  value: { input: string[]; output: string[] },
  entry: FactsValue,
  where: string,
) {
  for (const side of ['input', 'output'] as const) {
    const item = model.modalities[side];
    if (!('value' in item)) throw new Error(`${where}.${side}: unknown in content`);
    expect([...item.value].sort(), `${where}.${side}`).toEqual([...value[side]].sort());
    expect(keyOf(item.source), `${where}.${side}: source`).toBe(sourceId(entry.source));
    expect(item.confidence, `${where}.${side}: confidence`).toBe(entry.confidence);
  }
}

/** `gpt-live-transcribe or gpt-transcribe`, `x (was y)` → the ids named now. */
function namedIds(text: unknown): string[] {
  if (typeof text !== 'string' || text === 'not found') return [];
  return text
    .replace(/\s*\(was [^)]*\)/, '')
    .split(/\s+or\s+/)
    .map((id) => id.trim());
}

const shutdownsOf = (model: Model) =>
  model.lifecycle.filter((e): e is Shutdown => e.type === 'shutdown');
const snapshotShutdownsOf = (model: Model) =>
  model.lifecycle.filter((e): e is SnapshotShutdown => e.type === 'snapshot-shutdown');

interface LifecycleValue {
  status?: string;
  shutdown?: string;
  replacement?: string | null;
  announced?: string;
  [part: string]: unknown;
}

/** The file's lifecycle: the status, the shutdown day and replacements, each retired snapshot. */
function expectLifecycle(
  id: string,
  model: Model,
  value: LifecycleValue | string,
  entry: FactsValue,
  checked: string,
) {
  const state = lifecycleState(model.lifecycle, { day: checked, checked });
  if (typeof value === 'string') {
    // "Active; named as the replacement for …": served, no shutdown.
    expect(state.shutdown, `${id}: no shutdown in "${value}"`).toBeUndefined();
    return;
  }
  const expectShutdown = (part: LifecycleValue, where: string, own: boolean) => {
    if (!part.shutdown) return;
    const [main, other] = part.shutdown.split(/\s+or\s+/);
    const day = splitRemark((main ?? '').replace(/^about\s+/, '')).date;
    const reading = shutdownsOf(model).find((s) => s.date === day);
    expect(reading, `${where}: a shutdown reading on ${day}`).toBeDefined();
    if (!reading) return;
    const ids = namedIds(part.replacement);
    expect(
      [reading.replacement, ...(reading.alternatives ?? [])].filter(Boolean),
      `${where}: replacements`,
    ).toEqual(ids);
    if (part.announced) expect(reading.announced, `${where}: announced`).toBe(part.announced);
    if (other) {
      const conflict = splitRemark(other).date;
      expect(
        reading.dateConflicts?.map((c) => c.date),
        `${where}: the other date`,
      ).toContain(conflict);
    }
    if (own) {
      expect(keyOf(reading.source), `${where}: source`).toBe(sourceId(entry.source));
      expect(reading.confidence, `${where}: confidence`).toBe(entry.confidence);
    }
  };
  expectShutdown(value, `${id}.lifecycle`, true);
  if (value.alias && typeof value.alias === 'object')
    expectShutdown(value.alias as LifecycleValue, `${id}.lifecycle.alias`, false);
  for (const [part, detail] of Object.entries(value)) {
    const snapshot = /^snapshot_(\d{4})_(\d{2})_(\d{2})$/.exec(part);
    if (!snapshot) continue;
    const snapshotId = `${id}-${snapshot.slice(1).join('-')}`;
    const { shutdown, replacement } = detail as LifecycleValue;
    const event = snapshotShutdownsOf(model).find((e) => e.ids.includes(snapshotId));
    expect(event, `${id}: the retired snapshot ${snapshotId}`).toBeDefined();
    expect(event?.date, `${snapshotId}: shutdown`).toBe(shutdown);
    expect(event?.replacement, `${snapshotId}: replacement`).toBe(namedIds(replacement)[0]);
  }
  const status = value.status ?? '';
  if (status === 'shut down' || status.includes('has passed'))
    expect(state.phase, `${id}: status "${status}" on ${checked}`).toBe('shut-down');
  else if (status.includes('deprecated'))
    expect(state.shutdown, `${id}: status "${status}" needs its shutdown`).toBeDefined();
}

/** The efforts as the file writes them: `["none (default)", "low"]`. */
function expectEfforts(
  model: Pick<Model, 'reasoning'>,
  efforts: string[],
  entry: FactsValue,
  where: string,
) {
  const names = efforts.map((e) => e.replace(/\s*\(default\)$/, ''));
  const byDefault = efforts.find((e) => e.endsWith('(default)'))?.replace(/\s*\(default\)$/, '');
  const { reasoning } = model;
  if (!('value' in reasoning)) throw new Error(`${where}: reasoning unknown in content`);
  expect(reasoning.value.efforts, where).toEqual(names);
  if (byDefault) expect(reasoning.value.default, `${where}: default`).toBe(byDefault);
  expect(keyOf(reasoning.source), `${where}: source`).toBe(sourceId(entry.source));
}

describe.skipIf(missing)('content matches the 2026-12 check', () => {
  if (missing) return;
  const update = JSON.parse(readFileSync(path, 'utf8')) as UpdateFile;
  const content = loadContent();
  const { tree } = loadContentTree(CONTENT_DIR);
  const replacements = new Map(
    tree.replacements.map((e) => [e.id, ReplacementSchema.parse(e.data) as Replacement]),
  );
  const notModels = new Map(tree.notModels.map((e) => [e.id, NotModelSchema.parse(e.data)]));
  const { checked } = update;

  describe.each(update.related_models.map((m) => [m.id, m] as const))('%s', (id, fm) => {
    if (fm.values['status'] && !fm.values['lifecycle']) {
      it('is answered as not a model, with what the source says', () => {
        const entry = fm.values['status'] as FactsValue;
        expectFact(notModels.get(id)?.said, entry.value, entry, `${id}.status`);
      });
      return;
    }
    if (fm.values['tier_mapping']) {
      it('is a replacement model, with the source of what OpenAI says of it', () => {
        const entry = fm.values['tier_mapping'] as FactsValue;
        const notes = replacements.get(id)?.notes ?? [];
        expect(
          notes.some((n) => keyOf(n.source) === sourceId(entry.source)),
          id,
        ).toBe(true);
      });
      return;
    }
    const model = content.models.get(id)?.data;

    it('has a model file', () => {
      expect(model, `content/models/${id}.yaml`).toBeDefined();
    });
    if (!model) return;

    it.each(Object.entries(fm.values))('%s equals the file', (key, entry) => {
      const where = `${id}.${key}`;
      const value = entry.value as never;
      switch (key) {
        case 'released':
          return expectDate(model.released, value, entry, where);
        case 'description':
          return expectFact(model.summary, value, entry, where);
        case 'price':
        case 'price_text':
          return expectPrices(model.pricing, value, entry, where);
        case 'limits':
          return expectLimits(model, value, entry, where);
        case 'knowledge_cutoff':
          return expectDate(model.knowledgeCutoff, value, entry, where);
        case 'modalities':
          return expectModalities(model, value, entry, where);
        case 'snapshots': {
          const { alias_points_to: current } = entry.value as { alias_points_to: string };
          expect(model.snapshots[0]?.id, `${where}: the default snapshot`).toBe(current);
          return expect(model.snapshots[0]?.source, `${where}: source`).toBe(
            sourceId(entry.source),
          );
        }
        case 'lifecycle':
          return expectLifecycle(id, model, value, entry, checked);
        case 'basics': {
          const basics = entry.value as Record<string, unknown>;
          for (const [part, detail] of Object.entries(basics)) {
            const at = `${where}.${part}`;
            if (part === 'released') expectDate(model.released, String(detail), entry, at);
            else if (part === 'price') expectPrices(model.pricing, detail as never, entry, at);
            else if (part === 'modalities') expectModalities(model, detail as never, entry, at);
            else if (part === 'efforts') expectEfforts(model, detail as string[], entry, at);
            else expectLimits(model, { [part]: detail }, entry, where);
          }
          return;
        }
        default:
          throw new Error(`No check for "${key}": add one to this test`);
      }
    });
  });

  describe.each(
    update.successor_models.filter((m) => replacements.has(m.id)).map((m) => [m.id, m] as const),
  )('replacement %s', (id, fm) => {
    const model = replacements.get(id) as Replacement;
    const CHECKED = new Set([
      'price_recheck',
      'price_cache_writes_per_1m_usd',
      'released_recheck',
      'released',
      'function_calling',
      'structured_outputs_streaming',
      'fine_tuning',
      'price_input_output_openai',
      'price_cached_input_per_1m_usd',
      'context_window_tokens',
      'max_output_tokens',
      'knowledge_cutoff',
      'reasoning_efforts',
      'modalities',
    ]);
    const checkedKeys = Object.keys(fm.values).filter((key) => CHECKED.has(key));
    it.each(checkedKeys)('%s equals the file', (key) => {
      const entry = fm.values[key] as FactsValue;
      const where = `${id}.${key}`;
      const value = entry.value as never;
      switch (key) {
        case 'price_recheck':
        case 'price_input_output_openai':
          return expectPrices(model.pricing, value, entry, where);
        case 'price_cached_input_per_1m_usd':
          return expectFact(model.pricing.cachedInput, value, entry, where);
        case 'price_cache_writes_per_1m_usd': {
          const writes =
            typeof value === 'number'
              ? [{ usdPer1M: value }]
              : Object.entries(value as Record<string, number>).map(([retention, usd]) => ({
                  retention: retention === '30_min' ? '30 minutes' : '12 hours',
                  usdPer1M: usd,
                }));
          return expectFact(model.pricing.cacheWrite, writes, entry, where);
        }
        case 'released':
        case 'released_recheck':
          return expectDate(model.released, value, entry, where);
        case 'function_calling':
          return expectFact(model.features.functionCalling, true, entry, where);
        case 'structured_outputs_streaming':
          expectFact(model.features.structuredOutputs, true, entry, where);
          return expectFact(model.features.streaming, true, entry, where);
        case 'fine_tuning':
          return expectFact(model.features.fineTuning, value, entry, where);
        case 'context_window_tokens':
          return expectFact(model.contextWindow, value, entry, where);
        case 'max_output_tokens':
          return expectFact(model.maxOutput, value, entry, where);
        case 'knowledge_cutoff':
          return expectDate(model.knowledgeCutoff, value, entry, where);
        case 'reasoning_efforts':
          return expectEfforts(model, value, entry, where);
        case 'modalities':
          return expectModalities(model, value, entry, where);
      }
    });
  });
});

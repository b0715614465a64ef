/**
 * Cross-checks the transcribed content against both shared facts files it was built from: the base
 * research (../shared/data/gpt-mini-facts.json) and the 2026-11 update, which wins where they
 * differ while the older value stays as dated history. A wrong number or date here is the worst bug
 * the catalog can have, so on CI a missing facts file fails the run rather than skipping it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { sourceRefs } from '../../src/lib/sources/refs.ts';
import {
  LineSchema,
  ReplacementSchema,
  type Knowable,
  type Replacement,
} from '../../src/schemas/index.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { loadContent, modelEntry } from '../support/content.ts';
import { CONTENT_DIR, PROJECT_ROOT } from '../support/fixtures.ts';

interface FactsValue {
  value: unknown;
  source: string;
  confidence: string;
  note?: string;
}
interface FactsModel {
  id: string;
  name: string;
  snapshot: string;
  released: string;
  values: Record<string, FactsValue>;
  benchmarks: Record<string, { value: unknown; source: string }>;
}
interface BaseFile {
  sources: Record<string, { url: string }>;
  models: FactsModel[];
  related_models: { id: string; source?: string }[];
}
interface UpdateFile {
  checked: string;
  sources: Record<string, { url: string }>;
  models: { id: string; values: Record<string, FactsValue> }[];
  successor_models: { id: string; name: string; values: Record<string, FactsValue> }[];
}

const dataDir = process.env['FACTS_DIR'] ?? join(PROJECT_ROOT, '..', 'shared/data');
/** Checks after the 2026-11 update, newest first; each cross-checked in its own test file. */
const LATER_FILES = ['gpt-mini-providers-2026-12.json', 'gpt-mini-facts-2026-12.json'];
const basePath = join(dataDir, 'gpt-mini-facts.json');
const updatePath = join(dataDir, 'gpt-mini-facts-2026-11.json');
const missing = [basePath, updatePath].filter((path) => !existsSync(path));
const onCi = process.env['CI'] === 'true';
if (missing.length > 0 && !onCi) {
  console.warn(`facts-file tests skipped: ${missing.join(', ')} not found (set FACTS_DIR)`);
}

describe('the facts files are present on CI', () => {
  it.runIf(onCi)('finds both facts files, so the cross-check below cannot be skipped', () => {
    expect(missing, 'set FACTS_DIR to the folder holding both facts files').toEqual([]);
  });
});

/**
 * Content source id → facts file key: `4om-blog` → `4OM_BLOG`; `modelsdev-<model>` → `MODELSDEV`.
 */
const factsKey = (id: string) =>
  id.startsWith('modelsdev-') ? 'MODELSDEV' : id.toUpperCase().replaceAll('-', '_');

/** The value, source key and confidence of a known fact, for comparing with a facts-file entry. */
function sourced(item: Knowable<unknown>) {
  if (!('value' in item)) return { unknown: item.unknown };
  return { value: item.value, source: factsKey(item.source), confidence: item.confidence };
}
const expected = (entry: FactsValue) => ({
  value: entry.value,
  source: entry.source,
  confidence: entry.confidence,
});

/**
 * The keys of the 2026-12 check that re-read each 2026-11 field of a replacement. Where the newer
 * check re-read a field, facts-file-2026-12.test.ts holds its current value; here the 2026-11
 * reading must stay, cited, as the value's corroboration or as its history.
 */
const RECHECKED_BY: Record<string, string[]> = {
  released: ['released', 'released_recheck'],
  context_window_tokens: ['context_window_tokens'],
  max_input_tokens: [],
  max_output_tokens: ['max_output_tokens'],
  knowledge_cutoff: ['knowledge_cutoff'],
  price_input_per_1m_usd: ['price_recheck', 'price_input_output_openai'],
  price_cached_input_per_1m_usd: ['price_recheck', 'price_cached_input_per_1m_usd'],
  price_output_per_1m_usd: ['price_recheck', 'price_input_output_openai'],
  reasoning_efforts: ['reasoning_efforts'],
  fine_tuning: ['fine_tuning'],
  modalities: ['modalities'],
};

/** The 2026-11 reading is still in the fact: its value with its source cited, now or as history. */
function keepsReading(item: Knowable<unknown>, entry: FactsValue): boolean {
  if (!('value' in item)) return false;
  const cites = (id: string) => factsKey(id) === entry.source;
  const same = (value: unknown) => isDeepStrictEqual(value, entry.value);
  if (same(item.value) && [item.source, ...(item.corroboratedBy ?? [])].some(cites)) return true;
  return (item.history ?? []).some((h) => same(h.value) && cites(h.source));
}

describe.skipIf(missing.length > 0)('content matches both facts files', () => {
  // The callback still runs to collect tests when skipped: read nothing that is not there.
  if (missing.length > 0) return;
  const base = JSON.parse(readFileSync(basePath, 'utf8')) as BaseFile;
  const update = JSON.parse(readFileSync(updatePath, 'utf8')) as UpdateFile;
  const content = loadContent();
  const { tree } = loadContentTree(CONTENT_DIR);
  const replacements = new Map(
    tree.replacements.map((e) => [e.id, ReplacementSchema.parse(e.data) as Replacement]),
  );
  const lines = tree.lines.map((e) => LineSchema.parse(e.data));
  // The 2026-12 check's re-readings of the replacements, where that file is present.
  const newerPath = join(dataDir, 'gpt-mini-facts-2026-12.json');
  const newer = existsSync(newerPath)
    ? (JSON.parse(readFileSync(newerPath, 'utf8')) as Pick<UpdateFile, 'successor_models'>)
    : undefined;
  const rechecked = (id: string, key: string) => {
    const values = newer?.successor_models.find((m) => m.id === id)?.values ?? {};
    return (RECHECKED_BY[key] ?? []).some((k) => values[k] !== undefined);
  };

  it('has a content file for every model of the line and every replacement they name', () => {
    // The rest of the family (the 2026-12 check) is cross-checked in facts-file-2026-12.test.ts.
    expect([...content.models.keys()]).toEqual(
      expect.arrayContaining(base.models.map((m) => m.id)),
    );
    expect([...replacements.keys()]).toEqual(
      expect.arrayContaining(update.successor_models.map((m) => m.id)),
    );
  });

  it('cites every source at the address the newest facts file that has it gives', () => {
    const relatedUrls = base.related_models.flatMap((m) => (m.source ?? '').split(' ; '));
    // The later files (the 2026-12 check, providers) win where they list a source too.
    const later = LATER_FILES.map((name) => join(dataDir, name))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { sources: BaseFile['sources'] });
    for (const [id, source] of content.sources) {
      const key = factsKey(id);
      // `modelsdev-<model>` ids are the base file's per-model template (`…/{id}.toml`).
      const files = id.startsWith('modelsdev-')
        ? [base.sources]
        : [...later.map((f) => f.sources), update.sources, base.sources];
      const newest = files.find((sources) => sources[key]);
      const url = newest?.[key]?.url.replace('{id}', id.replace(/^modelsdev-/, ''));
      if (url) expect(source.url, id).toBe(url);
      else expect(relatedUrls, `${id} is in neither facts file`).toContain(source.url);
    }
  });

  it('states no line as checked before this update', () => {
    for (const line of lines) expect(line.verified >= update.checked).toBe(true);
  });

  describe.each(base.models.map((m) => [m.id, m] as const))('%s', (id, fm) => {
    const model = modelEntry(content, id).data;
    const updated = update.models.find((m) => m.id === id)?.values ?? {};
    const state = lifecycleState(model.lifecycle, { day: update.checked, checked: update.checked });

    it('has the name, release date and default snapshot', () => {
      expect(model.name).toBe(fm.name);
      expect(model.released.value).toBe(fm.released);
      expect(model.snapshots[0]?.id).toBe(fm.snapshot);
    });

    it.each([
      ['context_window_tokens', () => model.contextWindow],
      ['max_input_tokens', () => model.maxInput],
      ['max_output_tokens', () => model.maxOutput],
      ['price_input_per_1m_usd', () => model.pricing.input],
      ['price_cached_input_per_1m_usd', () => model.pricing.cachedInput],
      ['price_output_per_1m_usd', () => model.pricing.output],
    ] as const)('%s has the same value, source and confidence', (key, get) => {
      const entry = updated[key] ?? fm.values[key];
      expect(sourced(get())).toEqual(entry ? expected(entry) : { unknown: 'not-in-sources' });
    });

    it('has the knowledge cutoff the facts file gives', () => {
      const cutoff = model.knowledgeCutoff;
      expect(
        'value' in cutoff && String(fm.values['knowledge_cutoff']?.value).startsWith(cutoff.value),
      ).toBe(true);
    });

    it('has every numeric benchmark score of the facts file, from the same source', () => {
      const scores = Object.entries(fm.benchmarks).filter(([, b]) => typeof b.value === 'number');
      for (const [name, b] of scores) {
        const match = model.benchmarks.find(
          (s) => s.score === b.value && factsKey(s.source) === b.source,
        );
        expect(match, `${name} = ${String(b.value)} from ${b.source}`).toBeDefined();
      }
    });

    it('shows the update’s shutdown as the current one, or none where it has none', () => {
      const shutdown = updated['api_shutdown'];
      if (!shutdown) {
        expect(state.shutdown).toBeUndefined();
        return;
      }
      const value = shutdown.value as {
        date: string;
        ids: string[];
        announced: string;
        replacement: string;
      };
      expect({
        date: state.shutdown?.date,
        ids: state.shutdown?.ids.map((i) => i.id).sort(),
        announced: state.shutdown?.announced,
        replacement: state.replacement,
        source: factsKey(state.shutdown?.source ?? ''),
        confidence: state.shutdown?.confidence,
      }).toEqual({
        date: value.date,
        ids: [...value.ids].sort(),
        announced: value.announced,
        replacement: value.replacement,
        source: shutdown.source,
        confidence: shutdown.confidence,
      });
    });

    it('keeps the base file’s API status as history, cited in the file', () => {
      const status = fm.values['api_status'];
      expect(status, 'the base file has an api_status for every model').toBeDefined();
      const cited = [...sourceRefs(model)].map((ref) => factsKey(ref.id));
      expect(cited).toContain(status?.source);
    });

    it('has every fine-tuning date of both files as a lifecycle date', () => {
      const texts = [fm.values['fine_tuning_winddown'], updated['fine_tuning_winddown_update']];
      const days = texts.flatMap((t) => String(t?.value ?? '').match(/\d{4}-\d{2}-\d{2}/g) ?? []);
      const eventDays = model.lifecycle.map((e) => ('date' in e ? e.date : e.asOf));
      for (const day of days) expect(eventDays, day).toContain(day);
    });
  });

  it('keeps GPT-5 mini’s earlier replacement as dated history, with its own source', () => {
    const state = lifecycleState(modelEntry(content, 'gpt-5-mini').data.lifecycle, {
      day: update.checked,
      checked: update.checked,
    });
    expect(state.replacementChanges.map((c) => [c.from, c.to])).toEqual([
      ['gpt-5.6-terra', 'gpt-6.1-terra'],
    ]);
    expect(state.earlierReadings[0]?.source).not.toBe(state.shutdown?.source);
  });

  it('records GPT-5.4 mini’s 2026-11 API check, as of the day it was made', () => {
    const check = update.models.find((m) => m.id === 'gpt-5.4-mini')?.values['api_status_update'];
    const state = lifecycleState(modelEntry(content, 'gpt-5.4-mini').data.lifecycle, {
      day: update.checked,
      checked: update.checked,
    });
    expect(state.lastCheck).toMatchObject({
      asOf: update.checked,
      source: check?.source.toLowerCase().replaceAll('_', '-'),
      confidence: check?.confidence,
    });
  });

  it('points new work where OpenAI’s overview does now, keeping the old pointer as history', () => {
    const pointer = update.models.find((m) => m.id === 'gpt-5.4-mini')?.values[
      'openai_recommendation_update'
    ];
    // The 2026-11 reading is the current pointer, or corroborates a later reading of the same page.
    const recommendation = lines
      .flatMap((l) => l.recommendations)
      .find((r) =>
        [r.source, ...(r.corroboratedBy ?? [])].some((id) => factsKey(id) === pointer?.source),
      );
    expect(recommendation, `a line recommendation citing ${pointer?.source ?? '?'}`).toBeDefined();
    expect(recommendation?.confidence).toBe(pointer?.confidence);
    expect(recommendation && recommendation.asOf >= update.checked).toBe(true);
    expect(recommendation?.history?.length).toBeGreaterThan(0);
  });

  describe.each(update.successor_models.map((m) => [m.id, m] as const))(
    'replacement %s',
    (id, sm) => {
      const model = replacements.get(id);
      if (!model) throw new Error(`content/replacements/${id}.yaml is missing`);

      it('has the name, and is never called a mini', () => {
        expect(model.name).toBe(sm.name);
        expect(model.name).not.toMatch(/mini/i);
      });

      it.each([
        ['released', () => model.released],
        ['context_window_tokens', () => model.contextWindow],
        ['max_input_tokens', () => model.maxInput],
        ['max_output_tokens', () => model.maxOutput],
        ['knowledge_cutoff', () => model.knowledgeCutoff],
        ['price_input_per_1m_usd', () => model.pricing.input],
        ['price_cached_input_per_1m_usd', () => model.pricing.cachedInput],
        ['price_output_per_1m_usd', () => model.pricing.output],
        ['reasoning_efforts', () => model.reasoning],
        ['fine_tuning', () => model.features.fineTuning],
      ] as const)('%s has the same value, source and confidence', (key, get) => {
        const entry = sm.values[key];
        const item = get();
        if (!rechecked(id, key)) {
          expect(sourced(item)).toEqual(entry ? expected(entry) : { unknown: 'not-in-sources' });
        } else if (entry) {
          expect(keepsReading(item, entry), `${id}: the 2026-11 ${key}, cited`).toBe(true);
        }
      });

      it('has the modalities and the long-context surcharge the update states', () => {
        const modalities = sm.values['modalities']?.value as
          { input: string[]; output: string[] } | undefined;
        const input = model.modalities.input;
        if (modalities || !rechecked(id, 'modalities'))
          expect('value' in input ? input.value : undefined).toEqual(modalities?.input);
        const text = String(sm.values['long_context_pricing']?.value ?? '');
        if (!text) {
          expect(model.pricing.longContext).toBeUndefined();
          return;
        }
        const [, above, inputFactor, outputFactor] =
          /over (\d+)K .* at (\d+(?:\.\d+)?)x, output at (\d+(?:\.\d+)?)x/.exec(text) ?? [];
        expect(model.pricing.longContext?.value).toEqual({
          aboveInputTokens: Number(above) * 1000,
          inputFactor: Number(inputFactor),
          cachedInputFactor: Number(inputFactor),
          outputFactor: Number(outputFactor),
        });
      });

      it('is the replacement some version names, or was before', () => {
        const named = [...content.models.values()].flatMap((m) =>
          m.data.lifecycle.flatMap((e) =>
            e.type === 'shutdown' && e.replacement ? [e.replacement] : [],
          ),
        );
        expect(named).toContain(id);
      });
    },
  );
});

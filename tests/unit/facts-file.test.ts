/**
 * Cross-checks the transcribed content against the shared facts file it was built from
 * (../shared/data/gpt-mini-facts.json, or $FACTS_FILE): a wrong number here is the worst bug the
 * catalog can have. Skipped, with a note, where the facts file is not beside the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, modelEntry } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

interface FactsValue {
  value: unknown;
  source: string;
  confidence: string;
}
interface FactsModel {
  id: string;
  name: string;
  snapshot: string;
  released: string;
  values: Record<string, FactsValue>;
  benchmarks: Record<string, { value: unknown; source: string }>;
}
interface FactsFile {
  sources: Record<string, { url: string }>;
  models: FactsModel[];
}

const factsPath =
  process.env['FACTS_FILE'] ?? join(PROJECT_ROOT, '..', 'shared/data/gpt-mini-facts.json');
const present = existsSync(factsPath);
if (!present) console.warn(`facts-file tests skipped: ${factsPath} not found (set FACTS_FILE)`);

/** Content source id → facts file key: `4om-blog` → `4OM_BLOG`; `modelsdev-<model>` → `MODELSDEV`. */
const factsKey = (id: string) =>
  id.startsWith('modelsdev-') ? 'MODELSDEV' : id.toUpperCase().replaceAll('-', '_');

describe.skipIf(!present)('content matches the facts file', () => {
  const facts = present
    ? (JSON.parse(readFileSync(factsPath, 'utf8')) as FactsFile)
    : { sources: {}, models: [] };
  const content = loadContent();

  it('has a content file for every model in the facts file, and no other', () => {
    expect([...content.models.keys()].sort()).toEqual(facts.models.map((m) => m.id).sort());
  });

  it('cites every source at the address the facts file gives', () => {
    for (const [id, source] of content.sources) {
      const expected = facts.sources[factsKey(id)]?.url.replace(
        '{id}',
        id.replace(/^modelsdev-/, ''),
      );
      expect(source.url, id).toBe(expected);
    }
  });

  describe.each(facts.models.map((m) => [m.id, m] as const))('%s', (id, fm) => {
    const model = modelEntry(content, id).data;

    it('has the name, release date and default snapshot', () => {
      expect(model.name).toBe(fm.name);
      expect(model.released.value).toBe(fm.released);
      expect(model.snapshots[0]?.id).toBe(fm.snapshot);
    });

    const numeric: [string, () => unknown][] = [
      ['context_window_tokens', () => model.contextWindow],
      ['max_input_tokens', () => model.maxInput],
      ['max_output_tokens', () => model.maxOutput],
      ['price_input_per_1m_usd', () => model.pricing.input],
      ['price_cached_input_per_1m_usd', () => model.pricing.cachedInput],
      ['price_output_per_1m_usd', () => model.pricing.output],
    ];
    it.each(numeric)('%s has the same value, source and confidence', (key, get) => {
      const expected = fm.values[key];
      const actual = get() as {
        value?: unknown;
        source?: string;
        confidence?: string;
        unknown?: string;
      };
      if (!expected) {
        expect(
          actual.unknown,
          `${key} is not in the facts file, so it must be unknown`,
        ).toBeDefined();
        return;
      }
      expect(actual.value).toBe(expected.value);
      expect(factsKey(actual.source ?? '')).toBe(expected.source);
      expect(actual.confidence).toBe(expected.confidence);
    });

    it('has the knowledge cutoff the facts file gives', () => {
      const expected = String(fm.values['knowledge_cutoff']?.value ?? '');
      const actual = model.knowledgeCutoff;
      expect('value' in actual && expected.startsWith(actual.value)).toBe(true);
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
  });
});

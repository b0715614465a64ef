/**
 * The values the source watch looks for: every value cited to a source, found by walking parsed
 * content generically, each with the file and field to edit. What cannot be found in text is
 * counted with its reason, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { citedValues, type CitedValue, type ParsedEntry } from '../../src/watch/cited-values.ts';
import { baseModel, baseReplacement } from '../support/builders.ts';

const FILE = 'content/models/a.yaml';
const modelEntry = (data: unknown): ParsedEntry => ({
  collection: 'models',
  id: 'a',
  file: FILE,
  prefix: '',
  data,
});

/** `field → check or skip reason` for one source, in document order. */
function byField(values: CitedValue[], source?: string): Record<string, unknown> {
  return Object.fromEntries(
    values
      .filter((value) => source === undefined || value.source === source)
      .map((value) => [value.field, 'check' in value ? value.check : value.skipped]),
  );
}

const model = baseModel({
  summary: { value: 'Our smallest model yet.', source: 'blog', verbatim: true },
  knowledgeCutoff: {
    value: '2024-06-01',
    source: 'docs',
    conflicts: [{ value: '2024-05', source: 'third' }],
  },
  pricing: {
    input: { value: 0.25, source: 'docs', corroboratedBy: ['blog'] },
    cachedInput: { value: 0.025, source: 'docs' },
    output: {
      value: 2,
      source: 'docs',
      history: [{ value: 1.6, asOf: '2025-01', source: 'docs' }],
    },
    tiers: [
      {
        tier: 'batch',
        rates: [
          { kind: 'input', usdPer1M: 0.125 },
          { kind: 'output', usdPer1M: 1 },
        ],
        source: 'docs',
      },
      { tier: 'flex', factor: 0.5, source: 'docs' },
    ],
    notes: [{ value: 'Cached input costs a tenth.', source: 'docs' }],
  },
  lifecycle: [
    {
      type: 'shutdown',
      date: '2026-12-11',
      announced: '2026-06-11',
      ids: [
        { id: 'a', kind: 'alias' },
        { id: 'test-mini-2025-01-02', kind: 'snapshot' },
      ],
      replacement: 'terra',
      asOf: '2026-11-25',
      source: 'docs',
    },
    {
      type: 'shutdown',
      date: '2026-11-30',
      ids: [{ id: 'test-mini-2025-01-02', kind: 'snapshot' }],
      asOf: '2026-08-01',
      source: 'blog',
    },
    { type: 'api-check', asOf: '2026-07', finding: 'Still served.', source: 'docs' },
  ],
  benchmarks: [{ benchmark: 'mmlu', score: 82, effort: 'not-stated', source: 'blog' }],
});

describe('values cited to a source', () => {
  const values = citedValues([modelEntry(model)]);

  it('finds each value cited to the model page, with its field and how to look for it', () => {
    expect(byField(values, 'docs')).toEqual({
      'snapshots.0.id': { kind: 'id', value: 'test-mini-2025-01-02' },
      'contextWindow.value': { kind: 'count', value: 100000 },
      'maxOutput.value': { kind: 'count', value: 10000 },
      'knowledgeCutoff.value': { kind: 'date', value: '2024-06-01' },
      'modalities.input.value': 'structured',
      'modalities.output.value': 'structured',
      'pricing.input.value': { kind: 'price', value: 0.25 },
      'pricing.cachedInput.value': { kind: 'price', value: 0.025 },
      'pricing.output.value': { kind: 'price', value: 2 },
      'pricing.output.history.0.value': 'earlier-value',
      'pricing.tiers.0.rates.0.usdPer1M': { kind: 'price', value: 0.125 },
      'pricing.tiers.0.rates.1.usdPer1M': { kind: 'price', value: 1 },
      'pricing.tiers.1': 'no-value',
      'pricing.notes.0.value': 'prose',
      'lifecycle.0.date': { kind: 'date', value: '2026-12-11' },
      'lifecycle.0.announced': { kind: 'date', value: '2026-06-11' },
      'lifecycle.0.ids.0.id': { kind: 'id', value: 'a' },
      'lifecycle.0.ids.1.id': { kind: 'id', value: 'test-mini-2025-01-02' },
      'lifecycle.0.replacement': { kind: 'id', value: 'terra' },
      'lifecycle.2': 'no-value',
    });
  });

  it('checks quotations and corroborating sources, and skips history and scores', () => {
    expect(byField(values, 'blog')).toEqual({
      'summary.value': { kind: 'quote', value: 'Our smallest model yet.' },
      'released.value': { kind: 'date', value: '2025-01-02' },
      'pricing.input.value': { kind: 'price', value: 0.25 },
      // An older reading of the shutdown: the catalog already keeps it as history.
      'lifecycle.1.date': 'earlier-value',
      'lifecycle.1.ids.0.id': 'earlier-value',
      'benchmarks.0.score': 'score',
    });
  });

  it("reads a conflict's value as its own source's claim", () => {
    expect(byField(values, 'third')).toEqual({
      'knowledgeCutoff.conflicts.0.value': { kind: 'date', value: '2024-05' },
    });
  });

  it('names the file of each value', () => {
    expect(new Set(values.map((value) => value.entry.file))).toEqual(new Set([FILE]));
  });

  it('covers a field the schemas do not have yet, as long as it is { value, source }', () => {
    const future = {
      ...model,
      speed: { value: 1250, source: 'docs' },
      flag: { value: true, source: 'docs' },
    };
    expect(byField(citedValues([modelEntry(future)]), 'docs')).toMatchObject({
      'speed.value': { kind: 'count', value: 1250 },
      'flag.value': 'yes-no',
    });
  });

  it.each<[string, unknown, unknown]>([
    [
      'a number written as text in pricing',
      { pricing: { x: { value: '$0.30', source: 'd' } } },
      { kind: 'price', value: 0.3 },
    ],
    [
      'a whole number outside pricing',
      { x: { value: '1,047,576', source: 'd' } },
      { kind: 'count', value: 1047576 },
    ],
    [
      'a decimal outside pricing',
      { x: { value: 1.5, source: 'd' } },
      { kind: 'number', value: 1.5 },
    ],
    [
      'an id',
      { x: { value: 'gpt-6.1-terra', source: 'd' } },
      { kind: 'id', value: 'gpt-6.1-terra' },
    ],
    ['a word that is no id', { x: { value: 'medium', source: 'd' } }, 'prose'],
    ['a year', { x: { value: '2026', source: 'd' } }, { kind: 'date', value: '2026' }],
    ['a list', { x: { value: ['a', 'b'], source: 'd' } }, 'structured'],
  ])('classifies %s', (_, data, expected) => {
    const [value] = citedValues([modelEntry(data)]);
    expect(value && ('check' in value ? value.check : value.skipped)).toEqual(expected);
  });

  it('prefixes the fields of an entry that is a key of a shared file', () => {
    const entry: ParsedEntry = {
      collection: 'things',
      id: 'k',
      file: 'content/things.yaml',
      prefix: 'k',
      data: { size: { value: 5000, source: 'd' } },
    };
    expect(citedValues([entry]).map((value) => value.field)).toEqual(['k.size.value']);
  });

  it('walks replacement models alike', () => {
    const replacement = baseReplacement();
    const values = citedValues([
      {
        collection: 'replacements',
        id: 'terra',
        file: 'content/replacements/terra.yaml',
        prefix: '',
        data: replacement,
      },
    ]);
    expect(byField(values, 'docs')).toMatchObject({
      'contextWindow.value': { kind: 'count', value: 1000000 },
      'pricing.input.value': { kind: 'price', value: 2 },
    });
  });
});

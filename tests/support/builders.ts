/**
 * Test data from builders, not from live content: a lib or component test states the facts it
 * depends on, so a content edit can neither break it nor quietly weaken it. Every builder parses
 * its result through the real schema, so a test can only build data the site could hold.
 */
import {
  BenchmarkSchema,
  LineSchema,
  ModelSchema,
  ReplacementSchema,
  type Benchmark,
  type Line,
  type Model,
  type Replacement,
  type Source,
} from '../../src/schemas/index.ts';
import type { ModelEntry } from '../../src/lib/lineage/members.ts';

type Input<T> = { [K in keyof T]?: unknown };

/** Sources the builders cite: `docs` and `blog` are first-party, `third` is not. */
export const SOURCES: ReadonlyMap<string, Source> = new Map([
  [
    'docs',
    {
      url: 'https://example.com/docs',
      title: 'Model page',
      publisher: 'OpenAI',
      date: null,
      kind: 'first-party',
    },
  ],
  [
    'blog',
    {
      url: 'https://example.com/blog',
      title: 'Launch post',
      publisher: 'OpenAI',
      date: '2025-01-02',
      kind: 'first-party',
    },
  ],
  [
    'third',
    {
      url: 'https://example.org/post',
      title: 'A reading',
      publisher: 'Someone',
      date: null,
      kind: 'third-party',
    },
  ],
] as const);

const unknown = { unknown: 'not-in-sources' };
const features = Object.fromEntries(
  [
    'functionCalling',
    'structuredOutputs',
    'imageInput',
    'audio',
    'fineTuning',
    'batchApi',
    'streaming',
  ].map((key) => [key, unknown]),
);

/** The raw fields of a minimal valid model: every fact sourced to `docs` or explicitly unknown. */
export const BASE_MODEL = {
  name: 'Test mini',
  summary: { value: 'A small test model.', source: 'docs' },
  released: { value: '2025-01-02', source: 'blog' },
  snapshots: [{ id: 'test-mini-2025-01-02', source: 'docs' }],
  contextWindow: { value: 100000, source: 'docs' },
  maxInput: unknown,
  maxOutput: { value: 10000, source: 'docs' },
  knowledgeCutoff: { value: '2024-06-01', source: 'docs' },
  modalities: {
    input: { value: ['text'], source: 'docs' },
    output: { value: ['text'], source: 'docs' },
  },
  parameters: { unknown: 'not-disclosed' },
  architecture: { unknown: 'not-disclosed' },
  license: unknown,
  weights: unknown,
  reasoning: unknown,
  features,
  tools: unknown,
  pricing: {
    input: { value: 1, source: 'docs' },
    cachedInput: { value: 0.5, source: 'docs' },
    output: { value: 4, source: 'docs' },
    tiers: [],
    notes: [],
  },
  claims: {},
  lifecycle: [],
  recommendations: [],
  benchmarks: [],
  strengths: [{ text: 'Cheap input.', evidence: 'price.input' }],
  bestFor: [{ text: 'Tests.', evidence: 'price.input' }],
};

/** The pricing of a text-to-speech model: text in at $0.60, audio out at $12.00 per 1M tokens. */
export const SPEECH_PRICING = {
  input: { value: 0.6, source: 'docs' },
  cachedInput: unknown,
  output: unknown,
  audio: { input: unknown, cachedInput: unknown, output: { value: 12, source: 'docs' } },
  tiers: [],
  notes: [],
};

/** A valid model: BASE_MODEL with the given top-level fields replaced. */
export function baseModel(overrides: Input<Model> = {}): Model {
  return ModelSchema.parse({ ...BASE_MODEL, ...overrides });
}

/** A model with its id, for functions that take line members. */
export function entry(id: string, overrides: Input<Model> = {}): ModelEntry {
  return { id, data: baseModel(overrides) };
}

/** The raw fields of a minimal valid replacement model. */
const BASE_REPLACEMENT = {
  name: 'Test Terra',
  released: { value: '2026-10-01', source: 'blog' },
  contextWindow: { value: 1000000, source: 'docs' },
  maxInput: unknown,
  maxOutput: { value: 100000, source: 'docs' },
  knowledgeCutoff: { value: '2026-01-01', source: 'docs' },
  modalities: {
    input: { value: ['text'], source: 'docs' },
    output: { value: ['text'], source: 'docs' },
  },
  reasoning: { value: { efforts: ['none', 'medium'], default: 'medium' }, source: 'docs' },
  features,
  pricing: {
    input: { value: 2, source: 'docs' },
    cachedInput: { value: 0.2, source: 'docs' },
    output: { value: 8, source: 'docs' },
    tiers: [],
    notes: [],
  },
  notes: [],
};

export function baseReplacement(overrides: Input<Replacement> = {}): Replacement {
  return ReplacementSchema.parse({ ...BASE_REPLACEMENT, ...overrides });
}

export function baseLine(overrides: Input<Line> = {}): Line {
  return LineSchema.parse({
    name: 'Test',
    description: 'A test line.',
    members: ['a'],
    verified: '2026-11-25',
    recommendations: [],
    ...overrides,
  });
}

/** A valid benchmark: a percentage where higher is better, unless overridden. */
export function baseBenchmark(overrides: Input<Benchmark> = {}): Benchmark {
  return BenchmarkSchema.parse({
    name: 'Test bench',
    measures: 'Something measurable.',
    category: 'knowledge',
    unit: 'percent',
    higherIsBetter: true,
    url: null,
    ...overrides,
  });
}

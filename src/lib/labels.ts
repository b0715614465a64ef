/**
 * Every reader-facing name of a schema key: features, tiers, rates, efforts, units, benchmark
 * categories, modalities, id kinds, products and unknowns. Components, pages, the FAQ and the
 * browser scripts all name things through here, so no schema key reaches a reader. Pure.
 */
import type { Benchmark, BenchmarkUnitName } from '../schemas/benchmark.ts';
import type { Score } from '../schemas/model.ts';
import type { ModalityName } from '../schemas/primitives.ts';
import type { RateKindName, TierKindName } from '../schemas/pricing.ts';
import type { z } from 'astro/zod';
import type { FeaturesSchema } from '../schemas/specs.ts';
import type { ModelIdKind } from '../schemas/lifecycle.ts';
import type { ProviderRateKindName, ProviderTierName } from '../schemas/availability.ts';
import type { UnitName } from './calculator/units.ts';

export type FeatureKey = keyof z.infer<typeof FeaturesSchema>;

/** API features, in display order. */
export const FEATURE_LABELS: Record<FeatureKey, string> = {
  functionCalling: 'Function calling',
  structuredOutputs: 'Structured outputs',
  imageInput: 'Image input',
  audio: 'Audio',
  fineTuning: 'Fine-tuning',
  batchApi: 'Batch API',
  streaming: 'Streaming',
};

/** The feature keys in display order. */
export const FEATURE_KEYS = Object.keys(FEATURE_LABELS) as FeatureKey[];

/** Price tiers. */
export const TIER_LABELS: Record<TierKindName, string> = {
  batch: 'Batch API',
  flex: 'Flex processing',
  priority: 'Priority processing',
  fast: 'Fast mode',
  'fine-tuned': 'Fine-tuned model inference',
  training: 'Fine-tuning training',
};

/** A tier's name, or the standard rates' when there is no tier (the calculator's tier menu). */
export function tierLabel(tier: TierKindName | 'standard'): string {
  return tier === 'standard' ? 'Standard' : TIER_LABELS[tier];
}

/** Kinds of rate, as they read inside a sentence ("$0.30 cached input"). */
export const RATE_LABELS: Record<RateKindName, string> = {
  input: 'input',
  'cached-input': 'cached input',
  output: 'output',
  training: 'training',
};

/**
 * The kinds of token a model is priced by, each in its own unit (US dollars per 1M tokens of that
 * kind): a text rate and an audio rate are never added together.
 */
export const TOKEN_KIND_LABELS = {
  text: 'Text tokens',
  audio: 'Audio tokens',
  image: 'Image tokens',
} as const;

/**
 * The lines of a request the unit calculator prices, each in its own unit: tokens of one kind and
 * part, or generated images.
 */
export const REQUEST_UNIT_LABELS: Record<UnitName, string> = {
  'text-input': 'Text input tokens',
  'text-cached': 'Cached text input tokens',
  'text-output': 'Text output tokens',
  'audio-input': 'Audio input tokens',
  'audio-cached': 'Cached audio input tokens',
  'audio-output': 'Audio output tokens',
  'image-input': 'Image input tokens',
  'image-cached': 'Cached image input tokens',
  'image-output': 'Image output tokens',
  images: 'Generated images',
};

/** Built-in tools priced per call. */
export const TOOL_LABELS = { 'web-search': 'Web search' } as const;

/** Image quality settings, as the price list names them. */
export const QUALITY_LABELS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** A score's reasoning effort as a reader reads it. */
export function effortLabel(effort: Score['effort']): string {
  if (effort === 'not-applicable') return 'no reasoning step';
  if (effort === 'not-stated') return 'not stated';
  return effort;
}

/** Units of benchmark scores. */
export const UNIT_LABELS: Record<BenchmarkUnitName, string> = {
  percent: 'percent',
  usd: 'US dollars earned',
  'edit-distance': 'edit distance',
};

/** Benchmark categories, in the order model pages show them. */
export const CATEGORY_LABELS: Record<Benchmark['category'], string> = {
  knowledge: 'Knowledge',
  reasoning: 'Reasoning',
  math: 'Maths',
  coding: 'Coding',
  'agents-and-tools': 'Agents and tool use',
  'instruction-following': 'Instruction following',
  'long-context': 'Long context',
  multimodal: 'Multimodal',
  factuality: 'Factuality and hallucination',
};

/** A benchmark's name with the setup its score was run in: `GPQA Diamond (no tools)`. */
export function withSetup(name: string, setup: string | null | undefined): string {
  return setup ? `${name} (${setup})` : name;
}

const MODALITY_LABELS: Record<ModalityName, string> = {
  text: 'text',
  image: 'image',
  audio: 'audio',
  video: 'video',
};

/** `['text', 'image']` → `Text, image`. */
export function modalitiesLabel(list: readonly ModalityName[]): string {
  const text = list.map((m) => MODALITY_LABELS[m]).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether an id is the alias or a dated snapshot. */
export const ID_KIND_LABELS: Record<z.infer<typeof ModelIdKind>, string> = {
  alias: 'alias',
  snapshot: 'dated snapshot',
};

/** OpenAI products other than the API. */
export const PRODUCT_LABELS = { chatgpt: 'ChatGPT', codex: 'Codex' } as const;

/** A provider's price lists (Azure's deployment types, OpenRouter's EU routing). */
export const PROVIDER_TIER_LABELS: Record<ProviderTierName, string> = {
  standard: 'Price',
  batch: 'Batch',
  global: 'Global',
  'data-zone': 'Data Zone',
  regional: 'Regional',
  'global-batch': 'Global Batch',
  'global-priority': 'Global Priority',
  'global-flex': 'Global Flex',
  'eu-in-region': 'EU in-region routing',
};

/** Kinds of rate a provider lists, as they read inside a sentence ("$0.125 cache write"). */
export const PROVIDER_RATE_LABELS: Record<ProviderRateKindName, string> = {
  input: 'input',
  'cached-input': 'cached input',
  'cache-write': 'cache write',
  output: 'output',
};

/** Why a value is unknown. */
export function unknownLabel(reason: 'not-disclosed' | 'not-in-sources'): string {
  return reason === 'not-disclosed' ? 'Not disclosed' : 'Not stated in sources';
}

/** `true` → `Yes`. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

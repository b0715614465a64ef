/**
 * The shapes a comparison is made of. What the build renders pair pages from and what the browser
 * fetches for any selection are the same types, so both draw from one set of functions.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { ConfidenceLevel, Knowable } from '../../schemas/fact.ts';
import type { Score } from '../../schemas/model.ts';
import type { Pricing } from '../../schemas/pricing.ts';
import type { ModalityName } from '../../schemas/primitives.ts';
import type { FeatureKey } from '../labels.ts';
import type { Cell } from './cells.ts';
import type { Source } from '../../schemas/source.ts';

/** A value with where it came from and how sure it is; null when unknown (shown as "—"). */
export type Sourced<T> = { value: T; source: string; confidence: ConfidenceLevel } | null;

export type FactValue = number | string | boolean | string[];

export interface CompareScore {
  benchmark: string;
  setup: string | null;
  effort: string;
  score: number;
  source: string;
  confidence: ConfidenceLevel;
}

/** What a comparison needs of one model, and nothing more (it is shipped to the browser). */
export interface CompareModel {
  id: string;
  name: string;
  /** A version of a line, or a model OpenAI lists as a replacement for one. */
  kind: 'version' | 'replacement';
  /** The picker group it is listed in: its line's id, or REPLACEMENTS_GROUP. */
  group: string;
  /** Null when no source gives a release date. */
  released: string | null;
  facts: Record<string, Sourced<FactValue>>;
  scores: CompareScore[];
  /**
   * Its status at each provider with a row for it (not third-party listings), by provider id in
   * the order its page lists them; absent where no provider row covers it.
   */
  providers?: Record<string, CompareProviderStatus>;
}

/**
 * A model's status at one provider, worded when the file is published: a table cell as it is
 * shown (`display`, from src/lib/providers/wording.ts; a source only where the status has one),
 * with the provider's name for the row's label.
 */
export interface CompareProviderStatus extends Cell {
  /** The provider's name: the label of its row. */
  name: string;
  /** The provider offers it itself: only a provider offering a selected model gets a row. */
  offered?: true;
}

export interface CompareBenchmark {
  name: string;
  unit: Benchmark['unit'];
  higherIsBetter: boolean;
}

/** What moving from a version to the model OpenAI lists as its replacement asks of a reader. */
export interface Migration {
  from: string;
  to: string;
  notes: SourcedLine[];
}

/**
 * One model's comparison file (/compare/data/<id>.json): its facts and scores, and the metadata
 * of only the benchmarks and sources those use, so a selection loads what it shows and no more.
 */
export interface CompareFile {
  model: CompareModel;
  benchmarks: Record<string, CompareBenchmark>;
  sources: Record<string, Source>;
  /** Present on a version whose listed replacement is in the catalog. */
  migration?: Migration;
}

/** Several comparison files merged: everything a selection of them needs. */
export interface CompareSet {
  models: ReadonlyMap<string, CompareModel>;
  benchmarks: Readonly<Record<string, CompareBenchmark>>;
  sources: ReadonlyMap<string, Source>;
  migrations: readonly Migration[];
}

/** The id of the picker group that holds the models OpenAI lists as replacements. */
export const REPLACEMENTS_GROUP = 'replacements';

/** A picker group: a line's versions, or the replacement models (/compare/lines/<id>.json). */
export interface CompareGroup {
  id: string;
  name: string;
  kind: 'line' | 'replacements';
  members: { id: string; name: string }[];
}

/** What a comparison reads of a version or of a replacement model: the fields both have. */
export interface ComparableSpecs {
  name: string;
  released: Knowable<string>;
  contextWindow: Knowable<number>;
  maxInput: Knowable<number>;
  maxOutput: Knowable<number>;
  knowledgeCutoff: Knowable<string>;
  modalities: { input: Knowable<ModalityName[]>; output: Knowable<ModalityName[]> };
  reasoning: Knowable<{ efforts: string[]; default: string | null }>;
  features: Record<FeatureKey, Knowable<boolean>>;
  pricing: Pricing;
  tools?: Knowable<string[]>;
  benchmarks?: Score[];
}

/** A source behind a line of text. */
export interface LineSource {
  source: string;
  confidence: ConfidenceLevel;
}

export interface SourcedLine {
  text: string;
  sources: LineSource[];
  /** The text is the first source's own words: show it as a quotation attributed to it. */
  quote?: boolean;
}

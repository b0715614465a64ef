/**
 * What every rule across entries shares: the entries that passed their schema, the path of a
 * field, and the one way a rule reports a problem (file, dotted field path, message).
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Comparison, ComparisonModel } from '../../schemas/comparison.ts';
import type { FaqEntry } from '../../schemas/faq.ts';
import type { Line } from '../../schemas/line.ts';
import type { Model } from '../../schemas/model.ts';
import type { NamedModel, NotModel } from '../../schemas/other-ids.ts';
import type { Replacement } from '../../schemas/replacement.ts';
import type { Source, UncitableSource } from '../../schemas/source.ts';
import type { Availability } from '../../schemas/availability.ts';
import type { Provider } from '../../schemas/provider.ts';
import type { FieldPath } from '../../lib/sources/refs.ts';
import type { RawEntry } from '../types.ts';

export interface Parsed<T> {
  id: string;
  file: string;
  /** Prefix for field paths: the key for keyed entries, empty for one-file entries. */
  prefix: string;
  data: T;
}

export interface ParsedTree {
  lines: Parsed<Line>[];
  models: Parsed<Model>[];
  replacements: Parsed<Replacement>[];
  sources: Parsed<Source>[];
  benchmarks: Parsed<Benchmark>[];
  comparisonModels: Parsed<ComparisonModel>[];
  comparisons: Parsed<Comparison>[];
  faq: Parsed<FaqEntry>[];
  namedModels: Parsed<NamedModel>[];
  notModels: Parsed<NotModel>[];
  providers: Parsed<Provider>[];
  availability: Parsed<Availability>[];
  uncitableSources: Parsed<UncitableSource>[];
}

export type Path = FieldPath;

/** Reports one problem at `path` of the entry (under its key, for keyed entries). */
export type Add = (entry: { file: string; prefix?: string }, path: Path, message: string) => void;

/** The field-path prefix of an entry as read: its key in a keyed file, none for its own file. */
export const prefixOf = (entry: RawEntry) => (entry.keyed ? entry.id : '');

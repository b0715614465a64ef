/** Shapes shared by the content loader, the validator and its tests. */

import type { CollectionName } from '../content-layout.ts';

export type { CollectionName };

/** One entry as read from disk, before its schema is applied. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  data: unknown;
  /**
   * True for entries that are keys of one YAML map (sources, benchmarks): paths start with the key.
   */
  keyed?: boolean;
}

export type ContentTree = Record<CollectionName, RawEntry[]>;

/** One thing wrong with the content: which file, which field, and what. */
export interface Problem {
  file: string;
  /** Dotted field path, such as `pricing.input.value`; empty for the whole file. */
  path: string;
  message: string;
}

/** `content/models/x.yaml: pricing.input.value: A price cannot be negative` */
export function formatProblem(problem: Problem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

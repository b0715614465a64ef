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
  /** The line in the file, where it is known (an MDX body's). */
  line?: number;
  message: string;
}

/**
 * `content/models/x.yaml: pricing.input.value: A price cannot be negative`, or with a line,
 * `content/faq/x/y.mdx:9: <script> is not allowed…` (the form editors and terminals link).
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.path
    ? `${where}: ${problem.path}: ${problem.message}`
    : `${where}: ${problem.message}`;
}

/** Footnote numbering for a page: which number each source gets, and its details. Pure. */
import type { Source } from '../../schemas/source.ts';
import { numberSources } from './refs.ts';

/** What a source marker needs: each source's number and name, and the page's Tab stops so far. */
export interface MarkerIndex {
  numbers: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, Pick<Source, 'title' | 'publisher'>>;
  tabbed: Set<string>;
}

/** A page's markers in compact form, for a script that draws markers in the browser. */
export type MarkerData = Readonly<Record<string, readonly [number, string, string]>>;

/** The compact form of a page's markers: id → [number, title, publisher]. */
export function markerData(index: CitationIndex): MarkerData {
  return Object.fromEntries(
    citedSources(index).map(({ id, n, source }) => [id, [n, source.title, source.publisher]]),
  );
}

/** A MarkerIndex from its compact form (a fresh set of Tab stops: a redrawn region's own). */
export function markerIndex(data: MarkerData): MarkerIndex {
  const entries = Object.entries(data);
  return {
    numbers: new Map(entries.map(([id, [n]]) => [id, n])),
    sources: new Map(entries.map(([id, [, title, publisher]]) => [id, { title, publisher }])),
    tabbed: new Set(),
  };
}

export interface CitationIndex extends MarkerIndex {
  /** Source id → footnote number on this page. */
  numbers: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, Source>;
  /**
   * Sources whose marker has already taken a Tab stop on this page: each source is reached once
   * from the keyboard, then from the page's source list (a page cites a few sources many times).
   */
  tabbed: Set<string>;
}

/** Numbers every source named in `values` (in order of appearance) for one page. */
export function buildCitationIndex(
  values: readonly unknown[],
  sources: ReadonlyMap<string, Source>,
): CitationIndex {
  return { numbers: numberSources(values), sources, tabbed: new Set() };
}

/**
 * The number and source for `id`; a source missing from the page's index is a bug, so it throws.
 */
function citationFor(index: CitationIndex, id: string): { n: number; source: Source } {
  const n = index.numbers.get(id);
  const source = index.sources.get(id);
  if (n === undefined || source === undefined)
    throw new Error(`Source "${id}" is cited but not in this page's source list`);
  return { n, source };
}

/** The page's sources in footnote order. */
export function citedSources(index: CitationIndex): { id: string; n: number; source: Source }[] {
  return [...index.numbers.keys()].map((id) => ({ id, ...citationFor(index, id) }));
}

/** The sources of a benchmark glossary's scores, in page order. */
export function glossaryCitations(
  categories: readonly {
    benchmarks: readonly { scores: readonly { score: { source: string } }[] }[];
  }[],
): { source: string }[] {
  return categories.flatMap((c) =>
    c.benchmarks.flatMap((b) => b.scores.map(({ score }) => ({ source: score.source }))),
  );
}

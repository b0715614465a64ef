/** Footnote numbering for a page: which number each source gets, and its details. Pure. */
import type { Source } from '../schemas/source.ts';
import { numberSources } from './source-refs.ts';

export interface CitationIndex {
  /** Source id → footnote number on this page. */
  numbers: ReadonlyMap<string, number>;
  sources: ReadonlyMap<string, Source>;
}

/** Numbers every source named in `values` (in order of appearance) for one page. */
export function buildCitationIndex(
  values: readonly unknown[],
  sources: ReadonlyMap<string, Source>,
): CitationIndex {
  return { numbers: numberSources(values), sources };
}

/** The number and source for `id`; a source missing from the page's index is a bug, so it throws. */
export function citationFor(index: CitationIndex, id: string): { n: number; source: Source } {
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

/**
 * Everything one comparison shows, worked out once from a set of comparison files: the build
 * renders pair pages from it and the browser renders any selection from it. Pure.
 */
import type { ChartSpec } from '../charts/data.ts';
import { buildCitationIndex, type CitationIndex } from '../sources/citations.ts';
import type { SourcedLine } from './types.ts';
import { sharedBenchmarkChart } from './chart.ts';
import type { Row } from './cells.ts';
import { compareRows } from './rows.ts';
import type { CompareModel, CompareSet } from './types.ts';
import { whatChanged, type WhatChanged } from './what-changed.ts';

export interface ComparisonView {
  /** In column order. */
  models: CompareModel[];
  rows: Row[];
  changed: WhatChanged;
  /** For each selected version whose listed replacement is selected too. */
  migrations: { from: CompareModel; to: CompareModel; notes: SourcedLine[] }[];
  /** Absent when no benchmark was measured on every model in the same run. */
  chart: ChartSpec | undefined;
  /** Footnote numbers, in the order the view cites its sources. */
  index: CitationIndex;
}

/** The comparison of `ids` (in column order), each of which must be in `set`. */
export function comparisonView(set: CompareSet, ids: readonly string[]): ComparisonView {
  const models = ids.map((id) => {
    const model = set.models.get(id);
    if (!model) throw new Error(`No comparison data for "${id}"`);
    return model;
  });
  const rows = compareRows(models, set.benchmarks);
  const migrations = set.migrations.flatMap((m) => {
    const [from, to] = [set.models.get(m.from), set.models.get(m.to)];
    return from && to && ids.includes(m.from) && ids.includes(m.to)
      ? [{ from, to, notes: m.notes }]
      : [];
  });
  return {
    models,
    rows,
    changed: whatChanged(models, set.benchmarks),
    migrations,
    chart: sharedBenchmarkChart(models, rows, set.benchmarks),
    // Numbered as the view reads: migration notes come before the table.
    index: buildCitationIndex(
      [
        ...migrations.flatMap((m) => m.notes.flatMap((n) => n.sources)),
        ...rows.map((r) => r.cells),
      ],
      set.sources,
    ),
  };
}

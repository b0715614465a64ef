/**
 * A whole comparison: what changed, what moving to a listed replacement asks, the table, the chart
 * of shared benchmarks and the sources. The build renders pair pages with it and the browser
 * renders any selection with it, so the two cannot drift.
 */
import { SHARED_CHART_CAPTION } from '../compare/chart.ts';
import type { ComparisonView } from '../compare/view.ts';
import { markup, type Html } from './html.ts';
import { chartFigure, type ChartData } from './chart-figure.ts';
import { compareTable } from './compare-table.ts';
import { sourceList } from './source-list.ts';
import { sourcedLine } from './sourced-line.ts';

function whatChangedSection({ changed }: ComparisonView): Html {
  const heading = markup`<h2 id="what-changed">${changed.heading}</h2>`;
  const path = changed.path && markup`<p class="change-path">${changed.path}</p>`;
  const items = markup`<ul>${changed.items.map((item) => markup`<li>${item}</li>`)}</ul>`;
  const open = markup`<section aria-labelledby="what-changed" class="what-changed">`;
  return markup`${open}${heading}${path}${items}</section>`;
}

function migrationSections(view: ComparisonView): Html[] {
  return view.migrations.map(({ from, to, notes }) => {
    const id = `moving-${from.id}`;
    const listed =
      `OpenAI lists ${to.name} as the replacement for ${from.name} ` +
      '(the Status row gives the source).';
    const list = notes.map((note) => markup`<li>${sourcedLine(note, view.index)}</li>`);
    const asks =
      notes.length > 0
        ? markup`<p>${listed} What the move asks beyond changing the model ID:</p><ul>${list}</ul>`
        : markup`<p>${listed} The sources note nothing else that the move asks.</p>`;
    const heading = markup`<h2 id="${id}">Moving from ${from.name} to ${to.name}</h2>`;
    return markup`<section aria-labelledby="${id}" class="migration">${heading}${asks}</section>`;
  });
}

const NO_CHART =
  'No benchmark was measured on all of these models in the same run, so there is no shared chart.';

/** The comparison, with the chart's bars read from `chartData` when there is a chart. */
export function compareView(view: ComparisonView, chartData: ChartData): Html {
  const names = view.models.map((m) => m.name);
  const chart = view.chart
    ? chartFigure(view.chart, SHARED_CHART_CAPTION, chartData)
    : markup`<p class="muted">${NO_CHART}</p>`;
  const table = compareTable(names, view.rows, view.index);
  const heading = markup`<h2 id="side-by-side">Side by side</h2>`;
  const open = markup`<section aria-labelledby="side-by-side">`;
  const sideBySide = markup`${open}${heading}${table}${chart}</section>`;
  const sources = sourceList(view.index);
  return markup`${whatChangedSection(view)}${migrationSections(view)}${sideBySide}${sources}`;
}

/**
 * A chart as a figure: caption, HTML legend, and a <bar-chart> box whose space is reserved in the
 * HTML (one sizer row per bar), so nothing shifts when the canvas is drawn into it. The numbers
 * are in the table that follows. Without JavaScript the box is not shown (see rendered.css).
 */
import { clientSpec, type ChartSpec } from '../charts/data.ts';
import { markup, type Html } from './html.ts';

/**
 * Where the bars' data comes from: a page's charts.json (pre-rendered pages, fetched with
 * Chart.js when the chart nears view), or inline (figures the browser builds).
 */
export type ChartData = { src: string; id: string } | { inline: true };

/** Caption, legend and chart box: everything in the figure before its table. */
export function chartFigureHead(spec: ChartSpec, caption: string, data: ChartData): Html {
  const grouped = spec.series.length > 1;
  const hint = markup`<span class="chart-hint">Select a bar to see its source.</span>`;
  const items = spec.series.map(
    (s, i) => markup`<li><span class="swatch swatch-${i % 5}"></span>${s.name}</li>`,
  );
  const legend = grouped && markup`<ul class="chart-legend">${items}</ul>`;
  const source =
    'src' in data
      ? markup`data-src="${data.src}" data-chart="${data.id}"`
      : markup`data-spec="${JSON.stringify(clientSpec(spec))}"`;
  const rows = Array.from(
    { length: spec.categories.length * spec.series.length },
    () => markup`<span></span>`,
  );
  const sizer = markup`<div class="chart-sizer" aria-hidden="true">${rows}</div>`;
  const box = markup`<bar-chart class="chart-box ${grouped ? 'grouped' : 'single'}" ${source}>`;
  return markup`<figcaption>${caption}${hint}</figcaption>${legend}${box}${sizer}</bar-chart>`;
}

/** A chart's numbers as a table (categories × series), for figures with no other table. */
function chartDataTable(spec: ChartSpec): Html {
  const names = spec.series.map((s) => markup`<th scope="col" class="num">${s.name}</th>`);
  const head = markup`<thead><tr><th scope="col">Benchmark</th>${names}</tr></thead>`;
  const rows = spec.categories.map((category, i) => {
    const values = spec.series.map((s) => markup`<td class="num">${s.labels[i] ?? ''}</td>`);
    return markup`<tr><th scope="row">${category}</th>${values}</tr>`;
  });
  const caption = markup`<caption class="visually-hidden">${spec.title}</caption>`;
  const table = markup`<table>${caption}${head}<tbody>${rows}</tbody></table>`;
  // A region that takes focus, so a keyboard can scroll it when it is wider than a phone.
  const region = markup`role="region" aria-label="${spec.title}" tabindex="0"`;
  return markup`<div class="table-scroll" ${region}>${table}</div>`;
}

/** The whole figure, with its numbers as a table. */
export function chartFigure(spec: ChartSpec, caption: string, data: ChartData): Html {
  const head = chartFigureHead(spec, caption, data);
  return markup`<figure class="chart">${head}${chartDataTable(spec)}</figure>`;
}

/**
 * <compare-app>: renders any selection of versions in the browser from /compare/data.json, with the
 * same pure functions the build uses for the pre-rendered comparisons. The selection lives in the
 * URL (?models=a,b), so it can be shared, bookmarked, and moved through with back and forward.
 * The charts it builds are <bar-chart> elements, defined by the page's Enhancements script.
 */
import {
  compareRows,
  releaseSpan,
  parseSelection,
  sharedBenchmarkChart,
  whatChanged,
  type CompareData,
  type CompareModel,
  type Row,
} from '../lib/compare.ts';
import { clientSpec, type ChartSpec } from '../lib/chart-data.ts';

/** Creates an element with text and attributes. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function citeMarker(source: string, thirdParty: boolean, numbers: Map<string, number>): Node[] {
  if (!numbers.has(source)) numbers.set(source, numbers.size + 1);
  const marker = el(
    'sup',
    { class: 'cite' },
    el('a', { href: `#source-${source}` }, `[${numbers.get(source)}]`),
  );
  return thirdParty
    ? [marker, el('span', { class: 'pill pill-third-party' }, 'third-party')]
    : [marker];
}

/** The same markup as CompareTable.astro. */
function table(models: CompareModel[], rows: Row[], numbers: Map<string, number>) {
  const names = models.map((m) => m.name);
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Fact'),
      ...names.map((n) => el('th', { scope: 'col' }, n)),
    ),
  );
  const bodies = [...new Set(rows.map((r) => r.group))].map((group) =>
    el(
      'tbody',
      {},
      el(
        'tr',
        { class: 'group-row' },
        el('th', { scope: 'colgroup', colspan: String(names.length + 1) }, group),
      ),
      ...rows
        .filter((r) => r.group === group)
        .map((row) => {
          const tr = el(
            'tr',
            {},
            el(
              'th',
              { scope: 'row' },
              row.label,
              ...(row.note ? [el('span', { class: 'row-note' }, row.note)] : []),
            ),
          );
          if (row.same) tr.dataset['same'] = '';
          row.cells.forEach((cell, i) => {
            if (!cell) return tr.append(el('td', { class: 'missing' }, '—'));
            const best = row.best.includes(i);
            tr.append(
              el(
                'td',
                best ? { class: 'best' } : {},
                cell.display,
                ...citeMarker(cell.source, cell.thirdParty, numbers),
                ...(cell.delta
                  ? [el('span', { class: 'delta' }, `${cell.delta} vs ${names[0]}`)]
                  : []),
                ...(best
                  ? [el('span', { class: 'pill pill-good' }, row.betterWord ?? 'better')]
                  : []),
              ),
            );
          });
          return tr;
        }),
    ),
  );
  const t = el(
    'table',
    { class: 'compare-table' },
    el('caption', { class: 'visually-hidden' }, names.join(' compared with ')),
    head,
    ...bodies,
  );
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': 'Comparison table', tabindex: '0' },
    t,
  );
}

/** The same markup as BarChart.astro with a ChartDataTable inside. */
function chartFigure(spec: ChartSpec) {
  const sizer = el(
    'div',
    { class: 'chart-sizer', 'aria-hidden': 'true' },
    ...Array.from({ length: spec.categories.length * spec.series.length }, () => el('span')),
  );
  // The chart is built here, so its data rides inline rather than in a charts.json.
  const box = el(
    'bar-chart',
    { class: 'chart-box grouped', 'data-spec': JSON.stringify(clientSpec(spec)) },
    sizer,
  );
  const legend = el(
    'ul',
    { class: 'chart-legend' },
    ...spec.series.map((s, i) =>
      el('li', {}, el('span', { class: `swatch swatch-${i % 5}` }), s.name),
    ),
  );
  const rows = spec.categories.map((c, i) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, c),
      ...spec.series.map((s) => el('td', { class: 'num' }, s.labels[i] ?? '')),
    ),
  );
  const data = el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      {},
      el('caption', { class: 'visually-hidden' }, spec.title),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Benchmark'),
          ...spec.series.map((s) => el('th', { scope: 'col', class: 'num' }, s.name)),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
  return el(
    'figure',
    { class: 'chart' },
    el(
      'figcaption',
      {},
      'Benchmarks measured on each version in the same run',
      el('span', { class: 'chart-hint' }, 'Select a bar to see its source.'),
    ),
    legend,
    box,
    data,
  );
}

function sourceList(numbers: Map<string, number>, data: CompareData) {
  return el(
    'section',
    { 'aria-labelledby': 'sources' },
    el('h2', { id: 'sources' }, 'Sources'),
    el(
      'ol',
      { class: 'source-list' },
      ...[...numbers].map(([id, n]) =>
        el(
          'li',
          { id: `source-${id}`, value: String(n) },
          el('a', { href: data.sources[id]?.url ?? '#' }, data.sources[id]?.title ?? id),
        ),
      ),
    ),
  );
}

class CompareApp extends HTMLElement {
  #data: Promise<CompareData> | undefined;

  connectedCallback() {
    this.querySelector('form')?.addEventListener(
      'change',
      () => void this.show(this.#checked(), true),
    );
    this.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    window.addEventListener('popstate', () => void this.show(this.#fromUrl(), false));
    if (new URLSearchParams(location.search).has('models')) {
      // Until the data arrives the pre-rendered default is on screen: make the boxes match the
      // address at once and mark the comparison as being replaced.
      const known = [...this.querySelectorAll<HTMLInputElement>('input[name="models"]')].map(
        (box) => box.value,
      );
      this.#tick(parseSelection(this.#fromUrl(), known).ids);
      this.querySelector('.compare-output')?.setAttribute('aria-busy', 'true');
      void this.show(this.#fromUrl(), false);
    }
  }

  #tick(ids: readonly string[]) {
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="models"]'))
      box.checked = ids.includes(box.value);
  }

  #fromUrl(): string[] {
    const values = new URLSearchParams(location.search).getAll('models');
    return values.length > 0 ? values : (this.dataset['default'] ?? '').split(',');
  }

  #checked(): string[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[name="models"]:checked')].map(
      (box) => box.value,
    );
  }

  async show(values: string[], push: boolean) {
    this.#data ??= fetch('/compare/data.json').then((r) => r.json() as Promise<CompareData>);
    const data = await this.#data;
    const { ids, errors } = parseSelection(
      values,
      data.models.map((m) => m.id),
    );
    const messages = this.querySelector('.compare-messages');
    messages?.replaceChildren(
      ...(errors.length > 0 ? [el('ul', {}, ...errors.map((e) => el('li', {}, e)))] : []),
    );
    this.#tick(ids);
    if (push) history.pushState(null, '', `?models=${ids.join(',')}`);
    const output = this.querySelector('.compare-output');
    if (!output) return;
    output.removeAttribute('aria-busy');
    if (ids.length < 2) {
      output.replaceChildren(
        el('p', {}, 'Choose at least two versions above to see them side by side.'),
      );
      return;
    }
    const models = ids.flatMap((id) => data.models.filter((m) => m.id === id));
    const rows = compareRows(models, data);
    const [oldest, newest] = releaseSpan(models);
    const numbers = new Map<string, number>();
    const spec = sharedBenchmarkChart(models, rows, data.benchmarks);
    const tableNode = table(models, rows, numbers);
    output.replaceChildren(
      el(
        'section',
        { 'aria-labelledby': 'what-changed', class: 'what-changed' },
        el('h2', { id: 'what-changed' }, `What changed from ${oldest.name} to ${newest.name}`),
        el('ul', {}, ...whatChanged(oldest, newest, data).map((l) => el('li', {}, l))),
      ),
      el(
        'section',
        { 'aria-labelledby': 'side-by-side' },
        el('h2', { id: 'side-by-side' }, 'Side by side'),
        tableNode,
        spec
          ? chartFigure(spec)
          : el(
              'p',
              { class: 'muted' },
              'No benchmark was measured on all of these versions in the same run, so there is no shared chart.',
            ),
      ),
      sourceList(numbers, data),
    );
    document.title = `${models.map((m) => m.name).join(' vs ')} · Compare · GPT mini catalog`;
  }
}

if (!customElements.get('compare-app')) customElements.define('compare-app', CompareApp);

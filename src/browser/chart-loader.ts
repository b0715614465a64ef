/**
 * Defines <bar-chart>. It costs a few hundred bytes: Chart.js and the chart's data (the page's
 * charts.json) are fetched, together, only when a chart comes within a screen of the viewport, so
 * pages load fast and charts never load off screen.
 */
import type { ClientChartSpec } from '../lib/charts/data.ts';
// Types only: the module itself (with Chart.js) is loaded from renderUrl when a chart nears view.
import type * as ChartRender from './chart-render.ts';
import renderUrl from './chart-render.ts?chunk-url';

type Renderer = typeof ChartRender;

let renderer: Promise<Renderer> | undefined;
const pageData = new Map<string, Promise<Record<string, ClientChartSpec>>>();

async function fetchJson(url: string): Promise<Record<string, ClientChartSpec>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * A chart's data: inline for figures built in the browser, else from its page's charts.json
 * (fetched once per page).
 */
async function specOf(host: HTMLElement): Promise<ClientChartSpec> {
  const { spec, src, chart } = host.dataset;
  if (spec) return JSON.parse(spec) as ClientChartSpec;
  if (!src || !chart) throw new Error('bar-chart without data');
  let all = pageData.get(src);
  if (!all) pageData.set(src, (all = fetchJson(src)));
  const found = (await all)[chart];
  if (!found) throw new Error(`No chart "${chart}" in ${src}`);
  return found;
}

async function draw(host: HTMLElement): Promise<void> {
  renderer ??= import(/* @vite-ignore */ renderUrl) as Promise<Renderer>;
  try {
    const [{ drawChart }, spec] = await Promise.all([renderer, specOf(host)]);
    drawChart(host, spec);
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'chart-failed';
    message.textContent = 'The chart could not be drawn. Every value is in the table below.';
    host.append(message);
    console.error(error);
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void draw(entry.target as HTMLElement);
    }
  },
  { rootMargin: '100% 0px' },
);

class BarChartElement extends HTMLElement {
  connectedCallback() {
    observer.observe(this);
  }
}

if (!customElements.get('bar-chart')) customElements.define('bar-chart', BarChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'bar-chart': BarChartElement;
  }
}

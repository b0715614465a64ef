/**
 * Draws a <bar-chart> from its spec with a tree-shaken Chart.js: horizontal bars only, an own
 * value-label plugin and an HTML legend instead of Chart.js's Legend and Tooltip plugins.
 * Follows the colour scheme live and turns animation off for reduced motion.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ClientChartSpec as ChartSpec } from '../lib/chart-data.ts';
import { wrapLabel } from '../lib/wrap-label.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

interface Theme {
  series: string[];
  grid: string;
  text: string;
  background: string;
}

function readTheme(host: HTMLElement): Theme {
  const css = getComputedStyle(host);
  const get = (name: string) => css.getPropertyValue(name).trim();
  return {
    series: [1, 2, 3, 4, 5].map((n) => get(`--chart-${n}`)),
    grid: get('--chart-grid'),
    text: get('--color-text'),
    background: get('--color-bg'),
  };
}

/** Solid for the first series, then stripes, dots, cross-hatch and lines: colour is never the only cue. */
function fillFor(index: number, color: string, background: string): string | CanvasPattern {
  const kind = index % 5;
  if (kind === 0) return color;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const g = tile.getContext('2d');
  if (!g) return color;
  g.fillStyle = color;
  g.fillRect(0, 0, 6, 6);
  g.strokeStyle = g.fillStyle = background;
  g.lineWidth = 1.5;
  g.beginPath();
  if (kind === 1 || kind === 3) {
    g.moveTo(0, 6);
    g.lineTo(6, 0);
  }
  if (kind === 3) {
    g.moveTo(0, 0);
    g.lineTo(6, 6);
  }
  if (kind === 4) {
    g.moveTo(0, 4.5);
    g.lineTo(6, 4.5);
  }
  g.stroke();
  if (kind === 2) {
    g.beginPath();
    g.arc(3, 3, 1.4, 0, Math.PI * 2);
    g.fill();
  }
  return g.createPattern(tile, 'repeat') ?? color;
}

/**
 * Writes each bar's label (formatted at build time, as in the tables) at the end of the bar, inside
 * it when there is no room, and the null label where there is no bar.
 */
function valueLabels(spec: ChartSpec, theme: Theme): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `12px ${FONT}`;
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, d) => {
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          const value = dataset.data[i] as number | null;
          const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
          const text = spec.series[d]?.labels[i] ?? '';
          const width = ctx.measureText(text).width;
          const start = value === null || !Number.isFinite(x) ? chartArea.left : x;
          const fits = start + 4 + width <= chartArea.right;
          ctx.fillStyle = theme.text;
          if (!fits) {
            ctx.fillStyle = theme.background;
            ctx.fillRect(start - width - 8, y - 8, width + 6, 16);
            ctx.fillStyle = theme.text;
          }
          ctx.fillText(text, fits ? start + 4 : start - width - 5, y);
        });
      });
      ctx.restore();
    },
  };
}

function configFor(
  spec: ChartSpec,
  theme: Theme,
  narrow: boolean,
): ChartConfiguration<'bar', (number | null)[], string> {
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    type: 'bar',
    data: {
      labels: spec.categories,
      datasets: spec.series.map((series, i) => {
        const color = theme.series[i % 5] ?? theme.text;
        return {
          label: series.name,
          data: series.values,
          backgroundColor: fillFor(i, color, theme.background),
          borderColor: color,
          borderWidth: 1,
          categoryPercentage: 0.85,
          barPercentage: 0.9,
        };
      }),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      // Only clicks: selecting a bar jumps to its source in the page's list (the table names it too).
      events: ['click'],
      onClick: (_event, elements) => {
        const bar = elements[0];
        const source = bar ? spec.series[bar.datasetIndex]?.sources[bar.index] : null;
        if (source) location.hash = `source-${source}`;
      },
      layout: { padding: { right: 16 } },
      scales: {
        x: {
          min: spec.axis.min,
          max: spec.axis.max,
          ticks: {
            stepSize: spec.axis.step,
            color: theme.text,
            font: { family: FONT, size: 12 },
            callback: (value) =>
              spec.axis.unit === 'usd' ? `$${Number(value)}` : `${Number(value)}`,
          },
          grid: { color: theme.grid },
          border: { color: theme.grid },
        },
        y: {
          ticks: {
            autoSkip: false,
            color: theme.text,
            font: { family: FONT, size: narrow ? 11 : 12 },
            callback: (_value, index) => wrapLabel(spec.categories[index] ?? '', narrow ? 16 : 26),
          },
          grid: { display: false },
          border: { color: theme.grid },
        },
      },
    },
    plugins: [valueLabels(spec, theme)],
  };
}

/** Draws the chart of `spec` on a canvas added to `host` (a <bar-chart>, whose space is already reserved). */
export function drawChart(host: HTMLElement, spec: ChartSpec): void {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${spec.title}. Every value is in the table below.`);
  host.append(canvas);
  const narrow = host.clientWidth < 480;
  let chart = new Chart(canvas, configFor(spec, readTheme(host), narrow));
  host.dataset['drawn'] = '';
  host.dataset['bars'] = String(
    chart.data.datasets.reduce((n, d) => n + d.data.filter((v) => v !== null).length, 0),
  );

  // Follow the system colour scheme without a reload: redraw with the new palette.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    chart = new Chart(canvas, configFor(spec, readTheme(host), narrow));
  });
}

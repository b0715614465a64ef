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
import type { ClientChartSpec as ChartSpec } from '../lib/charts/data.ts';
import { fitAxisLabels, type AxisLabelFit } from '../lib/charts/wrap-label.ts';

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

/**
 * Solid for the first series, then stripes, dots, cross-hatch and lines: colour is never the
 * only cue.
 */
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

/** The font of the value labels, drawn after each bar in room reserved for them. */
const VALUE_FONT = `12px ${FONT}`;
/** Space between a bar's end and its label. */
const VALUE_GAP = 4;
/** Line height of the category labels, as a multiple of their font size. */
const LINE_HEIGHT = 1.2;
/** Space on either side of the category labels' column. */
const TICK_PADDING = 6;
/** Height the figure reserves under the bars for the value axis (the sizer's 2rem). */
const AXIS_HEIGHT = 32;
/** Below this chart width, category labels start smaller. */
const NARROW = 480;

const measurers = new Map<string, (text: string) => number>();

/** Text widths in a given font, measured as the chart's canvas will draw them. */
function measurer(font: string): (text: string) => number {
  let measure = measurers.get(font);
  if (measure) return measure;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text) => text.length * 8;
  ctx.font = font;
  measure = (text) => ctx.measureText(text).width;
  measurers.set(font, measure);
  return measure;
}

/**
 * Writes each bar's label (formatted at build time, as in the tables) just after the end of the
 * bar, and the null label at the start of the row where there is no bar. The chart's right padding
 * is the widest label plus the gap, so even a full-scale bar has its label after it: a label is
 * never drawn over a bar, which would hide the bar's true length.
 */
function valueLabels(spec: ChartSpec, theme: Theme): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = VALUE_FONT;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = theme.text;
      chart.data.datasets.forEach((dataset, d) => {
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          const value = dataset.data[i] as number | null;
          const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
          const end = value === null || !Number.isFinite(x) ? chartArea.left : x;
          // A value beyond the axis is clipped at its edge: its label goes after the edge.
          const start = Math.min(Math.max(end, chartArea.left), chartArea.right);
          ctx.fillText(spec.series[d]?.labels[i] ?? '', start + VALUE_GAP, y);
        });
      });
      ctx.restore();
    },
  };
}

/** Room on the right for the widest value label after a full-scale bar. */
function valueLabelRoom(spec: ChartSpec): number {
  const measure = measurer(VALUE_FONT);
  const widest = Math.max(0, ...spec.series.flatMap((s) => s.labels.map(measure)));
  return Math.ceil(widest) + VALUE_GAP + 2;
}

/**
 * How the category labels wrap at this size of chart: in as few lines as each row's height
 * holds, in a column that never takes more than Chart.js gives a vertical axis (half the width).
 */
function fitCategories(spec: ChartSpec, width: number, height: number, rightPadding: number) {
  const narrow = width < NARROW;
  const rowHeight = (height - AXIS_HEIGHT) / Math.max(1, spec.categories.length);
  return fitAxisLabels(spec.categories, {
    rowHeight,
    sizes: narrow ? [11, 10] : [12, 11],
    lineHeight: LINE_HEIGHT,
    gap: 4,
    maxLines: 3,
    preferred: width * 0.3,
    // Chart.js caps a vertical axis at half the width left after padding; the ticks' padding
    // is inside that box, on both sides of the labels.
    max: Math.min(width * 0.45, (width - rightPadding) / 2 - 2 * TICK_PADDING - 1),
    // A column one em wider is worth a line fewer: "Graphwalks parents" on one line, not two.
    lineWorth: (size) => size,
    measure: (size) => measurer(`${size}px ${FONT}`),
  });
}

function configFor(
  spec: ChartSpec,
  theme: Theme,
  host: HTMLElement,
): ChartConfiguration<'bar', (number | null)[], string> {
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const rightPadding = valueLabelRoom(spec);
  // Read by the y-axis callbacks at every layout; refitted whenever the chart changes size.
  let labels: AxisLabelFit = fitCategories(spec, host.clientWidth, host.clientHeight, rightPadding);
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
      onResize: (_chart, size) => {
        labels = fitCategories(spec, size.width, size.height, rightPadding);
      },
      // Only clicks: selecting a bar jumps to its source in the page's list (the table names it
      // too).
      events: ['click'],
      onClick: (_event, elements) => {
        const bar = elements[0];
        const source = bar ? spec.series[bar.datasetIndex]?.sources[bar.index] : null;
        if (source) location.hash = `source-${source}`;
      },
      layout: { padding: { right: rightPadding } },
      scales: {
        x: {
          min: spec.axis.min,
          max: spec.axis.max,
          ticks: {
            stepSize: spec.axis.step,
            // Skip ticks rather than tilt them: a tilted axis would be taller than the room kept.
            maxRotation: 0,
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
            padding: TICK_PADDING,
            color: theme.text,
            font: () => ({ family: FONT, size: labels.size, lineHeight: LINE_HEIGHT }),
            callback: (_value, index) => labels.lines[index] ?? '',
          },
          // No tick marks: the labels' column is exactly what fitCategories sized.
          grid: { display: false, drawTicks: false },
          border: { color: theme.grid },
        },
      },
    },
    plugins: [
      valueLabels(spec, theme),
      {
        id: 'drawn',
        // After the last frame of the first draw: tests and styles can rely on the finished chart.
        afterRender: () => {
          host.dataset['drawn'] = '';
        },
      },
    ],
  };
}

/**
 * Draws the chart of `spec` on a canvas added to `host` (a <bar-chart>, whose space is already
 * reserved).
 */
export function drawChart(host: HTMLElement, spec: ChartSpec): void {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${spec.title}. Every value is in the table below.`);
  host.append(canvas);
  host.dataset['bars'] = String(
    spec.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0),
  );
  let chart = new Chart(canvas, configFor(spec, readTheme(host), host));

  // Follow the system colour scheme without a reload: redraw with the new palette.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    chart.destroy();
    chart = new Chart(canvas, configFor(spec, readTheme(host), host));
  });
}

/**
 * Shared by the chart browser tests: which built pages draw charts, each chart's data, and a
 * recorder of what a canvas really draws.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ClientChartSpec } from '../../src/lib/charts/data.ts';
import { mergeFiles } from '../../src/lib/compare/files.ts';
import type { CompareFile } from '../../src/lib/compare/types.ts';
import { comparisonView } from '../../src/lib/compare/view.ts';
import { builtPages } from './built-pages.ts';
import { PROJECT_ROOT } from './fixtures.ts';

const dist = join(PROJECT_ROOT, 'dist');

/**
 * Every page that draws charts, read from the built site: the pre-rendered pages with a
 * <bar-chart>, and interactive comparisons (charts built in the browser from the models'
 * comparison files, /compare/data/<id>.json) of each size that has a shared chart: for each
 * number of models, the first such selection in file order, found with the same functions the
 * page uses.
 */
export function chartPages(): string[] {
  const prerendered = builtPages().filter((path) => {
    const file = join(dist, path, 'index.html');
    return existsSync(file) && readFileSync(file, 'utf8').includes('<bar-chart');
  });
  const dir = join(dist, 'compare/data');
  if (!existsSync(dir)) return prerendered;
  const files = readdirSync(dir).map(
    (name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CompareFile,
  );
  const set = mergeFiles(files);
  const ids = files.map((f) => f.model.id);
  // One drawn comparison of each size the picker allows (2 to 4 models): the first selection, in
  // order, whose comparison has a chart. Selections are walked lazily, so a catalog of many models
  // stops at the first hit instead of visiting every subset.
  const found = new Map<number, string>();
  for (let size = 2; size <= 4; size++) {
    for (const selection of combinations(ids, size)) {
      if (!comparisonView(set, selection).chart) continue;
      found.set(size, `/compare/?models=${selection.join(',')}`);
      break;
    }
  }
  return [...prerendered, ...[...found.keys()].sort().map((size) => found.get(size) ?? '')];
}

/** Every `size`-element selection of `items`, in order, one at a time. */
function* combinations<T>(items: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i] as T, ...rest];
}

/**
 * What a chart draws: its entry in the page's charts.json (fetched as the browser fetches it), or
 * its inline data.
 */
export async function specOf(page: Page, chart: Locator): Promise<ClientChartSpec> {
  const inline = await chart.getAttribute('data-spec');
  if (inline) return JSON.parse(inline) as ClientChartSpec;
  const [src, id] = [await chart.getAttribute('data-src'), await chart.getAttribute('data-chart')];
  if (!src || !id) throw new Error('<bar-chart> without data');
  const response = await page.request.get(src);
  expect(response.ok(), src).toBe(true);
  const spec = ((await response.json()) as Record<string, ClientChartSpec>)[id];
  if (!spec) throw new Error(`${src} has no "${id}"`);
  return spec;
}

/** A box in canvas pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a canvas drew since it was last cleared whole. */
export interface DrawLog {
  /** Canvas clears so far: one per frame Chart.js draws. */
  frames: number;
  /** Each fillText: the text and its ink's box, from measureText in the state it was drawn in. */
  texts: { text: string; box: Box }[];
  /** Each filled shape: rectangles of a filled path (a bar, with its border) and fillRect calls. */
  fills: Box[];
}

/**
 * An init script that wraps the canvas 2D drawing calls Chart.js uses and keeps, on each canvas
 * (`canvas.drawLog`), what was drawn since it was last cleared. Boxes go through the context's
 * current transform, so they are where the pixels landed. Runs in the page.
 */
export function recordCanvasDrawing(): void {
  type Log = DrawLog & { path: Box[] };
  const proto = CanvasRenderingContext2D.prototype;
  const logOf = (ctx: CanvasRenderingContext2D): Log => {
    const canvas = ctx.canvas as HTMLCanvasElement & { drawLog?: Log };
    return (canvas.drawLog ??= { frames: 0, texts: [], fills: [], path: [] });
  };
  const transformed = (
    ctx: CanvasRenderingContext2D,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ): Box => {
    const m = ctx.getTransform();
    const corners = [
      [x0, y0],
      [x1, y0],
      [x0, y1],
      [x1, y1],
    ].map(([x = 0, y = 0]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f] as const);
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    return {
      left: Math.min(...xs),
      top: Math.min(...ys),
      right: Math.max(...xs),
      bottom: Math.max(...ys),
    };
  };
  const union = (boxes: Box[]): Box => ({
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  });

  const { clearRect, beginPath, rect, fill, fillRect, fillText } = proto;
  proto.clearRect = function (x, y, w, h) {
    const box = transformed(this, x, y, x + w, y + h);
    const log = logOf(this);
    // A whole-canvas clear starts a new frame: only the last frame is on screen.
    if (
      box.left <= 0 &&
      box.top <= 0 &&
      box.right >= this.canvas.width &&
      box.bottom >= this.canvas.height
    ) {
      log.frames++;
      log.texts = [];
      log.fills = [];
    }
    clearRect.call(this, x, y, w, h);
  };
  proto.beginPath = function () {
    logOf(this).path = [];
    beginPath.call(this);
  };
  proto.rect = function (x, y, w, h) {
    logOf(this).path.push(transformed(this, x, y, x + w, y + h));
    rect.call(this, x, y, w, h);
  };
  proto.fill = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
    const log = logOf(this);
    if (log.path.length) log.fills.push(union(log.path));
    (fill as (...a: unknown[]) => void).apply(this, args);
  };
  proto.fillRect = function (x, y, w, h) {
    logOf(this).fills.push(transformed(this, x, y, x + w, y + h));
    fillRect.call(this, x, y, w, h);
  };
  proto.fillText = function (text, x, y, maxWidth) {
    if (text.trim()) {
      const m = this.measureText(text);
      // A maxWidth narrower than the text squeezes it towards the alignment point.
      const squeeze = maxWidth !== undefined && m.width > maxWidth ? maxWidth / m.width : 1;
      logOf(this).texts.push({
        text,
        box: transformed(
          this,
          x - m.actualBoundingBoxLeft * squeeze,
          y - m.actualBoundingBoxAscent,
          x + m.actualBoundingBoxRight * squeeze,
          y + m.actualBoundingBoxDescent,
        ),
      });
    }
    if (maxWidth === undefined) fillText.call(this, text, x, y);
    else fillText.call(this, text, x, y, maxWidth);
  };
}

/** The draw log of a chart's canvas, in canvas pixels, with the canvas's size. */
export function drawLogOf(chart: Locator) {
  return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement & { drawLog?: DrawLog }) => ({
    width: canvas.width,
    height: canvas.height,
    frames: canvas.drawLog?.frames ?? 0,
    texts: canvas.drawLog?.texts ?? [],
    fills: canvas.drawLog?.fills ?? [],
  }));
}

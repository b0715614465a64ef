/**
 * Wrapping of chart axis labels. Widths are whatever `measure` returns: characters by default (so
 * the rules read plainly in tests), canvas pixels in the browser. Pure.
 */

/** The width of a piece of text, in the caller's unit. */
export type Measure = (text: string) => number;

const characters: Measure = (text) => text.length;

/** Words, with a parenthesised setup, "(no tools)", and an effort, "· high", kept as one unit. */
const UNITS = /\([^)]*\)|·\s\S+|\S+/g;

/**
 * Breaks a label into lines no wider than `width`. A parenthesised setup and an effort stay whole
 * when they fit on a line; a setup wider than a line breaks between its words; a single word
 * wider than a line gets a line of its own rather than being cut.
 */
export function wrapLabel(label: string, width: number, measure: Measure = characters): string[] {
  const units = label.match(UNITS) ?? [];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? '';
    const joined = line ? `${line} ${unit}` : unit;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    const words = unit.split(' ');
    if (words.length > 1 && measure(unit) > width) {
      // Too wide for any line: its words take its place and wrap like any others.
      units.splice(i, 1, ...words);
      i--;
      continue;
    }
    if (line) lines.push(line);
    line = unit;
  }
  if (line) lines.push(line);
  return lines;
}

export interface LabelFit {
  /** The wrap width that was used. */
  width: number;
  /** Each label's lines. */
  lines: string[][];
}

/**
 * A wrap width, from `preferred` up to `max`, at which every label takes at most `maxLines`
 * lines with no line wider than the width; undefined when even `max` is not enough. The
 * narrowest such width, unless a wider one saves lines: each line fewer in all is worth
 * `lineWorth` of extra width (0: always the narrowest). One width for all labels, so a chart's
 * labels wrap alike.
 */
export function fitLabels(
  labels: readonly string[],
  options: {
    preferred: number;
    max: number;
    maxLines: number;
    lineWorth?: number;
    measure?: Measure;
  },
): LabelFit | undefined {
  const { preferred, max, maxLines, lineWorth = 0, measure = characters } = options;
  if (maxLines < 1 || max < preferred) return undefined;
  // Greedy wrapping only ever breaks between words, so every line it can produce is a run of
  // consecutive words: their widths are the only widths worth trying.
  const widths = new Set([preferred]);
  for (const label of labels) {
    const words = label.split(/\s+/).filter(Boolean);
    for (let start = 0; start < words.length; start++)
      for (let end = start + 1; end <= words.length; end++) {
        const width = measure(words.slice(start, end).join(' '));
        if (width > preferred && width <= max) widths.add(width);
      }
  }
  let best: (LabelFit & { cost: number }) | undefined;
  for (const width of [...widths].sort((a, b) => a - b)) {
    const lines = labels.map((label) => wrapLabel(label, width, measure));
    const fits = lines.every(
      (label) => label.length <= maxLines && label.every((line) => measure(line) <= width),
    );
    if (!fits) continue;
    const cost = width + lineWorth * lines.reduce((n, label) => n + label.length, 0);
    if (!best || cost < best.cost) best = { width, lines, cost };
    if (lineWorth === 0) break;
  }
  return best && { width: best.width, lines: best.lines };
}

export interface AxisLabelFit {
  /** Font size, from the sizes offered, largest first. */
  size: number;
  /** Each label's lines. */
  lines: string[][];
}

/**
 * Fits category labels into the room a chart reserves: each label in at most as many lines as its
 * row's height holds (and never more than `maxLines`), within `max` wide. The largest font size
 * that fits wins; at that size, the fewest lines for the longest label, then the column `fitLabels`
 * picks. When nothing fits,
 * the smallest size wrapped at `max` (the caller's tests catch what that overlaps).
 */
export function fitAxisLabels(
  labels: readonly string[],
  options: {
    /** Height of one category's row. */
    rowHeight: number;
    /** Font sizes to try, largest first; line height is `lineHeight` × size. */
    sizes: readonly number[];
    lineHeight: number;
    /** Space kept between the label blocks of neighbouring rows. */
    gap: number;
    maxLines: number;
    /** Width the labels may always take; wider only as far as `max`, to save lines. */
    preferred: number;
    max: number;
    /** Extra width one line fewer in all is worth, at a given font size. */
    lineWorth?: (size: number) => number;
    measure: (size: number) => Measure;
  },
): AxisLabelFit {
  const { rowHeight, sizes, lineHeight, gap, maxLines, preferred, max, measure } = options;
  const lineWorth = options.lineWorth ?? (() => 0);
  for (const size of sizes) {
    const room = Math.min(maxLines, Math.floor((rowHeight - gap) / (size * lineHeight)));
    for (let lines = 1; lines <= room; lines++) {
      const fit = fitLabels(labels, {
        preferred: Math.min(preferred, max),
        max,
        maxLines: lines,
        lineWorth: lineWorth(size),
        measure: measure(size),
      });
      if (fit) return { size, lines: fit.lines };
    }
  }
  const size = sizes[sizes.length - 1] ?? 10;
  return { size, lines: labels.map((label) => wrapLabel(label, max, measure(size))) };
}

/**
 * The shape of a comparison table's row and its cells, and the marks every kind of row shares:
 * which columns hold the better value, a score's point difference, whether all columns agree.
 * Pure.
 */
import type { ConfidenceLevel } from '../../schemas/fact.ts';

export interface Cell {
  display: string;
  /** The number behind `display`, where there is one. */
  value?: number;
  /** Absent only where a value rests on no source the catalog can cite (no marker is shown). */
  source?: string | undefined;
  confidence: ConfidenceLevel;
  /** Against the first column: `2.7× higher`, `+23.5 pts`. */
  delta?: string;
}

export interface Row {
  id: string;
  group: string;
  label: string;
  /** One per selected model; null shows as "—". */
  cells: (Cell | null)[];
  /** Columns holding the better value; empty with no direction, a tie, or no fair comparison. */
  best: number[];
  /** What "better" means on this row: cheaper, larger, newer, higher, lower. */
  betterWord?: string;
  /** Why the values should not be read side by side. */
  note?: string;
  /** True when every column shows the same thing. */
  same: boolean;
}

/** Indexes of the best values, or [] when there is no direction, fewer than two values or a tie. */
export function bestOf(
  values: (number | string | null)[],
  better: 'lower' | 'higher' | null,
): number[] {
  const present = values
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number | string; i: number } => x.v !== null);
  if (!better || present.length < 2 || new Set(present.map((x) => x.v)).size === 1) return [];
  const sorted = present.map((x) => x.v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const target = better === 'lower' ? sorted[0] : sorted.at(-1);
  return present.filter((x) => x.v === target).map((x) => x.i);
}

/** `+23.5 pts`, `−3.1 pts`, `±0 pts`. */
export function pointDelta(base: number, value: number): string {
  const diff = Math.round((value - base) * 10) / 10;
  if (diff === 0) return '±0 pts';
  return `${diff > 0 ? '+' : '−'}${Math.abs(diff).toFixed(1)} pts`;
}

/** True when every column shows the same thing. */
export const sameDisplay = (cells: (Cell | null)[]) =>
  new Set(cells.map((c) => c?.display ?? '—')).size === 1;

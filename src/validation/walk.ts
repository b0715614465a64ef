/** One walk over content as read, for the rules that look at every value whatever its field. */
import type { FieldPath } from '../lib/sources/refs.ts';

/** A map as YAML gives one (not a list, not a date). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * Calls `visit` with every value below `data` (`data` included) and its path. The path is one
 * array the walk keeps pushing to and popping from: a visitor that keeps it copies it (a walk over
 * 1,000 versions would otherwise allocate millions of paths). `visit` returns true to skip what is
 * inside the value.
 */
export function walkValues(
  data: unknown,
  visit: (value: unknown, path: FieldPath) => boolean | void,
): void {
  const path: FieldPath = [];
  const walk = (value: unknown) => {
    if (visit(value, path) === true) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(value[index]);
        path.pop();
      }
    } else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        path.push(key);
        walk(value[key]);
        path.pop();
      }
    }
  };
  walk(data);
}

/** Finds every source id a piece of content names, in document order. */

export type FieldPath = (string | number)[];

/** Keys whose value is a list of source ids. */
const SOURCE_LISTS = new Set(['sources', 'corroboratedBy']);

/**
 * Walks any value and yields each `source: id` and each id in a list of sources (`sources`,
 * `corroboratedBy`), with its path.
 */
export function* sourceRefs(
  value: unknown,
  path: FieldPath = [],
): Generator<{ id: string; path: FieldPath }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* sourceRefs(item, [...path, index]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'source' && typeof item === 'string') yield { id: item, path: [...path, key] };
    else if (SOURCE_LISTS.has(key) && Array.isArray(item)) {
      for (const [index, id] of item.entries())
        if (typeof id === 'string') yield { id, path: [...path, key, index] };
    } else yield* sourceRefs(item, [...path, key]);
  }
}

/** Unique source ids in first-seen order, numbered from 1: the footnote numbers of a page. */
export function numberSources(values: readonly unknown[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const value of values) {
    for (const { id } of sourceRefs(value)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

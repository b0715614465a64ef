/** Finds every source id a piece of content names, in document order. */

export type FieldPath = (string | number)[];

/** Keys whose value is a list of source ids. */
const SOURCE_LISTS = new Set(['sources', 'corroboratedBy']);

/**
 * Walks any value and calls `visit` with each `source: id` and each id in a list of sources
 * (`sources`, `corroboratedBy`). `path` is one array the walk keeps pushing to and popping from, so
 * a caller that wants the path copies it; one that only wants the id pays nothing for it. (Every
 * page numbers its sources, so this runs over whole model entries thousands of times a build: a
 * recursive generator copying the path at each level cost 2.3 s at 1,000 versions.)
 */
function walkSourceRefs(
  value: unknown,
  visit: (id: string, path: FieldPath) => void,
  path: FieldPath,
): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walkSourceRefs(value[index], visit, path);
      path.pop();
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    path.push(key);
    if (key === 'source' && typeof item === 'string') visit(item, path);
    else if (SOURCE_LISTS.has(key) && Array.isArray(item)) {
      item.forEach((id, index) => {
        if (typeof id !== 'string') return;
        path.push(index);
        visit(id, path);
        path.pop();
      });
    } else walkSourceRefs(item, visit, path);
    path.pop();
  }
}

/** Each source id that `value` names, with the path of the field that names it. */
export function sourceRefs(value: unknown): { id: string; path: FieldPath }[] {
  const refs: { id: string; path: FieldPath }[] = [];
  walkSourceRefs(value, (id, path) => refs.push({ id, path: [...path] }), []);
  return refs;
}

/** Each source id that `value` names, in document order (repeats included). */
export function sourceIds(value: unknown): string[] {
  const ids: string[] = [];
  walkSourceRefs(value, (id) => ids.push(id), []);
  return ids;
}

/** Unique source ids in first-seen order, numbered from 1: the footnote numbers of a page. */
export function numberSources(values: readonly unknown[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const number = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  };
  for (const value of values) walkSourceRefs(value, number, []);
  return numbers;
}

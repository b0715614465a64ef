/** Reading a selection from the address (`?models=a,b`), with a clear message per problem. Pure. */

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;

/** Outcome of reading `?models=`. */
interface Selection {
  ids: string[];
  errors: string[];
}

/** The message for an id the catalog does not have. */
export const notInCatalog = (id: string) => `“${id}” is not in this catalog.`;

/** What a model id can look like; anything else is never looked up. */
const ID_SHAPE = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * The distinct ids a `models` parameter names (comma-separated and/or repeated), in order, that
 * could be model ids: the ones worth looking up.
 */
export function candidateIds(values: readonly string[]): string[] {
  const ids = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => ID_SHAPE.test(v));
  return [...new Set(ids)];
}

/**
 * Reads a `models` parameter against the catalog, keeping known ids once each, in order, up to
 * MAX_SELECTED. Ids after the first MAX_SELECTED known ones are not looked up (`isKnown` is not
 * asked), so a reader of a long list only needs to fetch until it has enough.
 */
export function parseSelection(
  values: readonly string[],
  isKnown: (id: string) => boolean,
): Selection {
  const ids: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  let dropped = false;
  for (const raw of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    if (seen.has(raw)) {
      errors.push(`“${raw}” is listed more than once; it is shown once.`);
      continue;
    }
    seen.add(raw);
    if (ids.length === MAX_SELECTED) dropped = true;
    else if (!ID_SHAPE.test(raw) || !isKnown(raw)) errors.push(notInCatalog(raw));
    else ids.push(raw);
  }
  if (dropped)
    errors.push(`At most ${MAX_SELECTED} can be compared; showing the first ${MAX_SELECTED}.`);
  if (ids.length < MIN_SELECTED) errors.push(`Choose at least ${MIN_SELECTED} to compare.`);
  return { ids, errors };
}

/** Reading a selection from the address (`?models=a,b`), with a clear message per problem. Pure. */

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;

/**
 * Names read from one address; any after these are left unread, with a message. A pasted list of
 * thousands then costs no more look-ups and messages than a short one.
 */
export const MAX_NAMES_READ = 3 * MAX_SELECTED;

/** Outcome of reading `?models=`. */
interface Selection {
  ids: string[];
  errors: string[];
}

/** Longest name a message repeats whole; a longer one is cut, so a message stays one line. */
const SHOWN_LENGTH = 40;

/** A name from the address as a message quotes it. */
const quoted = (name: string) =>
  `“${name.length > SHOWN_LENGTH ? `${name.slice(0, SHOWN_LENGTH)}…` : name}”`;

/** The message for an id the catalog does not have. */
export const notInCatalog = (id: string) => `${quoted(id)} is not in this catalog.`;

/** What a model id can look like (at most 64 characters); anything else is never looked up. */
const ID_SHAPE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** The names a `models` parameter lists (comma-separated and/or repeated), in order. */
const listedNames = (values: readonly string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The distinct ids among the names read from a `models` parameter that could be model ids, in
 * order: the ones worth looking up.
 */
export function candidateIds(values: readonly string[]): string[] {
  const ids = listedNames(values)
    .slice(0, MAX_NAMES_READ)
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
  const names = listedNames(values);
  for (const raw of names.slice(0, MAX_NAMES_READ)) {
    if (seen.has(raw)) {
      errors.push(`${quoted(raw)} is listed more than once; it is shown once.`);
      continue;
    }
    seen.add(raw);
    if (ids.length === MAX_SELECTED) dropped = true;
    else if (!ID_SHAPE.test(raw) || !isKnown(raw)) errors.push(notInCatalog(raw));
    else ids.push(raw);
  }
  if (names.length > MAX_NAMES_READ)
    errors.push(
      `The address lists ${names.length} names; only the first ${MAX_NAMES_READ} were read.`,
    );
  if (dropped)
    errors.push(`At most ${MAX_SELECTED} can be compared; showing the first ${MAX_SELECTED}.`);
  if (ids.length < MIN_SELECTED) errors.push(`Choose at least ${MIN_SELECTED} to compare.`);
  return { ids, errors };
}

/**
 * YAML as Astro's loaders read it (js-yaml, its default schema), with one addition: an unquoted
 * date keeps the text it was typed as. js-yaml reads `2026-02-30` as a timestamp and rolls it over
 * to March 2, so the site would publish a day nobody wrote; with the typed text beside the Date,
 * the date schemas (src/schemas/primitives.ts) check the day as written. Every value keeps the
 * type Astro gives it (a Date is still a Date), so the validator refuses nothing Astro accepts
 * except what cannot be true.
 */
import { DEFAULT_SCHEMA, load, Type } from 'js-yaml';
import { TYPED_TEXT } from '../schemas/primitives.ts';

/** How every YAML 1.1 timestamp starts (`2026-2-3`, `2026-02-30T10:00:00Z`): a cheap first test. */
const TIMESTAMP_START = /^\d{4}-\d{1,2}-\d{1,2}(?:$|[Tt ])/;

/** js-yaml's own reading of a plain scalar under its default schema. */
const defaultReading = (text: string) => load(text);

const typedTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (text: unknown) =>
    typeof text === 'string' && TIMESTAMP_START.test(text) && defaultReading(text) instanceof Date,
  construct: (text: string) => Object.assign(defaultReading(text) as Date, { [TYPED_TEXT]: text }),
  instanceOf: Date,
  represent: (date: object) => (date as Date).toISOString(),
});

/** The default schema with the timestamp type replaced (a type with the same tag replaces it). */
const SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [typedTimestamp] });

/** Parses YAML as Astro does, keeping each unquoted date's typed text. Throws js-yaml's errors. */
export function parseYaml(text: string, filename: string): unknown {
  return load(text, { filename, schema: SCHEMA });
}

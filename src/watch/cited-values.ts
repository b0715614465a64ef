/**
 * Every value the catalog cites to a source, found by walking the parsed content generically:
 * wherever content names a source (src/lib/sources/refs.ts, the walker behind every page's
 * footnotes), the object that names it holds the values cited to it. A field added to the schemas
 * later is covered as long as it keeps that shape. Pure: takes parsed entries.
 */
import { lifecycleState } from '../lib/lifecycle/state.ts';
import { sourceRefs, type FieldPath } from '../lib/sources/refs.ts';
import type { LifecycleEvent } from '../schemas/lifecycle.ts';
import { isCalendarDate } from '../schemas/primitives.ts';

/** One content entry after its schema has parsed it. */
export interface ParsedEntry {
  collection: string;
  id: string;
  /** Path of the file from the project root: `content/models/gpt-5-mini.yaml`. */
  file: string;
  /** Field-path prefix of entries that are keys of one YAML file; empty otherwise. */
  prefix: string;
  data: unknown;
}

/** How a value is looked for in a page's text. */
export type Check =
  | { kind: 'price' | 'count' | 'number'; value: number }
  | { kind: 'date' | 'id' | 'quote'; value: string };

/** Why a value is not looked for. Reader-facing wording: src/watch/report.ts. */
export type SkipReason = 'prose' | 'yes-no' | 'structured' | 'score' | 'earlier-value' | 'no-value';

interface CitedBase {
  entry: { collection: string; id: string; file: string };
  /** Dotted field path inside the file: `pricing.input.value`. */
  field: string;
  /** Key in content/sources.yaml. */
  source: string;
}
export type CitedValue = CitedBase & ({ check: Check } | { skipped: SkipReason });

const ID_LIKE = /^[a-z0-9]+(?:[.-][a-z0-9]+)+$/;
const NUMBER_TEXT = /^\$?\d[\d,]*(?:\.\d+)?$/;

/** How a `value` field is checked, from its type, where it sits and whether it is a quote. */
function classifyValue(value: unknown, inPricing: boolean, verbatim: boolean): Check | SkipReason {
  if (typeof value === 'boolean') return 'yes-no';
  if (typeof value === 'number') {
    if (inPricing) return { kind: 'price', value };
    return { kind: Number.isInteger(value) ? 'count' : 'number', value };
  }
  if (typeof value !== 'string') return 'structured';
  if (verbatim) return { kind: 'quote', value };
  if (isCalendarDate(value)) return { kind: 'date', value };
  if (ID_LIKE.test(value) && /\d/.test(value) && value.includes('-')) return { kind: 'id', value };
  if (NUMBER_TEXT.test(value)) {
    const number = Number(value.replace(/[$,]/g, ''));
    if (inPricing) return { kind: 'price', value: number };
    return { kind: Number.isInteger(number) ? 'count' : 'number', value: number };
  }
  return 'prose';
}

const join = (path: FieldPath) => path.join('.');

/** Reads `path` inside `root`. */
function at(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/**
 * Field paths of shutdown readings that a newer reading has replaced (the catalog's own rule,
 * from src/lib/lifecycle/state.ts): the page that gave them may have moved on, and the catalog
 * already says so.
 */
function earlierReadings(data: unknown): Set<string> {
  const paths = new Set<string>();
  const events = at(data, ['lifecycle']);
  if (!Array.isArray(events)) return paths;
  const typed = events as LifecycleEvent[];
  // Every reading, whatever its day: the latest one is current.
  const state = lifecycleState(typed, { day: '9999-12-31', checked: '9999-12-31' });
  for (const reading of state.earlierReadings)
    paths.add(join(['lifecycle', typed.indexOf(reading)]));
  return paths;
}

/** The values one object cites to its source; `path` is where the object sits. */
function valuesOf(
  holder: Record<string, unknown>,
  path: FieldPath,
): [FieldPath, Check | SkipReason][] {
  const inPricing = path.includes('pricing');
  const found: [FieldPath, Check | SkipReason][] = [];
  const date = (key: string, value: unknown) => {
    if (typeof value === 'string') found.push([[...path, key], { kind: 'date', value }]);
  };
  const id = (where: FieldPath, value: unknown) => {
    if (typeof value === 'string') found.push([where, { kind: 'id', value }]);
  };
  for (const [key, value] of Object.entries(holder)) {
    switch (key) {
      case 'value':
        found.push([[...path, key], classifyValue(value, inPricing, holder['verbatim'] === true)]);
        break;
      case 'date':
      case 'announced':
      case 'since':
        date(key, value);
        break;
      case 'id':
      case 'replacement':
        id([...path, key], value);
        break;
      case 'ids':
        if (Array.isArray(value))
          value.forEach((item, index) => id([...path, key, index, 'id'], at(item, ['id'])));
        break;
      case 'rates':
        if (Array.isArray(value))
          value.forEach((rate, index) => {
            const usd = at(rate, ['usdPer1M']);
            if (typeof usd === 'number')
              found.push([[...path, key, index, 'usdPer1M'], { kind: 'price', value: usd }]);
          });
        break;
      case 'score':
      case 'rows':
        // Benchmark scores are published once and often drawn as charts, so a page's text is no
        // reliable witness for them: counted, never reported as drift.
        found.push([[...path, key], 'score']);
        break;
    }
  }
  if (found.length === 0) found.push([path, 'no-value']);
  return found;
}

/** Every value cited to a source in `entries`, in document order. */
export function citedValues(entries: readonly ParsedEntry[]): CitedValue[] {
  const cited: CitedValue[] = [];
  for (const { collection, id, file, prefix, data } of entries) {
    const entry = { collection, id, file };
    const earlier = earlierReadings(data);
    const field = (path: FieldPath) => join([prefix, ...path].filter((part) => part !== ''));
    for (const ref of sourceRefs(data)) {
      // `source: x` sits in the object it cites; `corroboratedBy: [x]` and `sources: [x]` one
      // level further down.
      const holderPath =
        ref.path.at(-1) === 'source' ? ref.path.slice(0, -1) : ref.path.slice(0, -2);
      const holder = at(data, holderPath);
      if (holder === null || typeof holder !== 'object') continue;
      const superseded =
        holderPath.includes('history') ||
        (holderPath[0] === 'lifecycle' && earlier.has(join(holderPath.slice(0, 2))));
      for (const [path, result] of valuesOf(holder as Record<string, unknown>, holderPath)) {
        const base = { entry, field: field(path), source: ref.id };
        if (superseded) cited.push({ ...base, skipped: 'earlier-value' });
        else if (typeof result === 'string') cited.push({ ...base, skipped: result });
        else cited.push({ ...base, check: result });
      }
    }
  }
  return cited;
}

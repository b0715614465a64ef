/**
 * Every id a field names exists: sources, benchmarks, models, replacements, a line's members, a
 * FAQ entry's and a comparison's models. Read from the entries as read, so an entry that fails
 * its schema still has its references checked, and one that exists but fails its schema is never
 * reported again as unknown wherever it is named.
 */
import { sourceRefs } from '../../lib/sources/refs.ts';
import { closest } from '../did-you-mean.ts';
import type { CollectionName, ContentTree, RawEntry } from '../types.ts';
import { isRecord, walkValues } from '../walk.ts';
import { prefixOf, type Add, type Path } from './types.ts';

/** What a field that names another entry may name, and how a dangling name is reported. */
interface Reference {
  to: CollectionName[];
  /** `Unknown <noun> "id"` */
  noun: string;
  /** Where the entry would be, as advice. */
  fix: (id: string) => string;
}

const SOURCE: Reference = {
  to: ['sources'],
  noun: 'source',
  fix: () => 'add it to content/sources.yaml or fix the key',
};
const MODEL: Reference = { to: ['models'], noun: 'model', fix: () => '' };
const PROVIDER: Reference = {
  to: ['providers'],
  noun: 'provider',
  fix: () => 'add it to content/providers.yaml',
};

/**
 * A replacement is a model the catalog describes, or one a source only names
 * (content/named-models.yaml): an id in neither is a typo.
 */
const REPLACEMENT: Reference = {
  to: ['replacements', 'models', 'namedModels'],
  noun: 'replacement',
  fix: (id) => `add content/replacements/${id}.yaml, or list it in content/named-models.yaml`,
};

/**
 * Fields that name another entry wherever they sit, by field name: a field with one of these
 * names, in a schema today or one added later, is checked without a new rule.
 */
const REFERENCES_ANYWHERE: Record<string, Reference> = {
  benchmark: {
    to: ['benchmarks'],
    noun: 'benchmark',
    fix: () => 'add it to content/benchmarks.yaml',
  },
  replacement: REPLACEMENT,
  // The further replacements a shutdown offers ("a or b") resolve like the first.
  alternatives: REPLACEMENT,
  provider: PROVIDER,
  // Evidence with no public address, named where it corroborates (never cited).
  uncitedEvidence: {
    to: ['uncitableSources'],
    noun: 'uncitable source',
    fix: () => 'add it to content/uncitable-sources.yaml',
  },
};

/** Top-level fields of one collection that name entries (`model` means other things elsewhere). */
const REFERENCES_AT_TOP: Partial<Record<CollectionName, Record<string, Reference>>> = {
  lines: { members: { ...MODEL, fix: (id) => `no content/models/${id}.yaml` } },
  faq: { model: MODEL },
  providers: { describes: PROVIDER },
  comparisons: {
    model: MODEL,
    columns: {
      to: ['models', 'comparisonModels'],
      noun: 'model',
      fix: () => 'not in content/models nor content/comparison-models.yaml',
    },
  },
};

/**
 * Every reference in every entry as read, against every entry that exists (valid or not). A
 * reference into a collection whose file could not be read is not judged: that file's own problem
 * is the one to fix.
 */
export function checkReferences(
  raw: ContentTree,
  unreadable: ReadonlySet<CollectionName>,
  add: Add,
): void {
  const present = Object.fromEntries(
    Object.entries(raw).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  ) as Record<CollectionName, Set<string>>;
  const check = (entry: RawEntry, reference: Reference, id: unknown, path: Path) => {
    if (typeof id !== 'string') return;
    if (reference.to.some((name) => present[name].has(id) || unreadable.has(name))) return;
    if (reference === SOURCE && present.uncitableSources.has(id)) {
      add(
        { file: entry.file, prefix: prefixOf(entry) },
        path,
        `Source "${id}" has no public address (content/uncitable-sources.yaml): ` +
          'nothing may cite it; name it under uncitedEvidence instead',
      );
      return;
    }
    const known = reference.to.flatMap((name) => [...present[name]]);
    const guess = closest(id, known);
    const fix = [reference.fix(id), guess && `did you mean "${guess}"?`].filter(Boolean);
    add(
      { file: entry.file, prefix: prefixOf(entry) },
      path,
      `Unknown ${reference.noun} "${id}"${fix.length ? `: ${fix.join('; ')}` : ''}`,
    );
  };
  const checkField = (entry: RawEntry, reference: Reference, value: unknown, path: Path) => {
    if (Array.isArray(value)) value.forEach((id, i) => check(entry, reference, id, [...path, i]));
    else check(entry, reference, value, path);
  };
  const walk = (entry: RawEntry) =>
    walkValues(entry.data, (value, path) => {
      const key = path[path.length - 1];
      const reference = typeof key === 'string' ? REFERENCES_ANYWHERE[key] : undefined;
      // A field of that name holding a map (a claim keyed `replacement`) is not a reference.
      if (!reference || isRecord(value)) return false;
      checkField(entry, reference, value, [...path]);
      return true;
    });
  for (const [collection, entries] of Object.entries(raw) as [CollectionName, RawEntry[]][]) {
    for (const entry of entries) {
      for (const { id, path } of sourceRefs(entry.data)) check(entry, SOURCE, id, path);
      walk(entry);
      const atTop = REFERENCES_AT_TOP[collection] ?? {};
      if (!isRecord(entry.data)) continue;
      for (const [key, reference] of Object.entries(atTop))
        checkField(entry, reference, entry.data[key], [key]);
    }
  }
}

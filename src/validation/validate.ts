/**
 * The one content check, used by `npm run validate`, by the build
 * (src/integrations/validate-content.ts) and by the tests: every file is read, every value checked
 * as typed, every entry against its schema, then the rules that span fields and entries.
 *
 * Each cause is reported once, where it is: a later stage says nothing more about a field an
 * earlier stage already reported (an impossible date is not also "not a valid date", an id that
 * is malformed is not also "unknown").
 */
import type { z } from 'astro/zod';
import { COLLECTION_SCHEMAS } from '../schemas/index.ts';
import { typedText } from '../schemas/primitives.ts';
import { checkIntegrity } from './integrity.ts';
import type { Parsed, ParsedTree } from './integrity/types.ts';
import { loadContentTree } from './load-content.ts';
import { rawValueProblems } from './raw-values.ts';
import type { CollectionName, ContentTree, Problem, RawEntry } from './types.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = COLLECTION_SCHEMAS;

const fieldPath = (entry: RawEntry, path: readonly PropertyKey[]) =>
  [entry.keyed ? entry.id : '', ...path.map(String)].filter((part) => part !== '').join('.');

/** Two files that map to one id (such as x.yaml and x.yml), checked before any schema. */
function duplicateIds(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, entries] of Object.entries(tree)) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, entry.file);
      else
        problems.push({
          file: entry.file,
          path: '',
          message: `Duplicate ${collection} id "${entry.id}" (also in ${first})`,
        });
    }
  }
  return problems;
}

/** Numbers and dates that cannot be true, whatever field holds them. */
function rawProblems(tree: ContentTree): Problem[] {
  return Object.values(tree).flatMap((entries) =>
    entries.flatMap((entry) =>
      rawValueProblems(entry.data).map(({ path, message }) => ({
        file: entry.file,
        path: fieldPath(entry, path),
        message,
      })),
    ),
  );
}

/** The value at `path` in `data`, as typed. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A schema message, made plain where YAML changed what was typed: a field that wants text but got
 * an unquoted date names the date and the quotes it needs.
 */
function schemaMessage(issue: z.core.$ZodIssue, entry: RawEntry): string {
  const typed = valueAt(entry.data, issue.path);
  const text = typed instanceof Date ? typedText(typed) : undefined;
  // (A date field takes a Date: its own message says what is wrong with the day.)
  const wantedOther = issue.code === 'invalid_type' || issue.message.includes('received Date');
  if (text === undefined || !wantedOther) return issue.message;
  return `YAML reads the unquoted ${text} as a date, not text: write it in quotes, "${text}"`;
}

/** Each entry against its collection's schema; returns the problems and the entries that pass. */
function checkSchemas(tree: ContentTree): { problems: Problem[]; parsed: ParsedTree } {
  const problems: Problem[] = [];
  const parsed = Object.fromEntries(
    Object.keys(tree).map((name) => [name, [] as Parsed<unknown>[]]),
  ) as Record<CollectionName, Parsed<unknown>[]>;
  for (const [collection, entries] of Object.entries(tree) as [CollectionName, RawEntry[]][]) {
    for (const entry of entries) {
      if (entry.data === undefined) continue; // already reported by the loader
      const result = SCHEMAS[collection].safeParse(entry.data);
      if (result.success) {
        const prefix = entry.keyed ? entry.id : '';
        parsed[collection].push({ id: entry.id, file: entry.file, prefix, data: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        problems.push({
          file: entry.file,
          path: fieldPath(entry, issue.path),
          message: schemaMessage(issue, entry),
        });
      }
    }
  }
  return { problems, parsed: parsed as unknown as ParsedTree };
}

/** The stages' problems in order, less any about a field that already has one. */
function oncePerField(stages: Problem[][]): Problem[] {
  const reported = new Set<string>();
  return stages.flat().filter((problem) => {
    // A whole-file problem (empty path) never hides another.
    if (problem.path === '') return true;
    const key = `${problem.file}\u0000${problem.path}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
}

/** Loads `contentDir` and checks it; returns every problem (none when the content is valid). */
export function validateContentDir(contentDir: string): Problem[] {
  const { tree, unreadable, problems: loading } = loadContentTree(contentDir);
  const schemas = checkSchemas(tree);
  return oncePerField([
    loading,
    duplicateIds(tree),
    rawProblems(tree),
    schemas.problems,
    checkIntegrity(schemas.parsed, tree, unreadable),
  ]);
}

/**
 * The one content check, used by `npm run validate`, by the build
 * (src/integrations/validate-content.ts) and by the tests: every entry against its schema, then the
 * rules that span entries.
 */
import type { z } from 'astro/zod';
import { COLLECTION_SCHEMAS } from '../schemas/index.ts';
import { checkIntegrity, type Parsed, type ParsedTree } from './integrity.ts';
import { loadContentTree } from './load-content.ts';
import type { CollectionName, ContentTree, Problem } from './types.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = COLLECTION_SCHEMAS;

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

/** Checks a loaded tree; returns every problem found (empty when the content is valid). */
function validateTree(tree: ContentTree): Problem[] {
  const problems: Problem[] = duplicateIds(tree);
  const parsed = Object.fromEntries(
    Object.keys(tree).map((name) => [name, [] as Parsed<unknown>[]]),
  ) as Record<CollectionName, Parsed<unknown>[]>;
  for (const [collection, entries] of Object.entries(tree) as [
    CollectionName,
    ContentTree[CollectionName],
  ][]) {
    for (const entry of entries) {
      if (entry.data === undefined) continue; // already reported by the loader
      const prefix = entry.keyed ? entry.id : '';
      const result = SCHEMAS[collection].safeParse(entry.data);
      if (result.success) {
        parsed[collection].push({ id: entry.id, file: entry.file, prefix, data: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
        problems.push({ file: entry.file, path, message: issue.message });
      }
    }
  }
  return [...problems, ...checkIntegrity(parsed as unknown as ParsedTree)];
}

/** Loads `contentDir` and checks it. */
export function validateContentDir(contentDir: string): Problem[] {
  const { tree, problems } = loadContentTree(contentDir);
  return [...problems, ...validateTree(tree)];
}

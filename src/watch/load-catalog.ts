/**
 * Reads the content folder the way the site does: the project's validator first (a catalog the
 * build would refuse is not watched), then the project's loader and schemas, so every value the
 * watch checks is the value the site publishes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { COLLECTION_SCHEMAS, Id, type Source } from '../schemas/index.ts';
import { loadContentTree } from '../validation/load-content.ts';
import { formatProblem, type CollectionName, type Problem } from '../validation/types.ts';
import { validateContentDir } from '../validation/validate.ts';
import type { ParsedEntry } from './cited-values.ts';

/**
 * content/uncatalogued-ids.yaml (optional): mini or nano ids OpenAI lists that the catalog leaves
 * out on purpose, each with the reason, so the watch stops reporting them as new.
 */
const UNCATALOGUED_FILE = 'uncatalogued-ids.yaml';
const UncataloguedIds = z.record(
  Id,
  z.string().min(1, { error: 'Say why the catalog leaves it out' }),
);

export interface WatchedCatalog {
  /** Every entry of every collection, in content order. */
  entries: ParsedEntry[];
  sources: Map<string, Source>;
  uncatalogued: Set<string>;
}

/** Loads `contentDir`, or throws an Error listing each problem as file: field: message. */
export function loadWatchedCatalog(contentDir: string): WatchedCatalog {
  const problems: Problem[] = validateContentDir(contentDir);
  const { tree } = loadContentTree(contentDir);
  const entries: ParsedEntry[] = [];
  const sources = new Map<string, Source>();
  for (const [collection, raw] of Object.entries(tree) as [CollectionName, typeof tree.models][]) {
    for (const entry of raw) {
      const parsed = COLLECTION_SCHEMAS[collection].safeParse(entry.data);
      if (!parsed.success) continue; // reported by the validator above
      const prefix = entry.keyed ? entry.id : '';
      entries.push({ collection, id: entry.id, file: entry.file, prefix, data: parsed.data });
      if (collection === 'sources') sources.set(entry.id, parsed.data as Source);
    }
  }

  const uncatalogued = new Set<string>();
  const path = join(contentDir, UNCATALOGUED_FILE);
  if (existsSync(path)) {
    const file = relative(join(contentDir, '..'), path);
    try {
      const result = UncataloguedIds.safeParse(load(readFileSync(path, 'utf8')) ?? {});
      if (result.success) for (const id of Object.keys(result.data)) uncatalogued.add(id);
      else
        for (const issue of result.error.issues)
          problems.push({ file, path: issue.path.join('.'), message: issue.message });
    } catch (error) {
      problems.push({
        file,
        path: '',
        message: `Not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      });
    }
  }

  if (problems.length > 0) {
    throw new Error(
      `The content has ${problems.length} problem(s); fix them first (npm run validate):\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
  return { entries, sources, uncatalogued };
}

/**
 * Reads the content folder the way the Astro loaders in src/content.config.ts do, so the
 * validator sees the same entries: one entry per file for globbed collections, one per key
 * for the keyed YAML files. YAML syntax errors (including duplicate keys) become problems.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname, sep } from 'node:path';
import { parse } from 'yaml';
import type { ContentTree, RawEntry, Problem } from './types.ts';

function readYaml(path: string, root: string, problems: Problem[]): unknown {
  const file = relative(root, path);
  try {
    return parse(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    problems.push({
      file,
      path: '',
      message: `Not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
}

function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

/** One entry per file; the id is the file name without its extension (as Astro's glob loader does). */
function loadGlob(
  root: string,
  folder: string,
  collection: RawEntry['collection'],
  problems: Problem[],
): RawEntry[] {
  return listFiles(join(root, folder), ['.yaml', '.yml']).map((path) => ({
    collection,
    id: basename(path, extname(path)),
    file: relative(root, path),
    data: readYaml(path, root, problems),
  }));
}

/** One entry per top-level key of a YAML map (as Astro's file loader does). */
function loadKeyed(
  root: string,
  name: string,
  collection: RawEntry['collection'],
  problems: Problem[],
): RawEntry[] {
  const path = join(root, name);
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, path: '', message: 'File is missing' });
    return [];
  }
  const data = readYaml(path, root, problems);
  if (data === undefined) return [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, path: '', message: 'Expected a map of id: entry' });
    return [];
  }
  return Object.entries(data).map(([id, value]) => ({
    collection,
    id,
    file,
    data: value,
    keyed: true,
  }));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Hand-written FAQ entries: MDX files whose id is their path below content/faq without extension. */
function loadFaq(root: string, folder: string, problems: Problem[]): RawEntry[] {
  const dir = join(root, folder);
  return listFiles(dir, ['.mdx']).map((path) => {
    const file = relative(root, path);
    const id = relative(dir, path).slice(0, -'.mdx'.length).split(sep).join('/');
    const match = FRONT_MATTER.exec(readFileSync(path, 'utf8'));
    if (!match) {
      problems.push({ file, path: '', message: 'Missing front matter between --- lines' });
      return { collection: 'faq' as const, id, file, data: undefined };
    }
    try {
      return {
        collection: 'faq' as const,
        id,
        file,
        data: parse(match[1] ?? '', { uniqueKeys: true }),
      };
    } catch (error) {
      problems.push({
        file,
        path: '',
        message: `Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      });
      return { collection: 'faq' as const, id, file, data: undefined };
    }
  });
}

/**
 * Loads every collection below `contentDir`. File names in problems are relative to the
 * folder that holds `contentDir`, so they read `content/models/gpt-4o-mini.yaml`.
 */
export function loadContentTree(contentDir: string): { tree: ContentTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = join(contentDir, '..');
  const base = relative(root, contentDir);
  const tree: ContentTree = {
    lines: loadGlob(root, join(base, 'lines'), 'lines', problems),
    models: loadGlob(root, join(base, 'models'), 'models', problems),
    sources: loadKeyed(root, join(base, 'sources.yaml'), 'sources', problems),
    benchmarks: loadKeyed(root, join(base, 'benchmarks.yaml'), 'benchmarks', problems),
    comparisonModels: loadKeyed(
      root,
      join(base, 'comparison-models.yaml'),
      'comparisonModels',
      problems,
    ),
    comparisons: loadGlob(root, join(base, 'comparisons'), 'comparisons', problems),
    faq: loadFaq(root, join(base, 'faq'), problems),
  };
  return { tree, problems };
}

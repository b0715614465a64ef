/**
 * Reads the content folder as the Astro loaders in src/content.config.ts do, from the same layout
 * (src/content-layout.ts): one entry per file for folder collections, one per key for keyed YAML
 * files. YAML is parsed by js-yaml, the parser Astro's loaders use, so the validator sees the data
 * Astro will see (and it is ten times faster than the \`yaml\` package: 0.7 ms against 8 ms for a
 * model file, 7 s saved at 1,000 versions); unquoted dates also keep their typed text
 * (src/validation/yaml.ts). YAML syntax errors, duplicate keys included, become problems.
 *
 * Every file below the content folder is accounted for: a file no loader reads (a hidden draft, a
 * .yml, a stray file outside the collections) and an empty file are reported where they are, never
 * skipped in silence; ids made from file names and keys obey the same rule as ids in fields.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import {
  COLLECTION_LAYOUT,
  entryId,
  type CollectionLayout,
  type CollectionName,
} from '../content-layout.ts';
import { Id } from '../schemas/primitives.ts';
import { checkMdxBody } from './mdx-body.ts';
import type { ContentTree, Problem, RawEntry } from './types.ts';
import { parseYaml } from './yaml.ts';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * An MDX file's front matter and the file with the front matter blanked (line numbers kept), or
 * undefined without front matter. As Astro's own reader does, a byte-order mark and blank lines
 * may come before the opening `---`.
 */
function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const lines = text.split('\n');
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open++;
  if ((lines[open] ?? '').trim() !== '---') return undefined;
  const close = lines.findIndex((line, index) => index > open && line.trim() === '---');
  if (close === -1) return undefined;
  const yaml = lines.slice(open + 1, close).join('\n');
  const body = lines.map((line, index) => (index <= close ? '' : line)).join('\n');
  return { yaml, body };
}

/** The data of one file: YAML as a whole, or an MDX file's front matter (its body is checked). */
function readData(path: string, file: string, problems: Problem[]): unknown {
  // A byte-order mark is accepted, as Astro's loaders accept it; it is never part of the data.
  const raw = readFileSync(path, 'utf8');
  const text = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw;
  const problem = (message: string) => {
    problems.push({ file, path: '', message });
    return undefined;
  };
  if (text.trim() === '') return problem('File is empty');
  const isMdx = path.endsWith('.mdx');
  let yaml = text;
  if (isMdx) {
    const parts = splitFrontMatter(text);
    if (parts === undefined)
      return problem('Missing front matter: start the file with a --- line, the fields, and ---');
    yaml = parts.yaml;
    problems.push(...checkMdxBody(parts.body, file));
  }
  let data: unknown;
  try {
    // js-yaml refuses a duplicated key by default ("duplicated mapping key (2:1)").
    data = parseYaml(yaml, file);
  } catch (error) {
    const what = isMdx ? 'Front matter is not valid YAML' : 'Not valid YAML';
    return problem(`${what}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === undefined || data === null)
    return problem(isMdx ? 'Front matter is empty' : 'File holds no data, only comments');
  return data;
}

/** Why `id` (from a file name or a key) is not a valid id, or undefined when it is. */
function idProblem(id: string, what: 'File name' | 'Key'): string | undefined {
  // FAQ ids hold their folder (gpt-4o-mini/slug): each part is an id.
  for (const part of id.split('/')) {
    const result = Id.safeParse(part);
    if (!result.success) {
      const rule = result.error.issues[0]?.message ?? 'not a valid id';
      const fix = what === 'File name' ? 'rename the file' : 'rename the key';
      return `${what} "${part}" is not a valid id: ${rule}; ${fix}`;
    }
  }
  return undefined;
}

/** Every file below `dir`, as paths relative to it with "/" separators, hidden files included. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

/** Which collection reads the file at `path` (relative to the content folder), if any. */
function collectionOf(path: string): CollectionName | undefined {
  for (const [name, layout] of Object.entries(COLLECTION_LAYOUT) as [
    CollectionName,
    CollectionLayout,
  ][]) {
    if (layout.kind === 'keyed-file' ? path === layout.file : path.startsWith(`${layout.folder}/`))
      return name;
  }
  return undefined;
}

function loadFolderFile(
  root: string,
  contentDir: string,
  collection: CollectionName,
  layout: Extract<CollectionLayout, { kind: 'folder' }>,
  path: string,
  problems: Problem[],
): RawEntry | undefined {
  const file = relative(root, join(contentDir, path));
  const folder = `content/${layout.folder}`;
  const name = path.slice(layout.folder.length + 1);
  if (!matchesGlob(name, layout.pattern)) {
    problems.push({
      file,
      path: '',
      message: `Not read: files in ${folder} must match ${layout.pattern}`,
    });
    return undefined;
  }
  const id = entryId(name);
  const badId = idProblem(id, 'File name');
  if (badId) problems.push({ file, path: '', message: badId });
  return { collection, id, file, data: readData(join(contentDir, path), file, problems) };
}

function loadKeyedFile(
  root: string,
  contentDir: string,
  collection: CollectionName,
  layout: Extract<CollectionLayout, { kind: 'keyed-file' }>,
  problems: Problem[],
): RawEntry[] | undefined {
  const path = join(contentDir, layout.file);
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, path: '', message: 'File is missing' });
    return undefined;
  }
  const data = readData(path, file, problems);
  if (data === undefined) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    problems.push({ file, path: '', message: 'Expected a map of id: entry' });
    return undefined;
  }
  return Object.entries(data).map(([id, value]) => {
    const badId = idProblem(id, 'Key');
    if (badId) problems.push({ file, path: id, message: badId });
    return { collection, id, file, data: value, keyed: true };
  });
}

/**
 * Loads every collection below `contentDir`. File names in problems are relative to the
 * folder that holds `contentDir`, so they read `content/models/gpt-4o-mini.yaml`.
 */
export function loadContentTree(contentDir: string): {
  tree: ContentTree;
  /** Collections whose one file could not be read: no id in them can be looked up. */
  unreadable: Set<CollectionName>;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const unreadable = new Set<CollectionName>();
  const root = join(contentDir, '..');
  const tree = Object.fromEntries(
    Object.keys(COLLECTION_LAYOUT).map((name) => [name, [] as RawEntry[]]),
  ) as ContentTree;
  for (const path of existsSync(contentDir) ? filesBelow(contentDir) : []) {
    const collection = collectionOf(path);
    const layout = collection && COLLECTION_LAYOUT[collection];
    const file = relative(root, join(contentDir, path));
    if (isHidden(path)) {
      problems.push({
        file,
        path: '',
        message:
          'Not read: the site skips hidden files (names starting with "."); ' +
          'rename it without the dot, or move the draft out of content/',
      });
    } else if (collection === undefined || layout === undefined) {
      problems.push({
        file,
        path: '',
        message:
          'Not read: no collection reads this file; content/ holds ' +
          Object.values(COLLECTION_LAYOUT)
            .map((l) => (l.kind === 'folder' ? `${l.folder}/` : l.file))
            .join(', '),
      });
    } else if (layout.kind === 'folder') {
      const entry = loadFolderFile(root, contentDir, collection, layout, path, problems);
      if (entry) tree[collection].push(entry);
    }
  }
  for (const [name, layout] of Object.entries(COLLECTION_LAYOUT) as [
    CollectionName,
    CollectionLayout,
  ][]) {
    if (layout.kind !== 'keyed-file') continue;
    const entries = loadKeyedFile(root, contentDir, name, layout, problems);
    if (entries === undefined) unreadable.add(name);
    else tree[name].push(...entries);
  }
  return { tree, unreadable, problems };
}

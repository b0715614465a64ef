/**
 * A synthetic catalog made from the real content, for measuring and testing how the site grows:
 * the real files plus clones of the real models in lines of LINE_SIZE. It copies whatever fields
 * the real files have and changes only ids, names, release dates and line membership, so it keeps
 * working when the schema grows. Used by `npm run bench:scale` and tests/unit/catalog-growth.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { load } from 'js-yaml';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { PROJECT_ROOT } from './project-copy.ts';

export const LINE_SIZE = 10;
/** The model field that orders a line; a date string or a sourced fact `{ value }`. */
const RELEASE_FIELD = 'released';
/** The line field that lists its members, oldest first. */
const MEMBERS_FIELD = 'members';

type Data = Record<string, unknown>;

interface RealModel {
  id: string;
  data: Data;
  /** The real line it belongs to. */
  line: { id: string; data: Data };
}

function readYamlDir(dir: string): { id: string; data: Data }[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      id: basename(name, extname(name)),
      data: load(readFileSync(join(dir, name), 'utf8')) as Data,
    }));
}

function releasedOf(model: { id: string; data: Data }): string {
  const field = model.data[RELEASE_FIELD];
  const value = typeof field === 'object' && field !== null ? (field as Data)['value'] : field;
  if (typeof value !== 'string')
    throw new Error(
      `content/models/${model.id}.yaml has no "${RELEASE_FIELD}" date (text or { value }); ` +
        'bench-scale orders synthetic versions by it: update RELEASE_FIELD in this script',
    );
  return value;
}

function withReleased(data: Data, date: string): Data {
  const field = data[RELEASE_FIELD];
  return {
    ...data,
    [RELEASE_FIELD]: typeof field === 'object' && field !== null ? { ...field, value: date } : date,
  };
}

/** `date` plus `days` at day precision; a month or a year stays as it is (ties keep the order). */
function addDays(date: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Renames the template's own ids inside a clone: the id itself and ids derived from it (snapshot
 * ids such as `gpt-5-mini-2025-08-07`), so no two versions claim the same snapshot. Strings that
 * are ids of real entries (another model, a source) are references and stay as they are.
 */
function renameIds(value: unknown, from: string, to: string, realIds: Set<string>): unknown {
  if (typeof value === 'string') {
    if (value === from) return to;
    if (value.startsWith(`${from}-`) && !realIds.has(value)) return to + value.slice(from.length);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => renameIds(item, from, to, realIds));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, renameIds(item, from, to, realIds)]),
    );
  return value;
}

/**
 * Writes data as YAML. JSON is YAML whose strings are all quoted, so a date-like string can never
 * be read back as a Date, whatever parser the loader uses.
 */
const writeYaml = (path: string, data: unknown) =>
  writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);

/**
 * Fills `contentDir` with the real content plus synthetic versions up to `versions` in all.
 * Returns how many versions are real and how many lines were added.
 */
export function generateCatalog(
  contentDir: string,
  versions: number,
): { real: number; synthetic: number; lines: number } {
  const realContent = join(PROJECT_ROOT, 'content');
  const tree = loadContentTree(realContent).tree;
  const realIds = new Set(Object.values(tree).flatMap((entries) => entries.map((e) => e.id)));
  const lines = readYamlDir(join(realContent, 'lines'));
  const lineOf = new Map<string, { id: string; data: Data }>();
  for (const line of lines) {
    const members = line.data[MEMBERS_FIELD];
    if (!Array.isArray(members))
      throw new Error(`content/lines/${line.id}.yaml has no "${MEMBERS_FIELD}" list`);
    for (const member of members) lineOf.set(String(member), line);
  }
  const templates: RealModel[] = readYamlDir(join(realContent, 'models'))
    .map((model) => {
      const line = lineOf.get(model.id);
      if (!line) throw new Error(`content/models/${model.id}.yaml is in no line`);
      return { ...model, line };
    })
    .sort((a, b) => releasedOf(a).localeCompare(releasedOf(b)));
  const real = templates.length;
  if (versions < real)
    throw new Error(`The real catalog already has ${real} versions; ask for at least that many`);

  // The real content as it is (other collections refer to the real models and lines)…
  cpSync(realContent, contentDir, { recursive: true });

  // …plus lines of LINE_SIZE clones, each line cloned from one real model, in release order.
  const synthetic = versions - real;
  const lineCount = Math.ceil(synthetic / LINE_SIZE);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  for (let l = 1; l <= lineCount; l++) {
    const template = templates[(l - 1) % real] as RealModel;
    const size = Math.min(LINE_SIZE, synthetic - (l - 1) * LINE_SIZE);
    const members: string[] = [];
    for (let v = 1; v <= size; v++) {
      const id = `${template.id}-l${pad(l, 4)}-v${pad(v, 2)}`;
      const clone = renameIds(template.data, template.id, id, realIds) as Data;
      const name = `${String(template.data['name'])} ${l}.${v}`;
      writeYaml(
        join(contentDir, 'models', `${id}.yaml`),
        withReleased({ ...clone, name }, addDays(releasedOf(template), v - 1)),
      );
      members.push(id);
    }
    writeYaml(join(contentDir, 'lines', `${template.line.id}-${pad(l, 4)}.yaml`), {
      ...template.line.data,
      name: `${String(template.line.data['name'])} ${l}`,
      [MEMBERS_FIELD]: members,
    });
  }
  return { real, synthetic, lines: lineCount };
}

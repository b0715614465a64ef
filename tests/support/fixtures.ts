/**
 * Malformed-content fixtures. Each file in tests/fixtures/malformed describes one defect applied to
 * a copy of the real content/ folder, and the problem the validator must report:
 *
 *   file: content/models/gpt-4o-mini.yaml   # the file to break (or to create)
 *   set: { pricing.input.value: -0.15 }     # dotted paths to overwrite, or
 *   remove: [pricing.output]                # dotted paths to delete, or
 *   text: "..."                             # the file's whole new text
 *   expect: { path: pricing.input.value, message: cannot be negative }
 */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT_DIR = join(PROJECT_ROOT, 'content');
const FIXTURE_DIR = join(PROJECT_ROOT, 'tests/fixtures/malformed');

export interface MalformedFixture {
  name: string;
  file: string;
  set?: Record<string, unknown>;
  remove?: string[];
  text?: string;
  expect: { path: string; message: string };
}

export function malformedFixtures(): MalformedFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      name,
      ...(load(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as Omit<MalformedFixture, 'name'>),
    }));
}

function walkTo(
  root: Record<string, unknown>,
  dotted: string,
): { parent: Record<string, unknown>; key: string } {
  const parts = dotted.split('.');
  const key = parts.pop() as string;
  let parent: Record<string, unknown> = root;
  for (const part of parts) {
    const next = parent[part];
    if (next === null || typeof next !== 'object')
      throw new Error(`Fixture path "${dotted}" does not exist`);
    parent = next as Record<string, unknown>;
  }
  return { parent, key };
}

/** Applies a fixture to the project folder `root` (which holds content/). */
export function applyFixture(root: string, fixture: MalformedFixture): void {
  const path = join(root, fixture.file);
  if (fixture.text !== undefined) {
    writeFileSync(path, fixture.text);
    return;
  }
  if (!existsSync(path))
    throw new Error(`Fixture ${fixture.name} patches ${fixture.file}, which does not exist`);
  const data = load(readFileSync(path, 'utf8')) as Record<string, unknown>;
  for (const [dotted, value] of Object.entries(fixture.set ?? {})) {
    const { parent, key } = walkTo(data, dotted);
    parent[key] = value;
  }
  for (const dotted of fixture.remove ?? []) {
    const { parent, key } = walkTo(data, dotted);
    if (!(key in parent))
      throw new Error(`Fixture ${fixture.name} removes "${dotted}", which does not exist`);
    delete parent[key];
  }
  writeFileSync(path, dump(data));
}

/**
 * A throwaway copy of content/ (inside a folder standing for the project root); call `cleanup`
 * after.
 */
export function copyContent(): { root: string; contentDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'gpt-mini-content-'));
  cpSync(CONTENT_DIR, join(root, 'content'), { recursive: true });
  return {
    root,
    contentDir: join(root, 'content'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

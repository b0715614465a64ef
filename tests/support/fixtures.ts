/**
 * Malformed-content fixtures. Each file in tests/fixtures/malformed describes one defect applied to
 * a copy of the real content/ folder, and the problem the validator must report:
 *
 *   file: content/models/gpt-4o-mini.yaml   # the file to break (or to create)
 *   copyFrom: content/models/gpt-5-mini.yaml  # start the file as a copy of another (optional)
 *   set: { pricing.input.value: -0.15 }     # dotted paths to overwrite, and/or
 *   remove: [pricing.output]                # dotted paths to delete, or
 *   text: "..."                             # the file's whole new text, and/or
 *   replace: { 'value: "2025-08-07"': 'value: 2026-02-30' }  # edits of the text as typed
 *   expect: { path: pricing.input.value, message: A price cannot be negative }
 *   build: true                   # also run npm run validate and astro build (slow: one per kind)
 *
 * `expect` is the one problem the defect must give, word for word: each fixture is one mistake,
 * and one mistake is reported once. `line` is added where the message names a line (MDX bodies).
 * `replace` works on the text, so it can type what YAML would change once loaded (an unquoted
 * date); every `from` must be found.
 */
import {
  copyFileSync,
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
  copyFrom?: string;
  set?: Record<string, unknown>;
  remove?: string[];
  text?: string;
  replace?: Record<string, string>;
  expect: { path: string; line?: number; message: string };
  build?: boolean;
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
  if (fixture.copyFrom !== undefined) copyFileSync(join(root, fixture.copyFrom), path);
  if (fixture.text !== undefined) writeFileSync(path, fixture.text);
  if (fixture.set !== undefined || fixture.remove !== undefined) {
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
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  for (const [from, to] of Object.entries(fixture.replace ?? {})) {
    if (!text.includes(from))
      throw new Error(`Fixture ${fixture.name} replaces "${from}", which ${fixture.file} lacks`);
    text = text.replace(from, to);
  }
  if (fixture.replace !== undefined) writeFileSync(path, text);
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

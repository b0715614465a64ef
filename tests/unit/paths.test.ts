/**
 * The promise src/lib/paths.ts makes: a model page's address is built there and nowhere else, so
 * moving the pages moves every link. A scan of src/ fails naming each file:line that types one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const SRC = join(PROJECT_ROOT, 'src');
/** The one module allowed to spell the addresses out. */
const PATHS_MODULE = 'src/lib/paths.ts';

/**
 * An address under /models/ built inline: a template (`/models/${id}/`, `/cards/models/${id}.png`)
 * or the quoted folder itself ('/models/', '/models/' + id). `content/models/${id}.yaml` is a file
 * of the project, not an address, and comments that describe an address (`/models/<id>/`) are not
 * code that builds one.
 */
const INLINE = [/(?<!content)\/models\/\$\{/, /['"]\/models\/['"]/];

/** `file:line: text` for each line of `text` that builds a /models/ address inline. */
function inlineModelAddresses(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      INLINE.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
}

const sourceFiles = () =>
  readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs|js)$/.test(file))
    .map((file) => relative(PROJECT_ROOT, join(SRC, file)))
    .filter((file) => file !== PATHS_MODULE)
    .sort();

describe('model page addresses', () => {
  it('are built only by src/lib/paths.ts', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      inlineModelAddresses(file, readFileSync(join(PROJECT_ROOT, file), 'utf8')),
    );
    expect(found, 'use modelPagePath and its neighbours in src/lib/paths.ts').toEqual([]);
  });

  it('the scan finds each way of typing one, and names the file and line', () => {
    const text = [
      'const a = modelPagePath(id);',
      'const b = `/models/${id}/`;',
      '<a href={`/models/${m.id}/#benchmarks`}>',
      "const c = '/models/' + id;",
      '<form action="/models/">',
      'const d = `/cards/models/${id}.png`;',
      'const e = `content/models/${id}.yaml`;',
      ' * Data for /models/<id>/.',
    ].join('\n');
    expect(inlineModelAddresses('src/x.ts', text).map((hit) => hit.split(': ')[0])).toEqual([
      'src/x.ts:2',
      'src/x.ts:3',
      'src/x.ts:4',
      'src/x.ts:5',
      'src/x.ts:6',
    ]);
  });
});

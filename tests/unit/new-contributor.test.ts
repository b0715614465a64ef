/**
 * Issue 20, tried as a new contributor would: "I copied a model file to start a new one, typed
 * dates the way YAML allows, and made a typo in the replacement". Every mistake is named on the
 * first `npm run validate`, in the file where it is, and once they are fixed nothing else is left.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/types.ts';
import { validateContentDir } from '../../src/validation/validate.ts';
import { copyContent, PROJECT_ROOT } from '../support/fixtures.ts';

const NEW_FILE = 'content/models/gpt-6-mini.yaml';

/** Replaces `from` in the file's text, failing loudly if it is not there. */
function edit(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${String(from)} not found in ${path}`);
  writeFileSync(path, edited);
}

/** The lifecycle the contributor types: dates unquoted, as YAML allows. */
const typedLifecycle = (date: string, replacement: string) => `lifecycle:
  - type: shutdown
    date: ${date}
    announced: 2026-11-20
    ids:
      - { id: gpt-6-mini, kind: alias }
    replacement: ${replacement}
    asOf: 2026-11-25
    source: deprec-2611
recommendations:`;

describe('a new model started from a copy', () => {
  let copy: ReturnType<typeof copyContent>;
  let file: string;

  beforeEach(() => {
    copy = copyContent();
    file = join(copy.root, NEW_FILE);
    copyFileSync(join(copy.contentDir, 'models/gpt-5-mini.yaml'), file);
    edit(file, 'name: GPT-5 mini', 'name: GPT-6 mini');
    // An impossible release day, unquoted: YAML alone would roll it over to Dec 1.
    edit(file, 'released: { value: "2025-08-07"', 'released: { value: 2026-11-31');
    // The lifecycle rewritten with another impossible day and a typo in the replacement; the
    // copied snapshot id is left as it was.
    edit(
      file,
      /^lifecycle:\n[\s\S]*?^recommendations:/m,
      typedLifecycle('2027-06-31', 'gpt-6.1-tera'),
    );
  });
  afterEach(() => copy.cleanup());

  const impossible = (day: string, why: string) =>
    `Not a valid date: ${day} is not a real date (${why}); ` +
    'write it in quotes as "YYYY-MM-DD" (or "YYYY-MM", "YYYY")';
  const firstRun = [
    `${NEW_FILE}: Model "gpt-6-mini" is not a member of any line in content/lines`,
    `${NEW_FILE}: released.value: ${impossible('2026-11-31', 'November 2026 has 30 days')}`,
    `${NEW_FILE}: snapshots.0.id: "gpt-5-mini-2025-08-07" is already a snapshot of gpt-5-mini ` +
      '(content/models/gpt-5-mini.yaml): one id names one model',
    `${NEW_FILE}: lifecycle.0.date: ${impossible('2027-06-31', 'June 2027 has 30 days')}`,
    `${NEW_FILE}: lifecycle.0.replacement: Unknown replacement "gpt-6.1-tera": ` +
      'add content/replacements/gpt-6.1-tera.yaml, or list it in content/named-models.yaml; ' +
      'did you mean "gpt-6.1-terra"?',
  ];

  it('has every mistake named on the first run, each in the new file', () => {
    expect(validateContentDir(copy.contentDir).map(formatProblem).sort()).toEqual(
      [...firstRun].sort(),
    );
  });

  it('has them printed by npm run validate, which exits 1', () => {
    const run = spawnSync('node', ['scripts/validate.ts', copy.contentDir], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const printed = run.stderr
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.trim());
    expect(printed.sort()).toEqual([...firstRun].sort());
  });

  it('is valid once the named mistakes are fixed, with nothing found on a second run', () => {
    edit(file, 'released: { value: 2026-11-31', 'released: { value: 2026-11-20');
    edit(file, 'id: gpt-5-mini-2025-08-07', 'id: gpt-6-mini-2026-11-20');
    edit(
      file,
      /^lifecycle:\n[\s\S]*?^recommendations:/m,
      typedLifecycle('2027-06-30', 'gpt-6.1-terra'),
    );
    edit(
      join(copy.contentDir, 'lines/gpt-mini.yaml'),
      '  - gpt-5.4-mini\n',
      '  - gpt-5.4-mini\n  - gpt-6-mini\n',
    );
    // Valid dates may stay unquoted: YAML reads them as the day that was typed.
    expect(validateContentDir(copy.contentDir).map(formatProblem)).toEqual([]);
  });
});

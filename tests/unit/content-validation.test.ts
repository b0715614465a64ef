/**
 * The real content passes; each malformed fixture is rejected by the validator with its file,
 * field and message, and nothing else. The fixtures marked `build` (one of each kind: a run takes
 * seconds) are also run through `npm run validate` and `astro build`, which must print the same
 * line and fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/validation/types.ts';
import { validateContentDir } from '../../src/validation/validate.ts';
import {
  applyFixture,
  CONTENT_DIR,
  copyContent,
  malformedFixtures,
  PROJECT_ROOT,
  type MalformedFixture,
} from '../support/fixtures.ts';

/** The one line the validator must print for a fixture. */
const expectedLine = (fixture: MalformedFixture) =>
  formatProblem({
    file: fixture.file,
    path: fixture.expect.path,
    message: fixture.expect.message,
    ...(fixture.expect.line === undefined ? {} : { line: fixture.expect.line }),
  });

describe('real content', () => {
  it('has no problems', () => {
    expect(validateContentDir(CONTENT_DIR).map(formatProblem)).toEqual([]);
  });
});

describe('content written in ways Astro reads the same', () => {
  it.each([
    [
      'a byte-order mark before the front matter',
      'faq/gpt-4o-mini/audio-and-realtime-variants.mdx',
    ],
    ['a byte-order mark before a YAML file', 'models/gpt-4o-mini.yaml'],
  ])('accepts %s', (_, path) => {
    const copy = copyContent();
    try {
      const file = join(copy.contentDir, path);
      writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
      expect(validateContentDir(copy.contentDir).map(formatProblem)).toEqual([]);
    } finally {
      copy.cleanup();
    }
  });

  it('accepts real days typed without quotes, in every kind of date field', () => {
    const copy = copyContent();
    try {
      const unquote = (path: string) => {
        const file = join(copy.contentDir, path);
        writeFileSync(file, readFileSync(file, 'utf8').replace(/"(\d{4}-\d{2}-\d{2})"/g, '$1'));
      };
      unquote('lines/gpt-mini.yaml'); // verified: a Day
      unquote('models/gpt-5-mini.yaml'); // released, shutdown dates, asOf…
      unquote('sources.yaml'); // a source's date, nullable
      const problems = validateContentDir(copy.contentDir).map(formatProblem);
      // Conflicting values are text, not dates: those (and only those) must be quoted.
      const quoteIt =
        'YAML reads the unquoted 2024-05-30 as a date, not text: write it in quotes, "2024-05-30"';
      expect(problems).toEqual([
        `content/models/gpt-5-mini.yaml: knowledgeCutoff.conflicts.0.value: ${quoteIt}`,
        `content/models/gpt-5-mini.yaml: knowledgeCutoff.conflicts.1.value: ${quoteIt}`,
      ]);
    } finally {
      copy.cleanup();
    }
  });
});

describe.each(malformedFixtures())('malformed fixture $name', (fixture) => {
  it(`is rejected at ${fixture.file}: ${fixture.expect.path || '(whole file)'}, once`, () => {
    const copy = copyContent();
    try {
      applyFixture(copy.root, fixture);
      const problems: Problem[] = validateContentDir(copy.contentDir);
      // One mistake, one message: no follow-on reports elsewhere.
      expect(problems.map(formatProblem)).toEqual([expectedLine(fixture)]);
    } finally {
      copy.cleanup();
    }
  });
});

describe.each(malformedFixtures().filter((f) => f.build))(
  'npm run validate with $name',
  (fixture) => {
    it('prints the file, the field and the problem, and exits 1', () => {
      const copy = copyContent();
      try {
        applyFixture(copy.root, fixture);
        const run = spawnSync('node', ['scripts/validate.ts', copy.contentDir], {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toBe(`Content has 1 problem(s):\n  ${expectedLine(fixture)}\n`);
      } finally {
        copy.cleanup();
      }
    });
  },
);

/**
 * Builds a copy of the project with one fixture applied; returns the build's exit code and output.
 */
function buildWithFixture(fixture: MalformedFixture): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'gpt-mini-build-'));
  try {
    for (const item of [
      'src',
      'content',
      'public',
      'astro.config.mjs',
      'package.json',
      'tsconfig.json',
    ]) {
      cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    applyFixture(root, fixture);
    const run = spawnSync('astro', ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe.each(malformedFixtures().filter((f) => f.build))('astro build with $name', (fixture) => {
  it('fails, naming the file, the field and the problem', () => {
    const { status, output } = buildWithFixture(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(expectedLine(fixture));
  });
});

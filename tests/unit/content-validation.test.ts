/**
 * The real content passes; each malformed fixture is rejected with its file, field and a readable
 * message, by the validator, by `npm run validate` and (for two kinds) by `astro build` itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/types.ts';
import { validateContentDir } from '../../src/validation/validate.ts';
import {
  applyFixture,
  CONTENT_DIR,
  copyContent,
  malformedFixtures,
  PROJECT_ROOT,
} from '../support/fixtures.ts';

describe('real content', () => {
  it('has no problems', () => {
    expect(validateContentDir(CONTENT_DIR).map(formatProblem)).toEqual([]);
  });
});

describe.each(malformedFixtures())('malformed fixture $name', (fixture) => {
  it(`is rejected at ${fixture.file}: ${fixture.expect.path || '(whole file)'}`, () => {
    const copy = copyContent();
    try {
      applyFixture(copy.root, fixture);
      const problems = validateContentDir(copy.contentDir);
      const match = problems.find((p) => p.file === fixture.file && p.path === fixture.expect.path);
      expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
      expect(match?.message).toContain(fixture.expect.message);
    } finally {
      copy.cleanup();
    }
  });
});

describe('npm run validate', () => {
  it('prints file, field and message, and exits 1', () => {
    const [fixture] = malformedFixtures().filter((f) => f.name === 'negative-price.yaml');
    if (!fixture) throw new Error('fixture missing');
    const copy = copyContent();
    try {
      applyFixture(copy.root, fixture);
      const run = spawnSync('node', ['scripts/validate.ts', copy.contentDir], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        'content/models/gpt-4.1-mini.yaml: pricing.input.value: A price cannot be negative',
      );
    } finally {
      copy.cleanup();
    }
  });
});

/**
 * Builds a copy of the project with one fixture applied; returns the build's exit code and output.
 */
function buildWithFixture(name: string): { status: number | null; output: string } {
  const fixture = malformedFixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`No fixture ${name}`);
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

describe('astro build', () => {
  it('fails on a dangling reference, naming file and field', () => {
    const { status, output } = buildWithFixture('unknown-source.yaml');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/models/gpt-4o-mini.yaml: pricing.cachedInput.source: ' +
        'Unknown source "4om-pricing-page"',
    );
  });

  it('fails on a schema error, naming file and field', () => {
    const { status, output } = buildWithFixture('negative-price.yaml');
    expect(status).not.toBe(0);
    expect(output).toContain('pricing.input.value');
    expect(output).toContain('gpt-4.1-mini.yaml');
  });
});

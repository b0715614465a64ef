/**
 * The site holds many lines without any page growing with the others: the real catalog's build
 * (dist/, made by npm test) is compared with a build of the same catalog plus two more lines of
 * synthetic versions, and a version's page, its
 * comparisons and its line's pages must come out byte for byte the same. Pages that list lines
 * grow by one entry per line, never by every version.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { epochOfDay } from '../../src/build-day.ts';
import { HOME_LIFECYCLE_SHOWN, HOME_MODELS_PER_LINE } from '../../src/site.ts';
import { TEST_BUILD_DAY } from '../support/build-days.ts';
import { loadContent } from '../support/content.ts';
import { buildEnv, mainDist } from '../support/main-build.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { generateCatalog, LINE_SIZE } from '../support/synthetic-catalog.ts';

const content = loadContent();
const realVersions = content.models.size;
const EXTRA_LINES = 2;

function build(copy: ProjectCopy): string {
  const run = spawnSync('astro', ['build'], {
    cwd: copy.root,
    encoding: 'utf8',
    env: buildEnv({
      // The day npm test builds dist/ on, so only the lines differ between the two.
      SOURCE_DATE_EPOCH: epochOfDay(TEST_BUILD_DAY),
    }),
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return join(copy.root, 'dist');
}

const read = (dist: string, page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');
const modelLinks = (html: string) => new Set(html.match(/href="\/models\/[^/"]+\/"/g) ?? []);

describe('a catalog of many lines', () => {
  let grown: ProjectCopy;
  let baseDist: string;
  let grownDist: string;
  let extraLines: string[];

  beforeAll(() => {
    baseDist = mainDist();
    grown = copyProject({ prefix: 'gpt-mini-grown-', content: false });
    generateCatalog(join(grown.root, 'content'), realVersions + EXTRA_LINES * LINE_SIZE);
    extraLines = readdirSync(join(grown.root, 'content/lines'))
      .map((name) => name.replace(/\.yaml$/, ''))
      .filter((id) => !content.lines.has(id));
    grownDist = build(grown);
  }, 600_000);

  afterAll(() => {
    grown?.cleanup();
  });

  it('adds the lines it was asked for', () => {
    expect(extraLines).toHaveLength(EXTRA_LINES);
  });

  it.each([...content.models.keys()])(
    'builds /models/%s/ exactly as without the other lines',
    (id) => {
      expect(read(grownDist, `models/${id}`)).toBe(read(baseDist, `models/${id}`));
    },
  );

  it('builds the pre-rendered comparisons of the real line exactly as without the others', () => {
    const pairs = readdirSync(join(baseDist, 'compare'), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && d.name.includes('-vs-'),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(read(grownDist, `compare/${pair.name}`), pair.name).toBe(
        read(baseDist, `compare/${pair.name}`),
      );
    }
  });

  it('gives the real line the same comparisons page and the same per-version compare files', () => {
    for (const line of content.lines.keys()) {
      expect(read(grownDist, `compare/lines/${line}`)).toBe(
        read(baseDist, `compare/lines/${line}`),
      );
    }
    for (const id of content.models.keys()) {
      const file = (dist: string) => readFileSync(join(dist, 'compare/data', `${id}.json`), 'utf8');
      expect(file(grownDist), id).toBe(file(baseDist));
    }
  });

  it('builds the cost calculator of the real line exactly as without the others', () => {
    expect(read(grownDist, 'calculator')).toBe(read(baseDist, 'calculator'));
  });

  it('gives every other line a page, a benchmarks page and a calculator of its own', () => {
    for (const line of extraLines) {
      for (const page of ['', 'benchmarks', 'calculator']) {
        expect(existsSync(join(grownDist, 'lines', line, page, 'index.html')), line + page).toBe(
          true,
        );
      }
      const page = read(grownDist, `lines/${line}`);
      expect(modelLinks(page).size).toBeGreaterThanOrEqual(LINE_SIZE);
    }
  });

  it.each(['benchmarks', 'about'])(
    '/%s links no version of the other lines but their newest',
    (page) => {
      const before = modelLinks(read(baseDist, page));
      const after = modelLinks(read(grownDist, page));
      const added = [...after].filter((link) => !before.has(link));
      expect(added.length).toBeLessThanOrEqual(EXTRA_LINES);
    },
  );

  it('/ links a capped number of each other line’s versions, never all of them', () => {
    // The lines are longer than the cap, so a page listing every version would fail here.
    expect(LINE_SIZE).toBeGreaterThan(HOME_MODELS_PER_LINE);
    const before = modelLinks(read(baseDist, ''));
    const added = [...modelLinks(read(grownDist, ''))].filter((link) => !before.has(link));
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThanOrEqual(
      EXTRA_LINES * HOME_MODELS_PER_LINE + 2 * HOME_LIFECYCLE_SHOWN,
    );
    expect(added.length).toBeLessThan(EXTRA_LINES * LINE_SIZE);
  });

  it('lists every line on the home page, linking its page', () => {
    const home = read(grownDist, '');
    for (const line of extraLines) expect(home).toContain(`href="/lines/${line}/"`);
  });
});

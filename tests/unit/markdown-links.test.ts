/**
 * Every relative link in the project's Markdown (the README, CONTRIBUTING.md, docs/) resolves: to a
 * file or folder that exists and, for `file.md#anchor`, to a heading of that file. Documents link
 * to each other and to source files, so a file that moves must take its links with it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, markdownFiles, readMarkdown } from '../support/markdown-links.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

describe("the project's Markdown", () => {
  const files = markdownFiles(PROJECT_ROOT);

  it('is found: the README, CONTRIBUTING.md and every document in docs/', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'CONTRIBUTING.md',
        'docs/architecture.md',
        'docs/content.md',
        'docs/performance.md',
        'docs/source-watch.md',
      ]),
    );
    expect(
      files.filter((file) => file.startsWith('content/') || file.includes('node_modules')),
    ).toEqual([]);
  });

  it('links to the other documents from the README', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const links = readMarkdown(readme).links.map((link) => link.url);
    expect(links).toEqual(
      expect.arrayContaining([
        'CONTRIBUTING.md',
        'docs/architecture.md',
        'docs/content.md',
        'docs/performance.md',
      ]),
    );
  });

  it('has no relative link that leads nowhere', () => {
    expect(brokenLinks(PROJECT_ROOT, files)).toEqual([]);
  });
});

describe('a broken link', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'markdown-links-'));
    write(
      'README.md',
      [
        '# The title',
        '',
        'Good: [a document](docs/guide.md), [a heading](docs/guide.md#the-same-name-1),',
        '[this file](#the-title), [a folder](docs/), [from the root](/docs/guide.md),',
        '[an escaped name](docs/with%20space.md), [source](src/code.ts#L3),',
        '[elsewhere](https://example.org/missing.md) and [mail](mailto:someone@example.org).',
        '',
        'Broken: [a missing file](docs/missing.md) and [a missing heading](docs/guide.md#nowhere).',
        '',
        '![an image](images/none.png) [out](../outside.md) [here](#no-heading) [ref][gone]',
        '',
        '<a href="docs/raw.md">raw HTML</a>',
        '',
        '```md',
        '[not a link, in code](docs/in-code.md)',
        '```',
        '',
        '[gone]: ./docs/gone.md',
        '',
      ].join('\n'),
    );
    write(
      'docs/guide.md',
      [
        '# The same name',
        '## The same name',
        '## `npm test`: what it runs',
        '[back](../README.md#the-title) [code](#npm-test-what-it-runs)',
        '',
      ].join('\n\n'),
    );
    write('docs/with space.md', '# Spaced\n');
    write('src/code.ts', 'export {};\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is reported with its file, line and reason; every good link passes', () => {
    expect(brokenLinks(root, ['README.md', 'docs/guide.md'])).toEqual([
      {
        file: 'README.md',
        line: 8,
        url: 'docs/missing.md',
        reason: 'docs/missing.md does not exist',
      },
      {
        file: 'README.md',
        line: 8,
        url: 'docs/guide.md#nowhere',
        reason: 'docs/guide.md has no heading with the anchor #nowhere',
      },
      {
        file: 'README.md',
        line: 10,
        url: 'images/none.png',
        reason: 'images/none.png does not exist',
      },
      {
        file: 'README.md',
        line: 10,
        url: '../outside.md',
        reason: 'points outside the repository',
      },
      {
        file: 'README.md',
        line: 10,
        url: '#no-heading',
        reason: 'README.md has no heading with the anchor #no-heading',
      },
      { file: 'README.md', line: 12, url: 'docs/raw.md', reason: 'docs/raw.md does not exist' },
      { file: 'README.md', line: 18, url: './docs/gone.md', reason: 'docs/gone.md does not exist' },
    ]);
  });

  it('is found by the same sweep that checks the project', () => {
    expect(markdownFiles(root)).toEqual(['README.md', 'docs/guide.md', 'docs/with space.md']);
  });
});

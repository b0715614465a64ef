/**
 * Two rules of the house that review keeps finding broken, kept by a scan of src/: a module over
 * 300 lines says why in its first comment ("Over 300 lines because …"), and a global style block
 * (`<style is:global>`) carries a comment saying why it is global, just before it or as the first
 * thing inside it. Each failure names the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const SRC = join(PROJECT_ROOT, 'src');
const MAX_LINES = 300;
const REASON = 'Over 300 lines because';

/** The text of the file's first block comment, its `*` margins and line breaks folded. */
function firstComment(text: string): string {
  const match = /\/\*[\s\S]*?\*\//.exec(text);
  return (match?.[0] ?? '')
    .replace(/^\s*\*+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A problem with `file` under the length rule, or none. */
function lengthProblem(file: string, text: string): string[] {
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines <= MAX_LINES || firstComment(text).includes(REASON)) return [];
  return [`${file}: ${lines} lines, and its first comment does not say "${REASON} …"`];
}

/** A comment ends right before the tag (HTML or JSX), or opens the block's CSS. */
const COMMENT_BEFORE = /(?:-->|\*\/\})\s*$/;
const COMMENT_INSIDE = /^\s*\/\*/;

/** A problem for each global style block of `file` with no comment saying why. */
function globalStyleProblems(file: string, text: string): string[] {
  return [...text.matchAll(/<style\b[^>]*\bis:global\b[^>]*>/g)].flatMap((match) => {
    const at = match.index;
    const before = text.slice(0, at);
    const inside = text.slice(at + match[0].length);
    if (COMMENT_BEFORE.test(before) || COMMENT_INSIDE.test(inside)) return [];
    const line = before.split('\n').length;
    return [`${file}:${line}: <style is:global> with no comment saying why it is global`];
  });
}

const sourceFiles = () =>
  readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => relative(PROJECT_ROOT, join(SRC, file)))
    .sort();

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

describe('the house rules over src/', () => {
  const files = sourceFiles();

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20);
  });

  it(`no module is over ${MAX_LINES} lines without "${REASON} …" in its first comment`, () => {
    expect(files.flatMap((file) => lengthProblem(file, read(file)))).toEqual([]);
  });

  it('no global style block goes without a comment saying why', () => {
    expect(files.flatMap((file) => globalStyleProblems(file, read(file)))).toEqual([]);
  });
});

describe('the scans catch what they are for', () => {
  const long = (comment: string) => `${comment}\n${'const x = 1;\n'.repeat(MAX_LINES)}`;

  it.each([
    ['no comment', long(''), 1],
    ['a comment without the reason', long('/** Does one thing. */'), 1],
    ['the reason, wrapped', long('/**\n * Big. Over 300 lines\n * because it must be.\n */'), 0],
    ['exactly the limit', 'const x = 1;\n'.repeat(MAX_LINES), 0],
  ])('length: %s', (_, text, problems) => {
    expect(lengthProblem('src/x.ts', text)).toHaveLength(problems);
  });

  it.each([
    ['no comment', '<div />\n\n<style is:global>\n  .a {}\n</style>', 1],
    ['a CSS comment first inside', '<style is:global>\n  /* Why. */\n  .a {}\n</style>', 0],
    ['an HTML comment before', '<!-- Why. -->\n<style is:global>\n.a {}\n</style>', 0],
    ['a JSX comment before', '{/* Why. */}\n<style is:global>\n.a {}\n</style>', 0],
    ['a comment further down only', '<style is:global>\n.a {}\n/* late */\n</style>', 1],
    ['a scoped block', '<style>\n.a {}\n</style>', 0],
  ])('global style: %s', (_, text, problems) => {
    const found = globalStyleProblems('src/components/X.astro', text);
    expect(found).toHaveLength(problems);
    if (problems > 0) expect(found[0]).toMatch(/^src\/components\/X\.astro:\d+: /);
  });
});

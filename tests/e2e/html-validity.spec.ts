/**
 * Every built HTML file in dist/ (found there, so pages added later are covered) passes
 * html-validate with the project's .htmlvalidate.mjs. A failure names the page, the line and
 * column, the rule, the element and the markup around it.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { builtHtmlFiles } from '../support/built-pages.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

const dist = join(PROJECT_ROOT, 'dist');
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** `about/index.html:1:7163 no-dup-id Duplicate ID "machines" [#main > section > h2] …markup…` */
function explain(file: string, html: string, m: Message): string {
  const around = html.slice(Math.max(0, m.offset - 40), m.offset + Math.max(m.size, 60));
  const where = `${file}:${m.line}:${m.column}`;
  const element = m.selector ? ` [${m.selector}]` : '';
  return `${where} ${m.ruleId} ${m.message}${element}\n    …${around}…`;
}

const files = builtHtmlFiles();

test.describe('html-validate', () => {
  for (const file of files) {
    test(`${file} is valid HTML`, async () => {
      const html = readFileSync(join(dist, file), 'utf8');
      const report = await validator.validateString(html, join(dist, file));
      const messages = report.results.flatMap((r) => r.messages);
      expect(messages.map((m) => explain(file, html, m))).toEqual([]);
    });
  }

  test('the configuration rejects invalid markup', async () => {
    // If the config were loosened into accepting anything, every page above would pass.
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>Broken</title></head>' +
        '<body><main><p>Text <div>a block inside a paragraph</div></p><ul><div></div></ul>' +
        '<span id="a"></span><span id="a"></span></main></body></html>',
      join(dist, 'broken.html'),
    );
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect([...rules].sort()).toEqual(
      expect.arrayContaining(['close-order', 'element-permitted-content', 'no-dup-id']),
    );
  });
});

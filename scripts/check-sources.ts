/**
 * `npm run check:sources`: checks the catalog against OpenAI's model list and its first-party
 * pages, prints a Markdown report and exits 0 (no drift), 1 (drift found) or 2 (could not check).
 * See docs/source-watch.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions, USAGE, type WatchOptions } from '../src/watch/options.ts';
import { reportJson, reportMarkdown } from '../src/watch/report-output.ts';
import { runWatch } from '../src/watch/run.ts';

const COULD_NOT_CHECK = 2;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

let options: WatchOptions;
try {
  options = readOptions(process.argv.slice(2), process.env, {
    contentDir: fileURLToPath(new URL('../content/', import.meta.url)),
    now: new Date(),
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(COULD_NOT_CHECK);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const report = await runWatch(options, {
    now: new Date(),
    // Progress is for a person watching; logs and workflows get the report alone.
    ...(process.stderr.isTTY ? { progress: (line: string) => console.error(line) } : {}),
  });
  const markdown = reportMarkdown(report);
  process.stdout.write(markdown);
  if (options.markdownPath) write(options.markdownPath, markdown);
  if (options.jsonPath) write(options.jsonPath, reportJson(report));
  process.exitCode = report.exitCode;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = COULD_NOT_CHECK;
}

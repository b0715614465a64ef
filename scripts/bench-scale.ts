/**
 * `npm run bench:scale [-- 100 1000 …] [--keep] [--timeout=<minutes>]`: how the build grows with
 * the catalog. For each size (default 10, 100 and 1,000 versions) it generates a synthetic
 * catalog from the real content, validates it with the project's own validator, builds it with
 * the real site code in a temporary copy of the project, and prints pages, build time, peak
 * memory, output size and the largest file of each type.
 *
 * The generator copies whatever fields the real files have and changes only ids, names, release
 * dates and line membership, so it keeps working when the schema grows. Every real file stays
 * (other collections refer to the real models); synthetic versions fill the catalog up to the
 * size asked for, in lines of 10, each line cloned from one real model and its real line.
 *
 * A measurement, not a test: it prints figures. A 5,000-version build takes a long time and
 * several GB; ask for it explicitly (`npm run bench:scale -- 5000`).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  type WriteStream,
  createWriteStream,
} from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatProblem } from '../src/validation/types.ts';
import { validateContentDir } from '../src/validation/validate.ts';
import { copyProject, type ProjectCopy } from '../tests/support/project-copy.ts';
import { generateCatalog, LINE_SIZE } from '../tests/support/synthetic-catalog.ts';

const DEFAULT_SIZES = [10, 100, 1000];

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const timeoutMinutes = Number(
  args.find((a) => a.startsWith('--timeout='))?.slice('--timeout='.length) ?? 90,
);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(...DEFAULT_SIZES);

// ---------------------------------------------------------------------------------------------
// Build with peak memory

/** Resident memory of every process below `rootPid` (inclusive), from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

/** User + system CPU seconds one process has used so far (its own, not its children's). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** VmRSS and VmHWM (peak RSS) of one process, in bytes; zeros once it has ended. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

interface BuildResult {
  ok: boolean;
  seconds: number;
  /** Largest sum of RSS over the process tree seen while polling, or a larger per-process peak. */
  peakBytes: number;
  /** GNU time's maximum resident set of the largest single process, when /usr/bin/time exists. */
  gnuTimeBytes: number | undefined;
  /**
   * User + system CPU seconds of the whole tree: GNU time's, or else the sum of each process's
   * last polled figure. On a shared machine this, unlike the wall time, does not count waiting.
   */
  cpuSeconds: number;
  /** The machine's 1-minute load average when the build ended: other work slows the wall time. */
  load: number;
  /** Seconds at which Astro reported the phases of the build, from its log. */
  phases: { renderStart?: number; renderEnd?: number; end?: number };
  log: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `astro build` in `root`, polling the process tree's memory every 200 ms. */
function build(root: string): Promise<BuildResult> {
  const logPath = join(root, 'build.log');
  const timeFile = join(root, 'time.txt');
  const useGnuTime = existsSync(GNU_TIME);
  const [command, ...commandArgs] = useGnuTime
    ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, 'astro', 'build']
    : ['astro', 'build'];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const log: WriteStream = createWriteStream(logPath);
  const phases: BuildResult['phases'] = {};
  // detached: the build gets its own process group, so a timeout can end all of it.
  const child = spawn(command as string, commandArgs, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  current = child.pid;
  let peak = 0;
  const hwm = new Map<number, number>();
  const cpu = new Map<number, number>();
  let polls = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const memory = memoryOf(pid);
      sum += memory.rss;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, memory.hwm));
      cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuOf(pid)));
    }
    peak = Math.max(peak, sum);
    // Every 5 s into the log, so it shows which phase of the build holds the memory.
    if (polls++ % 25 === 0) log.write(`[${elapsed().toFixed(1).padStart(6)} s] RSS ${gb(sum)}\n`);
  };
  const timer = setInterval(poll, 200);
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const t = elapsed();
      if (line.includes('generating static routes')) phases.renderStart ??= t;
      else if (phases.renderStart !== undefined && /✓ Completed in/.test(line))
        phases.renderEnd ??= t;
      if (/\bComplete!/.test(line)) phases.end = t;
      log.write(`[${t.toFixed(1).padStart(6)} s] ${line}\n`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const deadline = setTimeout(() => {
    log.write(`Timed out after ${timeoutMinutes} minutes\n`);
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }, timeoutMinutes * 60_000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(deadline);
      current = undefined;
      const seconds = elapsed();
      log.end();
      // GNU time's last line: "maxRssKb userSeconds systemSeconds".
      const [gnuKb = NaN, user = NaN, system = NaN] =
        useGnuTime && existsSync(timeFile)
          ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
          : [];
      const gnuTimeBytes = Number.isFinite(gnuKb) ? gnuKb * 1024 : undefined;
      const polledCpu = [...cpu.values()].reduce((sum, s) => sum + s, 0);
      resolve({
        ok: code === 0,
        seconds,
        peakBytes: Math.max(peak, ...hwm.values(), gnuTimeBytes ?? 0),
        gnuTimeBytes,
        cpuSeconds: Number.isFinite(user + system) ? user + system : polledCpu,
        load: loadavg()[0] ?? NaN,
        phases,
        log: logPath,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Output

interface FileType {
  count: number;
  bytes: number;
  largest: { path: string; bytes: number; gzip: number };
}

/**
 * The type of a built file, from its path: every folder below the first becomes a star, so
 * `models/gpt-5-mini/index.html` is a `/models/<star>/` page and its `charts.json` a
 * `/models/<star>/charts.json`; bundled assets (`_astro/`) group by extension, and so do files
 * named after a version (`api/v1/models/<id>.json`, `cards/compare/<a>-vs-<b>.png`): `manyNames`
 * holds the folders and extensions under which more than a few file names occur.
 */
function fileType(path: string, manyNames: ReadonlySet<string>): string {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (parts[0] === '_astro') return `/_astro/*${extname(name)}`;
  const folders = parts.slice(0, -1).map((part, i) => (i === 0 ? part : '*'));
  const group = `/${folders.join('/')}/*${extname(name)}`;
  const file = name === 'index.html' ? '' : manyNames.has(group) ? `*${extname(name)}` : name;
  return `/${[...folders, file].join('/')}`.replace(/\/+/g, '/');
}

/** The folder-and-extension groups (see fileType) under which more than 4 file names occur. */
function groupsOfManyNames(paths: readonly string[]): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const path of paths) {
    const parts = path.split('/');
    const name = parts.at(-1) ?? '';
    const folders = parts.slice(0, -1).map((part, i) => (i === 0 ? part : '*'));
    const group = `/${folders.join('/')}/*${extname(name)}`;
    names.set(group, (names.get(group) ?? new Set()).add(name));
  }
  return new Set([...names].filter(([, set]) => set.size > 4).map(([group]) => group));
}

function analyse(dist: string): {
  pages: number;
  files: number;
  bytes: number;
  types: Map<string, FileType>;
} {
  const types = new Map<string, FileType>();
  let pages = 0;
  let bytes = 0;
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(join(dist, f)).isFile(),
  );
  const manyNames = groupsOfManyNames(files.map((f) => f.split('\\').join('/')));
  for (const file of files) {
    const size = statSync(join(dist, file)).size;
    bytes += size;
    if (file.endsWith('.html')) pages++;
    const type = fileType(file.split('\\').join('/'), manyNames);
    const entry = types.get(type) ?? {
      count: 0,
      bytes: 0,
      largest: { path: file, bytes: -1, gzip: 0 },
    };
    entry.count++;
    entry.bytes += size;
    if (size > entry.largest.bytes) entry.largest = { path: file, bytes: size, gzip: 0 };
    types.set(type, entry);
  }
  for (const entry of types.values())
    entry.largest.gzip = gzipSync(readFileSync(join(dist, entry.largest.path)), {
      level: 9,
    }).length;
  return { pages, files: files.length, bytes, types };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
/** KB below 1 MB, MB above. */
const size = (bytes: number) => (bytes < 1024 ** 2 ? kb(bytes) : mb(bytes));
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const seconds = (s: number | undefined) => (s === undefined ? '—' : `${s.toFixed(1)} s`);
const table = (rows: string[][]) => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  '),
    )
    .join('\n');
};

interface Run {
  versions: number;
  real: number;
  lines: number;
  result: BuildResult;
  output: ReturnType<typeof analyse> | undefined;
}

// ---------------------------------------------------------------------------------------------
// Main

let current: number | undefined;
let copy: ProjectCopy | undefined;
process.on('SIGINT', () => {
  if (current !== undefined) process.kill(-current, 'SIGTERM');
  if (!keep) copy?.cleanup();
  process.exit(130);
});

const runs: Run[] = [];
for (const versions of [...sizes].sort((a, b) => a - b)) {
  copy = copyProject({ prefix: `bench-scale-${versions}-`, content: false });
  try {
    const contentDir = join(copy.root, 'content');
    const { real, synthetic, lines } = generateCatalog(contentDir, versions);
    console.log(
      `\n▶ ${versions} versions: ${real} real + ${synthetic} synthetic ` +
        `in ${lines} new line(s) of up to ${LINE_SIZE}`,
    );
    const problems = validateContentDir(contentDir);
    if (problems.length > 0) {
      console.error(`The generated catalog is invalid (${problems.length} problems), first ones:`);
      for (const problem of problems.slice(0, 20))
        console.error(`  ${formatProblem(problem).replace(copy.root, '')}`);
      console.error(
        'The generator in scripts/bench-scale.ts no longer fits the schema: fix it there.',
      );
      // process.exit skips the finally below.
      if (!keep) copy.cleanup();
      process.exit(1);
    }
    console.log(`  content valid (npm run validate rules); building in ${copy.root}`);
    const result = await build(copy.root);
    if (!result.ok) {
      const tail = readFileSync(result.log, 'utf8').split('\n').slice(-40).join('\n');
      console.error(
        `  build failed after ${seconds(result.seconds)}; the end of its log:\n${tail}`,
      );
      runs.push({ versions, real, lines, result, output: undefined });
      break;
    }
    const output = analyse(join(copy.root, 'dist'));
    runs.push({ versions, real, lines, result, output });
    console.log(
      `  ${output.pages} pages in ${seconds(result.seconds)}, ` +
        `peak ${gb(result.peakBytes)}, ${mb(output.bytes)}`,
    );
  } finally {
    if (keep) console.log(`  kept ${copy.root}`);
    else copy.cleanup();
    copy = undefined;
  }
}

const done = runs.filter((r): r is Run & { output: NonNullable<Run['output']> } => !!r.output);
if (done.length === 0) process.exit(1);

console.log('\nBuild of the whole site (astro build, real site code, synthetic content):\n');
console.log(
  table([
    [
      'versions',
      'pages',
      'files',
      'build',
      'per version',
      'CPU',
      'CPU per version',
      'render',
      'peak RSS',
      'output',
      'load',
    ],
    ...done.map(({ versions, result, output }) => [
      String(versions),
      String(output.pages),
      String(output.files),
      seconds(result.seconds),
      `${((result.seconds * 1000) / versions).toFixed(0)} ms`,
      seconds(result.cpuSeconds),
      `${((result.cpuSeconds * 1000) / versions).toFixed(0)} ms`,
      result.phases.renderStart !== undefined && result.phases.renderEnd !== undefined
        ? seconds(result.phases.renderEnd - result.phases.renderStart)
        : '—',
      gb(result.peakBytes),
      mb(output.bytes),
      result.load.toFixed(1),
    ]),
  ]),
);
console.log(
  [
    '',
    '"build": wall time. "CPU": user + system seconds of the build\'s processes, which waiting for',
    'a shared CPU does not inflate. "render": Astro\'s "generating static routes" phase (wall).',
    '"peak RSS": the largest total resident memory of the build\'s process tree (polled every',
    '200 ms, never below one process\'s own peak). "load": the 1-minute load average at the end.',
  ].join('\n'),
);
const gnu = done.filter((r) => r.result.gnuTimeBytes !== undefined);
if (gnu.length > 0)
  console.log(
    `GNU time, largest single process: ${gnu
      .map((r) => `${r.versions}: ${gb(r.result.gnuTimeBytes ?? 0)}`)
      .join(', ')}`,
  );

const types = [...new Set(done.flatMap((r) => [...r.output.types.keys()]))].sort();
const cell = (r: (typeof done)[number], type: string, pick: (t: FileType) => string) => {
  const entry = r.output.types.get(type);
  return entry ? pick(entry) : '—';
};
console.log('\nLargest file of each type, raw / gzip:\n');
console.log(
  table([
    ['type', ...done.map((r) => `${r.versions} versions`)],
    ...types.map((type) => [
      type,
      ...done.map((r) =>
        cell(r, type, (t) => `${size(t.largest.bytes)} / ${size(t.largest.gzip)}`),
      ),
    ]),
  ]),
);
console.log('\nAll files of each type: count, total size:\n');
console.log(
  table([
    ['type', ...done.map((r) => `${r.versions} versions`)],
    ...types.map((type) => [
      type,
      ...done.map((r) => cell(r, type, (t) => `${t.count} × ${size(t.bytes)}`)),
    ]),
  ]),
);
const largestPath = done.at(-1);
if (largestPath) {
  console.log(`\nLargest file of each type at ${largestPath.versions} versions:`);
  for (const type of types) {
    const entry = largestPath.output.types.get(type);
    if (entry) console.log(`  ${type.padEnd(28)} ${entry.largest.path}`);
  }
}
if (runs.some((r) => !r.output)) process.exit(1);

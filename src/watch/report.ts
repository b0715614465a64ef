/**
 * The source watch's verdict: findings grouped by catalog entry, each naming the content file and
 * field to edit, what the catalog says, what the source shows now and where; what could not be
 * checked and why; the exit code. Rendered as Markdown (fit for an issue body) and JSON. Every
 * sentence the report says is worded here. Pure.
 */
import { formatDate, formatTokens, formatUsd } from '../lib/format.ts';
import type { Check, CitedValue, SkipReason } from './cited-values.ts';
import type { LifecycleComparison, LifecycleFinding } from './models-list.ts';
import type { PageResult } from './page-values.ts';

/** What happened to Part 1, the model list from OpenAI's API. */
export type ApiOutcome =
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; url: string; reason: string }
  | { status: 'checked'; url: string; listed: number; comparison: LifecycleComparison };

/** What happened to one first-party page (several sources may share its address). */
export interface PageOutcome {
  url: string;
  sources: { id: string; title: string }[];
  result: PageResult;
}

/** One disagreement between the catalog and a source. */
interface Finding {
  kind:
    | 'value-not-found'
    | 'shutdown-moved'
    | 'shutdown-appeared'
    | 'shutdown-disappeared'
    | 'id-missing'
    | 'id-new';
  /** The catalog entry it belongs to (`models/gpt-5-mini`), or `new` for ids the catalog lacks. */
  group: string;
  /** The content file to edit, from the project root. */
  file: string;
  /** The field in it to edit (dotted); empty when the finding is about the file as a whole. */
  field: string;
  /** What to do there, where the field alone does not say: `add a shutdown reading`. */
  action: string | null;
  /** The catalog's value, as the site shows it. */
  catalog: string;
  /** What the source shows now, or that it was not found. */
  now: string;
  source: { id: string | null; title: string; url: string };
}

/** Something the watch meant to check and could not. */
interface Unchecked {
  what: string;
  url: string;
  reason: string;
  /** How many cited values it leaves unchecked. */
  values: number;
}

type ExitCode = 0 | 1 | 2;

export interface Report {
  generatedAt: string;
  /** The day shutdown dates are compared on (UTC). */
  today: string;
  api: {
    status: ApiOutcome['status'];
    url: string | null;
    reason: string | null;
    listed: number | null;
  };
  pages: {
    url: string;
    sources: string[];
    status: 'checked' | 'unchecked';
    reason: string | null;
    values: number;
    notFound: number;
  }[];
  counts: {
    drift: number;
    agreed: number;
    unchecked: number;
    notCheckable: number;
    thirdParty: number;
  };
  findings: Finding[];
  unchecked: Unchecked[];
  notCheckable: Partial<Record<SkipReason, number>>;
  exitCode: ExitCode;
  /** Why the exit code is what it is, in one sentence. */
  verdict: string;
}

/** Reader-facing names of why a value is not looked for. */
const SKIP_LABELS: Record<SkipReason, string> = {
  prose: 'text that is not a quotation, a date, an id or a number',
  'yes-no': 'yes/no values',
  structured: 'lists and structured values',
  score: 'benchmark scores (often drawn as charts, so page text is no witness)',
  'earlier-value': 'earlier values the catalog already keeps as history',
  'no-value': 'sourced items with no value to match (an FAQ answer, a tier given as a factor)',
};

/** A value as the site writes it. */
function displayValue(check: Check): string {
  switch (check.kind) {
    case 'price':
      return formatUsd(check.value);
    case 'count':
      return formatTokens(check.value);
    case 'number':
      return String(check.value);
    case 'date':
      return check.value.length === 10
        ? `${formatDate(check.value)} (${check.value})`
        : formatDate(check.value);
    case 'id':
      return `\`${check.value}\``;
    case 'quote':
      return `“${check.value}”`;
  }
}

const SEEN_LABELS: Record<Check['kind'], string> = {
  price: 'Prices on the page',
  count: 'Token counts on the page',
  number: 'Numbers on the page',
  date: 'Dates on the page',
  id: 'Similar ids on the page',
  quote: 'Quoted text',
};

function notFound(check: Check, seen: readonly string[]): string {
  const list = seen.length > 0 ? ` ${SEEN_LABELS[check.kind]}: ${seen.join(', ')}.` : '';
  return `Not found on the page.${list}`;
}

const groupOf = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;

const shutdownText = (date: string) => `${formatDate(date)} (${date})`;

/** One lifecycle finding in the report's words. */
function lifecycleFinding(finding: LifecycleFinding, api: { url: string }): Finding {
  const source = { id: null, title: 'OpenAI API, GET /v1/models', url: api.url };
  switch (finding.kind) {
    case 'date-moved':
    case 'date-disappeared':
    case 'date-appeared': {
      const { catalog } = finding;
      const base = {
        group: groupOf(catalog.entry),
        file: catalog.entry.file,
        source,
        action: null,
      };
      const id = `\`${catalog.id}\``;
      if (finding.kind === 'date-moved')
        return {
          ...base,
          kind: 'shutdown-moved',
          field: catalog.shutdown?.field ?? 'lifecycle',
          catalog: `${id} shuts down ${shutdownText(finding.was)}`,
          now: `\`shutdown_date\` ${shutdownText(finding.now)}`,
        };
      if (finding.kind === 'date-disappeared')
        return {
          ...base,
          kind: 'shutdown-disappeared',
          field: catalog.shutdown?.field ?? 'lifecycle',
          catalog: `${id} shuts down ${shutdownText(finding.was)}`,
          now: 'Listed with no `shutdown_date`',
        };
      return {
        ...base,
        kind: 'shutdown-appeared',
        field: catalog.entry.collection === 'models' ? 'lifecycle' : '',
        action:
          catalog.entry.collection === 'models'
            ? 'add a shutdown reading'
            : 'record the shutdown: replacement models have no lifecycle field yet',
        catalog: `${id}: no shutdown`,
        now: `\`shutdown_date\` ${shutdownText(finding.now)}`,
      };
    }
    case 'missing':
      return {
        kind: 'id-missing',
        group: groupOf(finding.catalog.entry),
        file: finding.catalog.entry.file,
        field: finding.catalog.field,
        action: finding.catalog.field ? null : 'the file name is the id',
        catalog: `\`${finding.catalog.id}\` is served${
          finding.catalog.shutdown ? ` until ${shutdownText(finding.catalog.shutdown.date)}` : ''
        }`,
        now: 'Not in the list: shut down or renamed',
        source,
      };
    case 'new-id': {
      const { relative } = finding;
      return {
        kind: 'id-new',
        group: 'new',
        file: relative ? relative.entry.file : `content/models/${finding.id}.yaml`,
        field: relative ? 'snapshots' : '',
        action: relative
          ? 'add it if it is a snapshot of this version'
          : 'a new file for a new version, or list the id in content/uncatalogued-ids.yaml',
        catalog: 'Not in the catalog',
        now:
          `\`${finding.id}\` is listed` +
          (finding.now ? `, \`shutdown_date\` ${shutdownText(finding.now)}` : ''),
        source,
      };
    }
  }
}

/** Assembles the report and decides the exit code. */
export function buildReport(input: {
  generatedAt: string;
  today: string;
  api: ApiOutcome;
  pages: readonly PageOutcome[];
  /** Values cited to first-party sources that are not looked for, and why. */
  skipped: readonly (CitedValue & { skipped: SkipReason })[];
  /** How many values are cited to third-party sources (not watched). */
  thirdParty: number;
  /** Catalog entries in content order, so groups follow it. */
  groupOrder: readonly string[];
}): Report {
  const { api } = input;
  const findings: Finding[] = [];
  const unchecked: Unchecked[] = [];
  let agreed = 0;

  if (api.status === 'checked') {
    findings.push(...api.comparison.drift.map((finding) => lifecycleFinding(finding, api)));
    agreed += api.comparison.agreed;
    for (const { catalog, raw } of api.comparison.unreadable) {
      unchecked.push({
        what: `\`shutdown_date\` of \`${catalog.id}\` (${catalog.entry.file})`,
        url: api.url,
        reason: `could not read ${raw}: expected YYYY-MM-DD or null`,
        values: 1,
      });
    }
  } else {
    unchecked.push({
      what: 'OpenAI API, GET /v1/models',
      url: api.status === 'failed' ? api.url : '',
      reason: api.status === 'failed' ? `could not check: ${api.reason}` : `skipped: ${api.reason}`,
      values: 0,
    });
  }

  const pages: Report['pages'] = [];
  for (const page of input.pages) {
    const what = page.sources.map((s) => `${s.title} (\`${s.id}\`)`).join(', ');
    if (!page.result.ok) {
      unchecked.push({
        what,
        url: page.url,
        reason: page.result.reason,
        values: page.result.values,
      });
      pages.push({
        url: page.url,
        sources: page.sources.map((s) => s.id),
        status: 'unchecked',
        reason: page.result.reason,
        values: page.result.values,
        notFound: 0,
      });
      continue;
    }
    let missing = 0;
    for (const { value, lookup } of page.result.lookups) {
      if (lookup.found) {
        agreed += 1;
        continue;
      }
      missing += 1;
      const title = page.sources.find((s) => s.id === value.source)?.title ?? value.source;
      findings.push({
        kind: 'value-not-found',
        group: groupOf(value.entry),
        file: value.entry.file,
        field: value.field,
        action: null,
        catalog: displayValue(value.check),
        now: notFound(value.check, lookup.seen),
        source: { id: value.source, title, url: page.url },
      });
    }
    pages.push({
      url: page.url,
      sources: page.sources.map((s) => s.id),
      status: 'checked',
      reason: null,
      values: page.result.lookups.length,
      notFound: missing,
    });
  }

  const order = new Map(input.groupOrder.map((group, index) => [group, index]));
  const rank = (group: string) => order.get(group) ?? Number.MAX_SAFE_INTEGER;
  findings.sort((a, b) => rank(a.group) - rank(b.group));

  const notCheckable: Partial<Record<SkipReason, number>> = {};
  for (const { skipped } of input.skipped) notCheckable[skipped] = (notCheckable[skipped] ?? 0) + 1;

  const failedPages = pages.filter((page) => page.status === 'unchecked').length;
  const counts = {
    drift: findings.length,
    agreed,
    unchecked: unchecked.reduce((sum, item) => sum + item.values, 0),
    notCheckable: input.skipped.length,
    thirdParty: input.thirdParty,
  };
  const pageChecks = pages.reduce(
    (sum, page) => sum + (page.status === 'checked' ? page.values : 0),
    0,
  );
  let exitCode: ExitCode = 0;
  let verdict = 'No drift: every checked value agrees with its source.';
  if (findings.length > 0) {
    exitCode = 1;
    verdict = `Drift: ${findings.length} value(s) no longer match their source.`;
  } else if (api.status === 'failed') {
    exitCode = 2;
    verdict = `Could not check: OpenAI's API failed (${api.reason}).`;
  } else if (pages.length > 0 && failedPages === pages.length) {
    exitCode = 2;
    verdict = 'Could not check: every first-party page failed to load.';
  } else if (api.status !== 'checked' && pageChecks === 0) {
    exitCode = 2;
    verdict = 'Could not check: nothing could be checked.';
  }

  return {
    generatedAt: input.generatedAt,
    today: input.today,
    api: {
      status: api.status,
      url: api.status === 'skipped' ? null : api.url,
      reason: api.status === 'checked' ? null : api.reason,
      listed: api.status === 'checked' ? api.listed : null,
    },
    pages,
    counts,
    findings,
    unchecked,
    notCheckable,
    exitCode,
    verdict,
  };
}

/**
 * Escapes text for a Markdown table cell: pipes everywhere (GitHub reads them inside code spans
 * too), and outside code spans the characters Markdown would act on (`$` starts maths on GitHub).
 */
function cell(text: string): string {
  return text
    .replace(/\n/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[\\[\]<>$*_]/g, (c) => `\\${c}`)))
    .join('')
    .replace(/\|/g, '\\|');
}

/** `content/models/x.yaml`: `pricing.input.value`, with what to do there where it says. */
function editCell({ file, field, action }: Finding): string {
  const where = field ? `\`${file}\`: \`${field}\`` : `\`${file}\``;
  return cell(action ? `${where} (${action})` : where);
}

const link = (title: string, url: string) => (url ? `[${cell(title)}](<${url}>)` : cell(title));

/** Heading of a group of findings. */
function groupHeading(group: string): string {
  if (group === 'new') return 'Ids OpenAI lists that the catalog lacks';
  const [collection, ...rest] = group.split('/');
  const id = rest.join('/');
  if (collection === 'models') return `\`${id}\``;
  if (collection === 'replacements') return `\`${id}\` (replacement model)`;
  return `\`${id}\` (${collection})`;
}

/** The report as Markdown: a summary line with counts, then findings by entry, then the rest. */
export function reportMarkdown(report: Report): string {
  const { counts } = report;
  const lines: string[] = [];
  const apiState =
    report.api.status === 'checked'
      ? `checked (${report.api.listed} ids listed)`
      : report.api.status === 'skipped'
        ? 'skipped'
        : 'failed';
  lines.push(
    `**${report.verdict}** ${counts.drift} drifted · ${counts.agreed} agree · ` +
      `${counts.unchecked} unchecked · ${counts.notCheckable} not checkable · ` +
      `OpenAI API: ${apiState} · ${report.pages.length} first-party page(s).`,
    '',
    `Checked ${report.generatedAt} with \`npm run check:sources\`; shutdown dates compared as of ` +
      `${report.today} (UTC). Each finding names the content file and field to edit.`,
  );

  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    groups.set(finding.group, [...(groups.get(finding.group) ?? []), finding]);
  }
  for (const [group, findings] of groups) {
    lines.push('', `### ${groupHeading(group)}`, '');
    lines.push(
      '| Edit | The catalog says | The source now | Source |',
      '| --- | --- | --- | --- |',
    );
    for (const finding of findings) {
      lines.push(
        `| ${editCell(finding)} | ${cell(finding.catalog)} | ` +
          `${cell(finding.now)} | ${link(finding.source.title, finding.source.url)} |`,
      );
    }
  }

  if (report.unchecked.length > 0) {
    lines.push('', '### Not checked', '');
    for (const item of report.unchecked) {
      const values = item.values > 0 ? ` (${item.values} value(s) not checked)` : '';
      lines.push(
        `- ${cell(item.what)}${item.url ? `, <${item.url}>` : ''}: ${cell(item.reason)}${values}`,
      );
    }
  }

  const reasons = Object.entries(report.notCheckable) as [SkipReason, number][];
  if (reasons.length > 0 || counts.thirdParty > 0) {
    lines.push('', '### Not checkable (counted, never drift)', '');
    for (const [reason, count] of reasons) lines.push(`- ${SKIP_LABELS[reason]}: ${count}`);
    if (counts.thirdParty > 0)
      lines.push(
        `- values cited to third-party sources (the watch fetches none): ${counts.thirdParty}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The report as JSON, for the workflow and other tools. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

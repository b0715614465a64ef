/**
 * The source watch's verdict: findings grouped by catalog entry, each naming the content file and
 * field to edit, what the catalog says, what the source shows now and where; what could not be
 * checked and why; the exit code. The findings are worded in findings.ts; report-output.ts renders
 * the report as Markdown (fit for an issue body) and JSON. Pure.
 */
import type { CitedValue, SkipReason } from './cited-values.ts';
import { displayValue, groupOf, lifecycleFinding, notFound, type Finding } from './findings.ts';
import type { LifecycleComparison } from './models-list.ts';
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

/**
 * The source watch's report as Markdown (a summary line with counts, then findings by catalog
 * entry as tables, then what was not checked) and as JSON. Pure.
 */
import type { SkipReason } from './cited-values.ts';
import type { Finding } from './findings.ts';
import type { Report } from './report.ts';

/** Reader-facing names of why a value is not looked for. */
const SKIP_LABELS: Record<SkipReason, string> = {
  prose: 'text that is not a quotation, a date, an id or a number',
  'yes-no': 'yes/no values',
  structured: 'lists and structured values',
  score: 'benchmark scores (often drawn as charts, so page text is no witness)',
  'earlier-value': 'earlier values the catalog already keeps as history',
  'no-value': 'sourced items with no value to match (an FAQ answer, a tier given as a factor)',
};

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

/**
 * /llms.txt in the llmstxt.org format: the site's name, a one-paragraph summary, then lists of
 * links for a language model to follow: each version's page as Markdown, and the data files.
 * Facts are stated as of the day the data was verified, statuses as of the build's day. Pure.
 */
import type { Line } from '../../schemas/line.ts';
import { formatDate } from '../format.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { statusText } from '../lifecycle/wording.ts';
import { newestFirst, type ModelEntry } from '../lineage/members.ts';
import { SITE_NAME } from '../page/site-nav.ts';
import {
  absolute,
  modelMarkdownPath,
  PATHS,
  providerCalendarPath,
  replacementJsonPath,
  versionJsonPath,
} from '../paths.ts';
import { providerCalendarName } from '../providers/wording.ts';

export interface LlmsTxtInput {
  lines: readonly {
    id: string;
    data: Line;
    members: readonly (ModelEntry & { state: LifecycleState })[];
  }[];
  replacements: readonly { id: string; name: string }[];
  /** The providers with a calendar of their own retirement dates. */
  providerCalendars: readonly { id: string; name: string }[];
  verified: string;
}

export function llmsTxt(input: LlmsTxtInput, origin: string): string {
  const url = (path: string) => absolute(origin, path);
  const asOf = formatDate(input.verified);
  const link = (title: string, path: string, note: string) => `- [${title}](${url(path)}): ${note}`;
  return [
    `# ${SITE_NAME}`,
    '',
    `> ${input.lines.map((line) => line.data.description).join(' ')} Facts as of ${asOf}.`,
    '',
    'Every value links the public source it was read from, with its confidence: "high" is ' +
      'OpenAI\'s own text, "medium" (marked third-party) is anyone else\'s or derived. ' +
      'A value no ' +
      'source states is given as unknown, with the reason, never estimated. Statuses, shutdown ' +
      'dates and replacements are as of the date each file states.',
    '',
    ...input.lines.flatMap((line) => [
      `## ${line.data.name} versions (newest first)`,
      '',
      ...newestFirst(line.members).map((m) =>
        link(
          m.data.name,
          modelMarkdownPath(m.id),
          `released ${formatDate(m.data.released.value)}. Status as of ` +
            `${formatDate(m.state.day)}: ${statusText(m.state)}` +
            `${m.state.replacement ? `, replacement ${m.state.replacement}` : ''}. ` +
            `JSON: ${url(versionJsonPath(m.id))}`,
        ),
      ),
      '',
    ]),
    '## Data',
    '',
    link(
      'Catalog (JSON)',
      PATHS.catalog,
      'every line, version, replacement model, benchmark and source; every value with its ' +
        'source and confidence; each version with its lifecycle status',
    ),
    link('JSON Schema', PATHS.schema, 'the schema of every file under /api/v1/'),
    link(
      'Sources (JSON)',
      PATHS.sources,
      'every source: URL, title, publisher, date, first- or third-party',
    ),
    link(
      'Lineage table (CSV)',
      PATHS.lineageCsv,
      'one row per version, unknowns empty with the reason',
    ),
    link(
      'Providers (CSV)',
      PATHS.providersCsv,
      "one row per model and provider: ids, status, retirement date against OpenAI's, prices",
    ),
    ...input.replacements.map((r) =>
      link(
        `${r.name} (JSON)`,
        replacementJsonPath(r.id),
        'a model OpenAI has listed as a replacement; its `replaces` says for which versions',
      ),
    ),
    link('Changes (RSS)', PATHS.feed, 'lifecycle events and price changes, each dated and sourced'),
    link('Shutdowns (iCalendar)', PATHS.calendar, 'every scheduled shutdown as an all-day event'),
    ...input.providerCalendars.map((p) =>
      link(
        `${providerCalendarName(p.name)} (iCalendar)`,
        providerCalendarPath(p.id),
        "the provider's own retirement dates, each against OpenAI's",
      ),
    ),
    '',
    '## Optional',
    '',
    link('About the data', '/about/', 'how facts are sourced and marked, and every source'),
    link('Benchmarks', '/benchmarks/', 'what each benchmark measures and every sourced score'),
    '',
  ].join('\n');
}

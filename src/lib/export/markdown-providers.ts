/**
 * "Where to run it" in a version's Markdown file: each provider that offers it, with its status
 * there against OpenAI's date, its earlier editions, ids, prices and remarks, each line with its
 * sources; third-party listings after, then where it is not offered or not stated. The sentences
 * are the page's (src/lib/providers/wording.ts). Pure.
 */
import type { OfferedAvailability } from '../../schemas/availability.ts';
import type { ConfidenceLevel } from '../../schemas/fact.ts';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../format.ts';
import type { ProviderRowView } from '../providers/rows.ts';
import {
  earlierText,
  fineTunedText,
  launchedText,
  noNewDeploymentsText,
  notBeforeText,
  priceText,
  providerReplacementText,
  providerStatusText,
  providerStatusWord,
  standingSentence,
  uncitedText,
  whereToRunIntro,
} from '../providers/wording.ts';
import { escape, sourceLink } from './markdown-text.ts';

export interface ProvidersMarkdownInput {
  name: string;
  rows: readonly ProviderRowView[];
  /** Display names of the models the catalog holds, by id. */
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
}

interface Cited {
  source: string;
  confidence: ConfidenceLevel;
  corroboratedBy?: readonly string[] | undefined;
  note?: string | undefined;
}

/** A list item: the text (or Markdown made here), its sources, and the fact's note after. */
function item(
  text: string | { markdown: string },
  fact: Cited | undefined,
  sources: ReadonlyMap<string, Source>,
): string {
  const md = typeof text === 'string' ? escape(text) : text.markdown;
  if (!fact) return `- ${md}`;
  const links = [fact.source, ...(fact.corroboratedBy ?? [])]
    .map((id, i) => sourceLink(sources, id, i === 0 ? fact.confidence : 'high'))
    .join(', ');
  return `- ${md} ${links}${fact.note ? ` ${escape(fact.note)}` : ''}`;
}

/** The lines of one offered row. */
function offeredLines(
  view: ProviderRowView,
  row: OfferedAvailability,
  input: ProvidersMarkdownInput,
): string[] {
  const { sources } = input;
  const { lifecycle } = row;
  const line = (text: string | { markdown: string }, fact?: Cited) => item(text, fact, sources);
  const nameOf = (id: string) => input.names.get(id);
  const { retirement, status, replacement } = lifecycle;
  const listed = view.provider.data.describes;
  const nameOfProvider = (id: string) =>
    input.rows.find((v) => v.provider.id === id)?.provider.data.name ?? id;
  return [
    `### ${escape(view.provider.data.name)}`,
    '',
    ...(listed ? [`- A third-party listing of ${escape(nameOfProvider(listed))}.`] : []),
    line(`Offered there${row.note ? `: ${row.note}` : ''}`, { ...row, note: undefined }),
    line(
      `Status there: ${standingSentence(view.standing)}`,
      'value' in retirement ? retirement : undefined,
    ),
    ...(retirement.note ? [line(retirement.note)] : []),
    ...('value' in retirement
      ? (retirement.history ?? []).map((h) => line(earlierText(h.asOf, formatDate(h.value)), h))
      : []),
    ...(status
      ? [
          line(`${providerStatusWord(status.value)} (as of ${formatDate(status.asOf)})`, status),
          ...(status.conflicts ?? []).map((c) =>
            line(`Another source: ${c.value}`, { source: c.source, confidence: 'medium' }),
          ),
          ...(status.history ?? []).map((h) => line(earlierText(h.asOf, h.value), h)),
        ]
      : []),
    ...(replacement
      ? [
          line(providerReplacementText(replacement.value, nameOf), replacement),
          ...(replacement.history ?? []).map((h) =>
            line(earlierText(h.asOf, h.value ?? 'no replacement named'), h),
          ),
        ]
      : []),
    ...(lifecycle.noNewDeploymentsSince
      ? [
          line(
            noNewDeploymentsText(lifecycle.noNewDeploymentsSince.value, view.day),
            lifecycle.noNewDeploymentsSince,
          ),
        ]
      : []),
    ...(lifecycle.notBefore
      ? [line(notBeforeText(lifecycle.notBefore.value), lifecycle.notBefore)]
      : []),
    ...(lifecycle.launched
      ? [line(launchedText(lifecycle.launched.value), lifecycle.launched)]
      : []),
    ...(lifecycle.fineTuned
      ? [line(fineTunedText(lifecycle.fineTuned.value), lifecycle.fineTuned)]
      : []),
    ...('unknown' in row.ids
      ? [line(`Model ID: not stated in sources${row.ids.note ? ` (${row.ids.note})` : ''}`)]
      : row.ids.map((id) =>
          line(
            {
              markdown: `Model ID: \`${id.id}\`` + (id.label ? ` (${escape(id.label)})` : ''),
            },
            id,
          ),
        )),
    ...(row.version ? [line(`Version: ${row.version.value}`, row.version)] : []),
    ...(row.deploymentTypes
      ? [line(`Deployment types: ${row.deploymentTypes.value.join(', ')}`, row.deploymentTypes)]
      : []),
    ...(row.regions && 'value' in row.regions
      ? [line(`Regions: ${row.regions.value}`, row.regions)]
      : []),
    ...('value' in row.context ? [line(`Context: ${row.context.value}`, row.context)] : []),
    ...('unknown' in row.prices
      ? [line('Price: not stated in sources')]
      : row.prices.map((price) => line(priceText(price), price))),
    ...(row.notes ?? []).map((note) => line(note.value, note)),
    ...(row.uncitedEvidence ? [line(uncitedText(row.uncitedEvidence.length))] : []),
    '',
  ];
}

/** The section's lines; OpenAI's own API is the Status and Pricing sections above it. */
export function providersSection(input: ProvidersMarkdownInput): string[] {
  const { rows, sources } = input;
  const checked = rows
    .map((v) => v.row.checked)
    .sort()
    .at(-1);
  const absent = rows.filter((v) => v.row.offer !== 'offered');
  return [
    '## Where to run it',
    '',
    `${whereToRunIntro(input.name, checked)} OpenAI's own API: the status and pricing above.`,
    '',
    ...rows.flatMap((view) =>
      view.row.offer === 'offered' ? offeredLines(view, view.row, input) : [],
    ),
    ...(absent.length > 0 ? ['### Not offered, or not stated in sources', ''] : []),
    ...absent.map(({ provider, row, standing }) =>
      item(
        `${provider.data.name}: ${providerStatusText(standing)}.${row.note ? ` ${row.note}` : ''}` +
          (row.uncitedEvidence ? ` ${uncitedText(row.uncitedEvidence.length)}` : ''),
        'source' in row && row.source ? { ...row, source: row.source, note: undefined } : undefined,
        sources,
      ),
    ),
    ...(absent.length > 0 ? [''] : []),
  ];
}

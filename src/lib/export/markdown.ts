/**
 * A version's page as Markdown (/models/<id>.md), for people who paste it into an LLM: every fact
 * with its source as a link, third-party values marked, unknowns written as unknown, and the
 * status, shutdown and replacement stated as of the day the data was verified. Pure.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Knowable } from '../../schemas/fact.ts';
import type { Model } from '../../schemas/model.ts';
import type { Source } from '../../schemas/source.ts';
import { formatDate, formatScore, formatTokens, formatUsd } from '../format.ts';
import {
  effortLabel,
  FEATURE_KEYS,
  FEATURE_LABELS,
  modalitiesLabel,
  TIER_LABELS,
  TOOL_LABELS,
  unknownLabel,
  withSetup,
  yesNo,
} from '../labels.ts';
import { replacementIds, type LifecycleState } from '../lifecycle/state.ts';
import { timeline } from '../lifecycle/timeline.ts';
import {
  checkedSentence,
  statusText,
  statusWithCount,
  stopsSentence,
} from '../lifecycle/wording.ts';
import type { LinePosition } from '../lineage/members.ts';
import { describeTier, perImage, perThousandCalls, tokenRateRows } from '../pricing/rates.ts';
import { spokenText } from '../sources/quotation.ts';
import { escape, sourceLink, table } from './markdown-text.ts';
import { providersSection } from './markdown-providers.ts';
import type { ProviderRowView } from '../providers/rows.ts';

export interface ModelMarkdownInput {
  id: string;
  model: Model;
  position: LinePosition;
  state: LifecycleState;
  /** Display names of the models the catalog holds, by id: a replacement is named where known. */
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  benchmarks: ReadonlyMap<string, Benchmark>;
  /** Where else it runs: each provider's row, in page order (none where no source says). */
  providers: readonly ProviderRowView[];
  /** Absolute URLs of the page and of the version's JSON. */
  links: { page: string; json: string };
}

/** A knowable value in words, with its notes and conflicts; unknowns say why. */
function factCell<T>(
  item: Knowable<T>,
  format: (value: T) => string,
  sources: ReadonlyMap<string, Source>,
): { value: string; source: string } {
  if (!('value' in item)) return { value: unknownLabel(item.unknown), source: '—' };
  const extras = [
    ...(item.conflicts ?? []).map(
      (c) => `${sources.get(c.source)?.publisher ?? c.source} gives ${c.value}`,
    ),
    ...(item.history ?? []).map((h) => `earlier ${format(h.value)} (as of ${formatDate(h.asOf)})`),
    ...(item.note ? [item.note] : []),
  ];
  // A vendor's own words stay a quotation attributed to the publisher, never the catalog's voice.
  const quoted = spokenText(format(item.value), item, sources);
  // A remark carried as the facts file writes it may open with its own parenthesis ("(models.dev)
  // - unverified"): it is not wrapped in a second one.
  const detail = extras.join('; ');
  const text =
    detail === ''
      ? quoted
      : detail.startsWith('(')
        ? `${quoted} ${detail}`
        : `${quoted} (${detail})`;
  return {
    value: escape(text),
    source: [item.source, ...(item.corroboratedBy ?? [])]
      .map((id, i) => sourceLink(sources, id, i === 0 ? item.confidence : 'high'))
      .join(', '),
  };
}

const tokens = (n: number) => `${formatTokens(n)} tokens`;
const efforts = (r: { efforts: string[]; default: string | null }) =>
  r.efforts.length === 0
    ? 'No reasoning step'
    : `${r.efforts.join(', ')}${r.default ? ` (default ${r.default})` : ''}`;

function statusSection(input: ModelMarkdownInput): string[] {
  const { state, sources, names } = input;
  const lines = [`## Status as of ${formatDate(state.day)}`, ''];
  const { shutdown } = state;
  if (!shutdown) {
    lines.push(`- ${statusText(state)}.`);
    if (state.lastCheck) {
      const check = state.lastCheck;
      lines.push(
        `- Last check (${formatDate(check.asOf)}): ${escape(check.finding)} ` +
          sourceLink(sources, check.source, check.confidence),
      );
    }
  } else {
    lines.push(
      `- ${statusWithCount(state)}. ${stopsSentence(shutdown, state.phase)} ` +
        [shutdown.source, ...(shutdown.corroboratedBy ?? [])]
          .map((id, i) => sourceLink(sources, id, i === 0 ? shutdown.confidence : 'high'))
          .join(', '),
    );
    lines.push(`- ${checkedSentence(state)}`);
    if (shutdown.announced) lines.push(`- Shutdown announced ${formatDate(shutdown.announced)}.`);
    if (shutdown.note) lines.push(`- ${escape(shutdown.note)}`);
    // Ids in code spans; several are offered as the source gives them ("a or b").
    const listed = replacementIds(state).map((id) => {
      const name = names.get(id);
      return name ? `${escape(name)} (\`${id}\`)` : `\`${id}\``;
    });
    if (listed.length > 0) {
      lines.push(
        `- Replacement listed by OpenAI, as of ${formatDate(shutdown.asOf)}: ` +
          `${listed.join(' or ')}.`,
      );
    }
    for (const change of state.replacementChanges) {
      lines.push(
        `- The listed replacement changed: as of ${formatDate(change.before.asOf)} it was ` +
          `\`${change.from}\` ` +
          `${sourceLink(sources, change.before.source, change.before.confidence)}; ` +
          `as of ${formatDate(change.after.asOf)} it is \`${change.to}\` ` +
          sourceLink(sources, change.after.source, change.after.confidence) +
          '.',
      );
    }
  }
  for (const deadline of state.upcomingDeadlines) {
    lines.push(
      `- Fine-tuning, ${formatDate(deadline.date)}: ${escape(deadline.what)} ` +
        sourceLink(sources, deadline.source, deadline.confidence),
    );
  }
  for (const recommendation of input.model.recommendations) {
    lines.push(
      `- Where OpenAI points new work, as of ${formatDate(recommendation.asOf)}: ` +
        `${escape(spokenText(recommendation.value, recommendation, sources))} ` +
        sourceLink(sources, recommendation.source, recommendation.confidence),
    );
  }
  return lines;
}

/** The whole Markdown document of one version. */
export function modelMarkdown(input: ModelMarkdownInput): string {
  const { id, model: m, position, state, sources, benchmarks } = input;
  const fact = <T>(item: Knowable<T>, format: (value: T) => string) =>
    factCell(item, format, sources);
  const row = <T>(label: string, item: Knowable<T>, format: (value: T) => string) => {
    const cell = fact(item, format);
    return [label, cell.value, cell.source];
  };
  const summary = fact(m.summary, String);
  const asOf = formatDate(state.checked);
  const keyFacts = [
    row('Released', m.released, formatDate),
    row('Context window', m.contextWindow, tokens),
    row('Max input', m.maxInput, tokens),
    row('Max output', m.maxOutput, tokens),
    row('Knowledge cutoff', m.knowledgeCutoff, formatDate),
    row('Input modalities', m.modalities.input, modalitiesLabel),
    row('Output modalities', m.modalities.output, modalitiesLabel),
    row('Reasoning effort', m.reasoning, efforts),
    row('Parameters', m.parameters, String),
    row('Architecture', m.architecture, String),
    row('License', m.license, String),
    row('Weights', m.weights, String),
    [
      'Dated snapshots',
      m.snapshots.map((s) => `\`${s.id}\``).join(', '),
      m.snapshots.map((s) => sourceLink(sources, s.source, s.confidence)).join(', '),
    ],
  ];
  // Each kind of token in its own rows: a text rate and an audio rate are never one price.
  const rateRows = tokenRateRows(m.pricing);
  const labelOf = (kind: string, rate: string) =>
    rateRows.length > 1 ? `${kind}, ${rate.toLowerCase()}` : rate;
  const pricing = [
    ...rateRows.flatMap(({ label, rates }) => [
      row(labelOf(label, 'Input'), rates.input, formatUsd),
      row(labelOf(label, 'Cached input'), rates.cachedInput, formatUsd),
      row(labelOf(label, 'Output'), rates.output, formatUsd),
    ]),
    ...(m.pricing.cacheWrite
      ? [
          row('Cache writes', m.pricing.cacheWrite, (writes) =>
            writes
              .map((w) => `${formatUsd(w.usdPer1M)}${w.retention ? ` (kept ${w.retention})` : ''}`)
              .join('; '),
          ),
        ]
      : []),
    ...(m.pricing.toolCalls ?? []).map((fee) =>
      row(`${TOOL_LABELS[fee.value.tool]} calls`, fee, (v) => perThousandCalls(v.usdPer1000Calls)),
    ),
    ...(m.pricing.perImage
      ? [
          row('Per generated image', m.pricing.perImage, (prices) =>
            prices.map((p) => `${p.size} ${p.quality}: ${perImage(p.usd)}`).join('; '),
          ),
        ]
      : []),
    ...m.pricing.tiers.map((tier) => [
      TIER_LABELS[tier.tier],
      escape(`${describeTier(tier)}${tier.note ? ` (${tier.note})` : ''}`),
      sourceLink(sources, tier.source, tier.confidence),
    ]),
  ];
  const features = [
    ...FEATURE_KEYS.map((key) => row(FEATURE_LABELS[key], m.features[key], yesNo)),
    row('Built-in tools', m.tools, (list: string[]) => list.join(', ')),
  ];
  const scores = m.benchmarks.map((score) => {
    const b = benchmarks.get(score.benchmark);
    if (!b) throw new Error(`Benchmark "${score.benchmark}" is not in content/benchmarks.yaml`);
    return [
      escape(withSetup(b.name, score.setup)),
      formatScore(score.score, b.unit) + (b.higherIsBetter ? '' : ' (lower is better)'),
      effortLabel(score.effort),
      sourceLink(sources, score.source, score.confidence),
    ];
  });
  const events = timeline(m.released, m.lifecycle, state).map(
    (e) =>
      `- ${formatDate(e.date)}: ${escape(e.text)}${e.past ? '' : ' (scheduled)'} ` +
      sourceLink(sources, e.source, e.confidence),
  );
  return [
    `# ${m.name} (\`${id}\`)`,
    '',
    'value' in m.summary
      ? `> ${summary.value} — ${summary.source}`
      : "> OpenAI's own description of it is not in the sources this catalog has read.",
    '',
    `Version ${position.index + 1} of ${position.total} in OpenAI's ${position.lineName} line` +
      `${position.isNewest ? `, the newest the catalog lists as of ${asOf}` : ''}. ` +
      `Facts as of ${asOf}, the day they were last checked against their sources. ` +
      'Each value links the source it was read from; "(third-party)" marks a value that is not ' +
      "OpenAI's own text; a value no source states is written as unknown.",
    '',
    `Web page: ${input.links.page} · JSON: ${input.links.json}`,
    '',
    ...statusSection(input),
    '',
    '## Key facts',
    '',
    table(['Fact', 'Value', 'Source'], keyFacts),
    '',
    '## Pricing (US dollars per 1M tokens, unless a row says otherwise)',
    '',
    table(['Rate', 'Price', 'Source'], pricing),
    ...(m.pricing.notes.length > 0
      ? [
          '',
          ...m.pricing.notes.map(
            (note) =>
              `- ${escape(spokenText(note.value, note, sources))} ` +
              sourceLink(sources, note.source, note.confidence),
          ),
        ]
      : []),
    '',
    '## Capabilities',
    '',
    table(['Feature', 'Supported', 'Source'], features),
    '',
    '## Benchmarks',
    '',
    'Scores as each source reports them, with the reasoning effort they were run at. Scores from ' +
      'different posts, efforts or setups are separate measurements.',
    '',
    scores.length > 0
      ? table(['Benchmark', 'Score', 'Effort', 'Source'], scores)
      : 'No benchmark scores in the sources.',
    '',
    '## OpenAI statements and other remarks',
    '',
    ...Object.values(m.claims).map((claim) => {
      const cell = fact(claim, String);
      return `- ${cell.value} ${cell.source}`;
    }),
    '',
    ...providersSection({ name: m.name, rows: input.providers, names: input.names, sources }),
    '## Timeline',
    '',
    ...events,
    '',
  ].join('\n');
}

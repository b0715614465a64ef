/**
 * What changes for someone moving from a version to the model OpenAI names as its replacement:
 * the key figures side by side, and the differences the sources point to (fine-tuning, reasoning
 * on by default, a long-context surcharge). Written from the data, each line with its sources.
 * Pure.
 */
// Types only: the compare page's script runs this module, and a value import from the schemas
// would bundle zod into it (whose code generator trips the CSP's script-src).
import type { Fact, Knowable } from '../../schemas/fact.ts';

const isKnown = <T>(item: Knowable<T>): item is Fact<T> => 'value' in item;
import { LARGER_SMALLER, ratioText } from './change.ts';
import type { ComparableSpecs, LineSource, SourcedLine } from './types.ts';
import { formatDate, formatTokens, formatUsd } from '../format.ts';
import { unknownLabel } from '../labels.ts';
import { rateColumns, rateOf } from '../pricing/headline.ts';

const sourcesOf = (...items: Knowable<unknown>[]): LineSource[] =>
  items.flatMap((item) =>
    'value' in item ? [{ source: item.source, confidence: item.confidence }] : [],
  );

/**
 * A fact of the replacement against the version's: `$1.00 (4× higher than GPT-5 mini's $0.25)`, or
 * `not stated in sources (GPT-5 mini: $0.25)` where only the version's is known.
 */
function against(
  label: string,
  from: Knowable<number>,
  to: Knowable<number>,
  fromName: string,
  format: (n: number) => string,
  words = { up: 'higher', down: 'lower' },
): SourcedLine | undefined {
  if (!isKnown(to)) {
    // An unknown the reader would move into is said, beside what they pay now.
    if (!isKnown(from)) return undefined;
    const unknown = unknownLabel(to.unknown).toLowerCase();
    return {
      text: `${label}: ${unknown} (${fromName}: ${format(from.value)})`,
      sources: sourcesOf(from),
    };
  }
  const versus = isKnown(from)
    ? from.value === to.value
      ? ` (the same as ${fromName})`
      : ` (${ratioText(from.value, to.value, words)} than ${fromName}'s ${format(from.value)})`
    : '';
  return { text: `${label}: ${format(to.value)}${versus}`, sources: sourcesOf(to, from) };
}

/**
 * The standard rates of both models, kind by kind (text, audio, image tokens), each of the
 * replacement's set against the version's of the same kind and direction: an audio rate is only
 * ever compared with an audio rate. Kinds are named whenever either model is priced by several.
 */
function rateFigures(from: ComparableSpecs, to: ComparableSpecs): (SourcedLine | undefined)[] {
  const unknown = { unknown: 'not-in-sources' as const };
  return rateColumns([from.pricing, to.pricing]).map((c) =>
    against(
      c.label,
      rateOf(from.pricing, c.kind, c.direction) ?? unknown,
      rateOf(to.pricing, c.kind, c.direction) ?? unknown,
      from.name,
      (n: number) => `${formatUsd(n)} ${c.unit}`,
    ),
  );
}

/** The replacement's key figures, each set against the version's. */
export function keyFigures(from: ComparableSpecs, to: ComparableSpecs): SourcedLine[] {
  const tokens = (n: number) => `${formatTokens(n)} tokens`;
  const lines = [
    ...rateFigures(from, to),
    against(
      'Context window',
      from.contextWindow,
      to.contextWindow,
      from.name,
      tokens,
      LARGER_SMALLER,
    ),
  ];
  if (isKnown(to.knowledgeCutoff)) {
    const was = isKnown(from.knowledgeCutoff)
      ? ` (${from.name}: ${formatDate(from.knowledgeCutoff.value)})`
      : '';
    lines.push({
      text: `Knowledge cutoff: ${formatDate(to.knowledgeCutoff.value)}${was}`,
      sources: sourcesOf(to.knowledgeCutoff, from.knowledgeCutoff),
    });
  }
  return lines.filter((line): line is SourcedLine => line !== undefined);
}

const reasonsByDefault = (specs: ComparableSpecs) =>
  isKnown(specs.reasoning) &&
  specs.reasoning.value.default !== null &&
  specs.reasoning.value.default !== 'none';

/**
 * What the move asks of the reader beyond changing the model id, from the data of both models
 * and the replacement's own sourced notes.
 */
export function migrationNotes(
  from: ComparableSpecs,
  to: ComparableSpecs & { notes?: readonly Knowable<string>[] },
): SourcedLine[] {
  const notes: SourcedLine[] = [];
  const ftFrom = from.features.fineTuning;
  const ftTo = to.features.fineTuning;
  if (isKnown(ftTo) && !ftTo.value) {
    const had = isKnown(ftFrom) && ftFrom.value ? `, which ${from.name} supports` : '';
    notes.push({
      text: `${to.name} cannot be fine-tuned${had}.`,
      sources: sourcesOf(ftTo, ftFrom),
    });
  }
  if (reasonsByDefault(to) && !reasonsByDefault(from) && isKnown(to.reasoning)) {
    const fromText = isKnown(from.reasoning)
      ? from.reasoning.value.efforts.length === 0
        ? `${from.name} has no reasoning step`
        : `${from.name} defaults to ${from.reasoning.value.default ?? 'no stated effort'}`
      : `${from.name}'s reasoning is not stated in the sources`;
    notes.push({
      text:
        `${to.name} reasons by default (default effort: ${to.reasoning.value.default}); ` +
        `${fromText}. ` +
        'Expect reasoning tokens, billed as output, unless you set the effort to none.',
      sources: sourcesOf(to.reasoning, from.reasoning),
    });
  } else if (isKnown(to.reasoning) && isKnown(from.reasoning)) {
    const [a, b] = [from.reasoning.value.default, to.reasoning.value.default];
    if (a !== b) {
      notes.push({
        text:
          `Default reasoning effort: ${a ?? 'none stated'} on ${from.name}, ` +
          `${b ?? 'none stated'} on ${to.name}.`,
        sources: sourcesOf(from.reasoning, to.reasoning),
      });
    }
  }
  const surcharge = to.pricing.longContext;
  if (surcharge) {
    const c = surcharge.value;
    notes.push({
      text:
        `Prompts over ${formatTokens(c.aboveInputTokens)} input tokens cost more on ${to.name}: ` +
        `input and cached input at ${c.inputFactor}×, output at ${c.outputFactor}×, ` +
        'for the whole request.',
      sources: sourcesOf(surcharge),
    });
  }
  for (const note of to.notes ?? []) {
    if (!isKnown(note)) continue;
    notes.push({
      text: note.value,
      sources: sourcesOf(note),
      ...(note.verbatim ? { quote: true } : {}),
    });
  }
  return notes;
}

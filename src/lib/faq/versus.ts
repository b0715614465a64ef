/**
 * The generated answer to "how does it differ from its predecessor?": release order, prices,
 * limits, reasoning and knowledge cutoff, each change in words and as a ratio. Pure.
 */
import { isKnown, type Knowable } from '../../schemas/fact.ts';
import type { Model } from '../../schemas/model.ts';
import { describeChange, LARGER_SMALLER, type Direction } from '../compare/change.ts';
import { formatDate, formatTokens, formatUsd } from '../format.ts';
import type { ModelEntry } from '../lineage/members.ts';
import { rateColumns, rateOf } from '../pricing/headline.ts';
import { Answer, type FaqItem } from './answer.ts';

function numberChange(
  label: string,
  before: Knowable<number>,
  after: Knowable<number>,
  format: (n: number) => string,
  a: Answer,
  words?: Direction,
) {
  if (isKnown(before) && isKnown(after))
    a.say(`${describeChange(label, before.value, after.value, format, words)}.`, before, after);
}

export function vsPredecessor(model: Model, predecessor: ModelEntry): FaqItem {
  const prev = predecessor.data;
  const a = new Answer();
  a.say(
    `${model.name} was released on ${formatDate(model.released.value)}, ` +
      `after ${prev.name} (${formatDate(prev.released.value)}).`,
    model.released,
    prev.released,
  );
  // Each rate against the same kind's (an audio rate never against a text rate), named by kind
  // where either version is priced by several.
  const unknown = { unknown: 'not-in-sources' as const };
  for (const c of rateColumns([prev.pricing, model.pricing])) {
    numberChange(
      `${c.label} price`,
      rateOf(prev.pricing, c.kind, c.direction) ?? unknown,
      rateOf(model.pricing, c.kind, c.direction) ?? unknown,
      (n: number) => `${formatUsd(n)} ${c.unit}`,
      a,
    );
  }
  const tokens = (n: number) => `${formatTokens(n)} tokens`;
  numberChange(
    'Context window',
    prev.contextWindow,
    model.contextWindow,
    tokens,
    a,
    LARGER_SMALLER,
  );
  numberChange('Max output', prev.maxOutput, model.maxOutput, tokens, a, LARGER_SMALLER);
  const wasReasoning = isKnown(prev.reasoning)
    ? prev.reasoning.value.efforts.length > 0
    : undefined;
  const isReasoning = isKnown(model.reasoning)
    ? model.reasoning.value.efforts.length > 0
    : undefined;
  if (isReasoning === true && wasReasoning !== true && isKnown(model.reasoning)) {
    a.say(
      `It adds reasoning-effort settings (${model.reasoning.value.efforts.join(', ')}).`,
      model.reasoning,
    );
  }
  const cutoffs = [prev.knowledgeCutoff, model.knowledgeCutoff] as const;
  if (isKnown(cutoffs[0]) && isKnown(cutoffs[1])) {
    a.say(
      cutoffs[0].value === cutoffs[1].value
        ? `Knowledge cutoff: unchanged at ${formatDate(cutoffs[1].value)}.`
        : `Knowledge cutoff: ${formatDate(cutoffs[0].value)} → ${formatDate(cutoffs[1].value)} ` +
            `(${cutoffs[1].value > cutoffs[0].value ? 'newer' : 'older'}).`,
      cutoffs[0],
      cutoffs[1],
    );
  }
  return a.item('vs-predecessor', `How does ${model.name} differ from ${prev.name}?`);
}

/**
 * Generated answers about what a version is and costs: its prices, context window, modalities,
 * knowledge cutoff, API model id and reasoning settings, each written from its sourced facts.
 * Pure.
 */
import { isKnown } from '../../schemas/fact.ts';
import type { Model } from '../../schemas/model.ts';
import { formatDate, formatList, formatTokens, formatUsd } from '../format.ts';
import { TOOL_LABELS } from '../labels.ts';
import {
  perImage,
  perMillion,
  perThousandCalls,
  tierSentence,
  tokenRateRows,
} from '../pricing/rates.ts';
import { spokenText } from '../sources/quotation.ts';
import { Answer, thirdParty, unknownText, type FaqContext, type FaqItem } from './answer.ts';

const NUMBER_WORDS: Record<number, string> = { 2: 'Two', 3: 'Three', 4: 'Four' };

export function pricing(model: Model, ctx: FaqContext): FaqItem {
  const { name, pricing: p } = model;
  const a = new Answer();
  // Each kind of token in its own sentence and unit: an audio rate is never added to a text rate.
  // Where the sources price several kinds, text is named too, as every other kind is.
  const rows = tokenRateRows(p);
  const byKind = rows.length > 1;
  for (const { kind, rates } of rows) {
    const tokens = byKind ? `${kind} ` : '';
    const parts = (
      [
        ['input', rates.input],
        ['cached input', rates.cachedInput],
        ['output', rates.output],
      ] as const
    ).map(([label, item]) =>
      isKnown(item)
        ? `${formatUsd(item.value)} per 1M ${label} ${tokens}tokens`
        : `an unknown ${label} ${tokens}price (${unknownText(item)})`,
    );
    const subject = byKind ? `${name}'s ${kind} tokens cost` : `${name} costs`;
    a.say(
      `${subject} ${parts[0]}, ${parts[1]} and ${parts[2]} ` + 'at standard API rates.',
      rates.input,
      rates.cachedInput,
      rates.output,
    );
  }
  if (p.cacheWrite) {
    const writes = p.cacheWrite.value
      .map((w) => `${perMillion(w.usdPer1M)}${w.retention ? ` kept ${w.retention}` : ''}`)
      .join(', or ');
    a.say(`Writing to the prompt cache costs ${writes}${thirdParty(p.cacheWrite)}.`, p.cacheWrite);
  }
  for (const fee of p.toolCalls ?? []) {
    a.say(
      `${TOOL_LABELS[fee.value.tool]} calls cost ${perThousandCalls(fee.value.usdPer1000Calls)}, ` +
        `on top of the tokens${thirdParty(fee)}.`,
      fee,
    );
  }
  if (p.perImage) {
    const images = p.perImage.value
      .map((price) => `${price.size} at ${price.quality} quality ${perImage(price.usd)}`)
      .join(', ');
    a.say(`A generated image costs: ${images}${thirdParty(p.perImage)}.`, p.perImage);
  }
  for (const tier of p.tiers) a.say(`${tierSentence(tier)}${thirdParty(tier)}.`, tier);
  for (const note of p.notes) a.say(spokenText(note.value, note, ctx.sources), note);
  return a.item('pricing', `How much does ${name} cost?`);
}

export function contextWindow(model: Model): FaqItem {
  const { name, contextWindow: ctx, maxInput, maxOutput } = model;
  const a = new Answer();
  a.say(
    isKnown(ctx)
      ? `${name} has a context window of ${formatTokens(ctx.value)} tokens.`
      : `${name}'s context window is unknown: ${unknownText(ctx)}.`,
    ctx,
  );
  if (isKnown(maxInput))
    a.say(`Input can take up to ${formatTokens(maxInput.value)} tokens.`, maxInput);
  a.say(
    isKnown(maxOutput)
      ? `It can write up to ${formatTokens(maxOutput.value)} output tokens per request.`
      : `Its output limit is unknown: ${unknownText(maxOutput)}.`,
    maxOutput,
  );
  return a.item('context-window', `What is ${name}'s context window?`);
}

export function modalities(model: Model): FaqItem {
  const { name, modalities: m, features } = model;
  const a = new Answer();
  const takes = isKnown(m.input) ? formatList(m.input.value) : 'inputs the sources do not state';
  const gives = isKnown(m.output) ? formatList(m.output.value) : 'outputs the sources do not state';
  a.say(`${name} takes ${takes} as input and produces ${gives}.`, m.input, m.output);
  if (isKnown(features.audio)) {
    const note = features.audio.note ? ` (${features.audio.note.replace(/\.$/, '')})` : '';
    a.say(`Audio: ${features.audio.value ? 'supported' : 'not supported'}${note}.`, features.audio);
  }
  return a.item('modalities', `Can ${name} understand images, audio or video?`);
}

export function knowledgeCutoff(model: Model): FaqItem {
  const { name, knowledgeCutoff: cutoff } = model;
  const a = new Answer();
  if (!isKnown(cutoff)) {
    a.say(`${name}'s knowledge cutoff is unknown: ${unknownText(cutoff)}.`);
  } else {
    a.say(`${name}'s knowledge cutoff is ${formatDate(cutoff.value)}.`, cutoff);
    // One sentence per differing date, however many sources give it.
    const byDate = Map.groupBy(cutoff.conflicts ?? [], (conflict) => conflict.value);
    for (const [date, conflicts] of byDate) {
      const who =
        conflicts.length === 1
          ? 'Another source gives'
          : `${NUMBER_WORDS[conflicts.length] ?? conflicts.length} other sources give`;
      a.say(
        `${who} ${formatDate(date)}; this catalog shows the date from the first source cited.`,
        ...conflicts.map((c) => ({ source: c.source, confidence: 'medium' as const })),
      );
    }
  }
  return a.item('knowledge-cutoff', `What is ${name}'s knowledge cutoff?`);
}

export function modelId(id: string, model: Model): FaqItem {
  const a = new Answer();
  const [first, ...others] = model.snapshots;
  const snapshotText = first
    ? ` The default dated snapshot is ${first.id}; ` +
      'pin a snapshot when you need results that do not change.'
    : '';
  a.say(`Call it as ${id} in the API.${snapshotText}`, first);
  for (const other of others) a.say(`Another snapshot: ${other.id}.`, other);
  return a.item('model-id', `What is the API model ID for ${model.name}?`);
}

export function reasoning(model: Model): FaqItem {
  const { name, reasoning: r } = model;
  const a = new Answer();
  if (!isKnown(r))
    a.say(`Whether ${name} has reasoning-effort settings is unknown: ${unknownText(r)}.`);
  else if (r.value.efforts.length === 0)
    a.say(
      `No. ${name} answers without a reasoning step, so it has no reasoning_effort setting.`,
      r,
    );
  else {
    const def = r.value.default ? ` (default: ${r.value.default})` : '';
    a.say(
      `Yes. ${name} is a reasoning model; ` +
        `reasoning_effort can be ${r.value.efforts.join(', ')}${def}.`,
      r,
    );
  }
  return a.item('reasoning', `Does ${name} support reasoning effort settings?`);
}

/**
 * FAQ questions generated from a model's data, so an answer can never disagree with the page.
 * Each answer is plain text (it also feeds the FAQPage JSON-LD) plus the sources it relies on.
 */
import { isKnown, type ConfidenceLevel, type Knowable } from '../../schemas/fact.ts';
import type { Recommendation } from '../../schemas/lifecycle.ts';
import type { Model } from '../../schemas/model.ts';
import { describeChange, LARGER_SMALLER, type Direction } from '../compare/change.ts';
import { leastSure, markOf } from '../sources/confidence.ts';
import { spokenText, type QuotedSource } from '../sources/quotation.ts';
import { formatDate, formatList, formatTokens, formatUsd } from '../format.ts';
import { PRODUCT_LABELS, TOOL_LABELS, yesNo } from '../labels.ts';
import type { LinePosition, ModelEntry } from '../lineage/members.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { checkedSentence, describeIds, nameWithId, whenClause } from '../lifecycle/wording.ts';
import {
  perImage,
  perMillion,
  perThousandCalls,
  tierSentence,
  tokenRateRows,
} from '../pricing/rates.ts';

/**
 * Generated topics; the anchor of each is `faq-<topic>`. Hand-written entries may not reuse them.
 */
export const FAQ_TOPIC_IDS = [
  'shutdown',
  'pricing',
  'context-window',
  'modalities',
  'knowledge-cutoff',
  'availability',
  'model-id',
  'reasoning',
  'fine-tuning',
  'vs-predecessor',
] as const;

type FaqTopic = (typeof FAQ_TOPIC_IDS)[number];

export interface FaqItem {
  /** Anchor id on the page: `faq-pricing`. */
  anchor: string;
  question: string;
  /** The answer as plain sentences. */
  answer: string;
  /** Source ids the answer relies on, in order of use. */
  sources: string[];
  /** The least sure of the facts the answer uses: a third-party or unconfirmed answer is marked. */
  confidence: ConfidenceLevel;
  /** Sort position; hand-written entries choose theirs. */
  order: number;
}

/** The anchor for a question slug. */
export const faqAnchor = (slug: string) => `faq-${slug}`;

/** A hand-written entry's slug: its file name (`gpt-4o-mini/audio-variants` → `audio-variants`). */
export const faqSlug = (entryId: string) => entryId.split('/').pop() ?? entryId;

/** Anything with a source: a fact, a lifecycle event, a price tier. */
interface Sourced {
  source: string;
  confidence: ConfidenceLevel;
  corroboratedBy?: string[] | undefined;
}

/** What the FAQ needs beyond the model: its state, the replacements, the line's pointers. */
export interface FaqContext {
  /**
   * The version's lifecycle state on the build's day (computed once by the catalog): every "now"
   * in an answer is as of `state.day`.
   */
  state: LifecycleState;
  /** Display names of the models OpenAI names as replacements (and of catalog versions). */
  names: ReadonlyMap<string, string>;
  /** Where OpenAI points new work across the line. */
  lineRecommendations: readonly Recommendation[];
  /** The sources by id: a vendor's own words are quoted and attributed to their publisher. */
  sources: ReadonlyMap<string, QuotedSource>;
}

/** Collects sentences and the facts behind them while an answer is written. */
class Answer {
  readonly sentences: string[] = [];
  readonly sources: string[] = [];
  confidence: ConfidenceLevel = 'high';

  /** Adds a sentence backed by `facts` (unknowns and undefined are skipped as evidence). */
  say(sentence: string, ...facts: (Knowable<unknown> | Sourced | undefined)[]): this {
    this.sentences.push(sentence);
    for (const item of facts) {
      if (!item || !('source' in item)) continue;
      for (const id of [item.source, ...(item.corroboratedBy ?? [])]) {
        if (!this.sources.includes(id)) this.sources.push(id);
      }
      this.confidence = leastSure([this.confidence, item.confidence]);
    }
    return this;
  }

  item(topic: FaqTopic, question: string): FaqItem {
    return {
      anchor: faqAnchor(topic),
      question,
      answer: this.sentences.join(' '),
      sources: this.sources,
      confidence: this.confidence,
      order: (FAQ_TOPIC_IDS.indexOf(topic) + 1) * 10,
    };
  }
}

const NUMBER_WORDS: Record<number, string> = { 2: 'Two', 3: 'Three', 4: 'Four' };

const NOT_IN_SOURCES = 'the sources this catalog has read do not state it';
const thirdParty = (item: Sourced) => {
  const mark = markOf(item.confidence);
  return mark ? ` (${mark} data)` : '';
};
const asOfText = (day: string) => `As of ${formatDate(day)}`;
/** Where OpenAI points new work across the line, as of the day it did. */
const pointerSentence = (pointer: Recommendation, ctx: FaqContext) =>
  `${asOfText(pointer.asOf)}: ${spokenText(pointer.value, pointer, ctx.sources)}`;
const unknownText = (item: Knowable<unknown>) =>
  'unknown' in item && item.unknown === 'not-disclosed'
    ? 'OpenAI has not disclosed it'
    : NOT_IN_SOURCES;

function pricing(model: Model, ctx: FaqContext): FaqItem {
  const { name, pricing: p } = model;
  const a = new Answer();
  // Each kind of token in its own sentence and unit: an audio rate is never added to a text rate.
  for (const { kind, rates } of tokenRateRows(p)) {
    const tokens = kind === 'text' ? '' : `${kind} `;
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
    const subject = kind === 'text' ? name : `${name}'s ${kind} tokens`;
    a.say(
      `${subject} ${kind === 'text' ? 'costs' : 'cost'} ${parts[0]}, ${parts[1]} and ${parts[2]} ` +
        'at standard API rates.',
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

function contextWindow(model: Model): FaqItem {
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

function modalities(model: Model): FaqItem {
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

function knowledgeCutoff(model: Model): FaqItem {
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

/** The newest product events of each product (ChatGPT, Codex), each with its date. */
function productNews(model: Model, a: Answer) {
  for (const product of Object.keys(PRODUCT_LABELS) as (keyof typeof PRODUCT_LABELS)[]) {
    const latest = model.lifecycle
      .filter((e) => e.type === 'product' && e.product === product)
      .at(-1);
    if (latest?.type !== 'product') continue;
    a.say(`${PRODUCT_LABELS[product]} (${formatDate(latest.date)}): ${latest.what}`, latest);
  }
}

function availability(model: Model, position: LinePosition, ctx: FaqContext): FaqItem {
  const { name } = model;
  const a = new Answer();
  const { state } = ctx;
  const { shutdown, lastCheck } = state;
  if (shutdown && state.phase === 'shut-down') {
    a.say(`No: the ${describeIds(shutdown.ids)} shut down ${whenClause(state)}.`, shutdown);
  } else if (shutdown) {
    a.say(
      `${asOfText(state.day)}, yes, but not for long: the ${describeIds(shutdown.ids)} ` +
        `${shutdown.ids.length > 1 ? 'shut' : 'shuts'} down ${whenClause(state)}.`,
      shutdown,
    );
  } else if (lastCheck) {
    a.say(`${asOfText(lastCheck.asOf)}: ${lastCheck.finding}`, lastCheck);
  } else {
    a.say(`Whether it is still served is not stated in the sources this catalog has read.`);
  }
  productNews(model, a);
  const recommendation = model.recommendations.at(-1);
  if (recommendation)
    a.say(
      `${asOfText(recommendation.asOf)}: ` +
        spokenText(recommendation.value, recommendation, ctx.sources),
      recommendation,
    );
  if (position.isNewest) {
    a.say(`${asOfText(state.checked)}, it is the newest version in the ${position.lineName} line.`);
    const pointer = ctx.lineRecommendations.at(-1);
    if (pointer) a.say(pointerSentence(pointer, ctx), pointer);
  } else if (position.successor) {
    a.say(
      `It has been followed in the ${position.lineName} line by ${position.successor.data.name}.`,
      position.successor.data.released,
    );
  }
  return a.item('availability', `Is ${name} still available?`);
}

function shutdownAnswer(model: Model, ctx: FaqContext): FaqItem {
  const { name } = model;
  const a = new Answer();
  const { state } = ctx;
  const { shutdown } = state;
  const nameOf = (id: string) => nameWithId(id, ctx.names.get(id));
  if (!shutdown) {
    const check = state.lastCheck;
    a.say(
      check
        ? `${asOfText(check.asOf)}, no shutdown has been announced: ${check.finding}`
        : `No shutdown appears in the sources this catalog has read.`,
      check,
    );
    a.say('With no shutdown announced, OpenAI names no replacement for it.');
    const pointer = ctx.lineRecommendations.at(-1);
    if (pointer) a.say(pointerSentence(pointer, ctx), pointer);
  } else {
    const ids = describeIds(shutdown.ids);
    const verb = state.phase === 'shut-down' || shutdown.ids.length > 1 ? 'shut' : 'shuts';
    const when = `The ${ids} ${verb} down ${whenClause(state)}`;
    const announced = shutdown.announced ? ` (announced ${formatDate(shutdown.announced)})` : '';
    a.say(`${when}${announced}${thirdParty(shutdown)}.`, shutdown);
    if (state.phase !== 'shut-down') a.say(checkedSentence(state));
    if (shutdown.fineTunesToo) a.say('Fine-tuned models built on it stop the same day.', shutdown);
    if (shutdown.note) a.say(shutdown.note, shutdown);
    if (shutdown.replacement) {
      a.say(`OpenAI lists ${nameOf(shutdown.replacement)} as the replacement.`, shutdown);
    }
    for (const change of state.replacementChanges) {
      a.say(
        `That changed: as of ${formatDate(change.before.asOf)} the listed replacement was ` +
          `${nameOf(change.from)}.`,
        change.before,
      );
    }
    for (const deadline of state.upcomingDeadlines) {
      a.say(`${formatDate(deadline.date)}: ${deadline.what}`, deadline);
    }
  }
  return a.item('shutdown', `When does ${name} shut down, and what replaces it?`);
}

function modelId(id: string, model: Model): FaqItem {
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

function reasoning(model: Model): FaqItem {
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

function fineTuning(model: Model, ctx: FaqContext): FaqItem {
  const { name, features } = model;
  const ft = features.fineTuning;
  const a = new Answer();
  if (!isKnown(ft)) a.say(`Unknown: ${unknownText(ft)}.`);
  else {
    const supports = ft.value
      ? `${name} supports fine-tuning`
      : `${name} does not support fine-tuning`;
    a.say(`${yesNo(ft.value)}: ${supports}.${ft.note ? ` ${ft.note}` : ''}`, ft);
  }
  for (const tier of model.pricing.tiers.filter(
    (t) => t.tier === 'training' || t.tier === 'fine-tuned',
  )) {
    a.say(`${tierSentence(tier)}${thirdParty(tier)}.`, tier);
  }
  // Every fine-tuning deadline, past and coming, with its date.
  for (const event of model.lifecycle) {
    if (event.type !== 'fine-tuning-deadline') continue;
    const tense = event.date <= ctx.state.day ? '' : ' (coming)';
    a.say(`${formatDate(event.date)}${tense}: ${event.what}`, event);
  }
  const { shutdown } = ctx.state;
  if (shutdown?.fineTunesToo) {
    a.say(
      `Fine-tuned models built on it stop serving on ${formatDate(shutdown.date)}, with the model.`,
      shutdown,
    );
  }
  return a.item('fine-tuning', `Can I fine-tune ${name}?`);
}

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

function vsPredecessor(model: Model, predecessor: ModelEntry): FaqItem {
  const prev = predecessor.data;
  const a = new Answer();
  a.say(
    `${model.name} was released on ${formatDate(model.released.value)}, ` +
      `after ${prev.name} (${formatDate(prev.released.value)}).`,
    model.released,
    prev.released,
  );
  numberChange('Input price', prev.pricing.input, model.pricing.input, perMillion, a);
  numberChange('Output price', prev.pricing.output, model.pricing.output, perMillion, a);
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

/** Every generated question for `model`, in reading order. */
export function generateFaq(
  id: string,
  model: Model,
  position: LinePosition,
  ctx: FaqContext,
): FaqItem[] {
  const items = [
    shutdownAnswer(model, ctx),
    pricing(model, ctx),
    contextWindow(model),
    modalities(model),
    knowledgeCutoff(model),
    availability(model, position, ctx),
    modelId(id, model),
    reasoning(model),
    fineTuning(model, ctx),
  ];
  if (position.predecessor) items.push(vsPredecessor(model, position.predecessor));
  return items;
}

/** Generated and hand-written questions together, by `order`, ties in the given order. */
export function mergeFaq(
  generated: readonly FaqItem[],
  handWritten: readonly FaqItem[],
): FaqItem[] {
  return [...generated, ...handWritten].sort((x, y) => x.order - y.order);
}

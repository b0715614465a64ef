/**
 * FAQ questions generated from a model's data, so an answer can never disagree with the page.
 * Each answer is plain text (it also feeds the FAQPage JSON-LD) plus the sources it relies on.
 */
import { isKnown, type Knowable } from '../schemas/fact.ts';
import type { Model } from '../schemas/model.ts';
import { describeChange } from './change.ts';
import { formatDate, formatList, formatTokens, formatUsd, formatYesNo } from './format.ts';
import type { LinePosition, ModelEntry } from './lineage.ts';
import { describeRates } from './pricing.ts';

/** Generated topics; the anchor of each is `faq-<topic>`. Hand-written entries may not reuse them. */
export const FAQ_TOPIC_IDS = [
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

export type FaqTopic = (typeof FAQ_TOPIC_IDS)[number];

export interface FaqItem {
  /** Anchor id on the page: `faq-pricing`. */
  anchor: string;
  question: string;
  /** The answer as plain sentences. */
  answer: string;
  /** Source ids the answer relies on, in order of use. */
  sources: string[];
  /** True when any fact the answer uses is third-party. */
  thirdParty: boolean;
  /** Sort position; hand-written entries choose theirs. */
  order: number;
}

/** The anchor for a question slug. */
export const faqAnchor = (slug: string) => `faq-${slug}`;

/** The slug of a hand-written entry: its file name (`gpt-4o-mini/audio-variants` → `audio-variants`). */
export const faqSlug = (entryId: string) => entryId.split('/').pop() ?? entryId;

/** Collects sentences and the facts behind them while an answer is written. */
class Answer {
  readonly sentences: string[] = [];
  readonly sources: string[] = [];
  thirdParty = false;

  /** Adds a sentence backed by `facts` (unknowns and undefined are skipped as evidence). */
  say(
    sentence: string,
    ...facts: (Knowable<unknown> | { source: string; confidence: 'high' | 'medium' } | undefined)[]
  ): this {
    this.sentences.push(sentence);
    for (const item of facts) {
      if (!item || !('source' in item)) continue;
      if (!this.sources.includes(item.source)) this.sources.push(item.source);
      if (item.confidence === 'medium') this.thirdParty = true;
    }
    return this;
  }

  item(topic: FaqTopic, question: string): FaqItem {
    return {
      anchor: faqAnchor(topic),
      question,
      answer: this.sentences.join(' '),
      sources: this.sources,
      thirdParty: this.thirdParty,
      order: (FAQ_TOPIC_IDS.indexOf(topic) + 1) * 10,
    };
  }
}

const NUMBER_WORDS: Record<number, string> = { 2: 'Two', 3: 'Three', 4: 'Four' };

const NOT_IN_SOURCES = 'the sources this catalog has read do not state it';
const unknownText = (item: Knowable<unknown>) =>
  'unknown' in item && item.unknown === 'not-disclosed'
    ? 'OpenAI has not disclosed it'
    : NOT_IN_SOURCES;

function pricing(model: Model): FaqItem {
  const { name, pricing: p } = model;
  const a = new Answer();
  const parts = (
    [
      ['input', p.input],
      ['cached input', p.cachedInput],
      ['output', p.output],
    ] as const
  ).map(([label, item]) =>
    isKnown(item)
      ? `${formatUsd(item.value)} per 1M ${label} tokens`
      : `an unknown ${label} price (${unknownText(item)})`,
  );
  a.say(
    `${name} costs ${parts[0]}, ${parts[1]} and ${parts[2]} at standard API rates.`,
    p.input,
    p.cachedInput,
    p.output,
  );
  for (const tier of p.tiers) {
    a.say(
      `${tier.name}: ${describeRates(tier.rates)}${tier.confidence === 'medium' ? ' (third-party data)' : ''}.`,
      tier,
    );
  }
  for (const note of p.notes) a.say(note.value, note);
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
  a.say(
    `${name} takes ${formatList(m.input.value)} as input and produces ${formatList(m.output.value)}.`,
    m.input,
    m.output,
  );
  if (isKnown(features.audio)) {
    a.say(
      `Audio: ${features.audio.value ? 'supported' : 'not supported'}${features.audio.note ? ` (${features.audio.note.replace(/\.$/, '')})` : ''}.`,
      features.audio,
    );
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

function availability(model: Model, position: LinePosition): FaqItem {
  const { name, status } = model;
  const a = new Answer();
  const shutdowns = model.snapshots.flatMap((snapshot) =>
    snapshot.shutdown ? [{ id: snapshot.id, ...snapshot.shutdown }] : [],
  );
  // A scheduled shutdown is said from its structured data (dates formatted like the rest of the
  // page); the API status line states the same event in its source's words, so it is used only
  // when no shutdown is scheduled.
  if (shutdowns.length === 0) a.say(status.api.value, status.api);
  for (const s of shutdowns) {
    const announced = s.announced ? ` (announced ${formatDate(s.announced)})` : '';
    a.say(
      `Snapshot ${s.id} is scheduled to shut down on ${formatDate(s.date)}${announced}${s.substitute ? `, with ${s.substitute} as the substitute` : ''}.`,
      s,
    );
  }
  if (isKnown(status.chatgpt)) a.say(`ChatGPT: ${status.chatgpt.value}`, status.chatgpt);
  if (status.recommendation) a.say(status.recommendation.value, status.recommendation);
  if (position.isLatest)
    a.say(`It is the latest version in the ${position.lineName} line.`, model.released);
  else if (position.successor)
    a.say(
      `It has been followed in the ${position.lineName} line by ${position.successor.data.name}.`,
      position.successor.data.released,
    );
  return a.item('availability', `Is ${name} still available?`);
}

function modelId(id: string, model: Model): FaqItem {
  const a = new Answer();
  const [first, ...others] = model.snapshots;
  const snapshotText = first
    ? ` The default dated snapshot is ${first.id}; pin a snapshot when you need results that do not change.`
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
      `Yes. ${name} is a reasoning model; reasoning_effort can be ${r.value.efforts.join(', ')}${def}.`,
      r,
    );
  }
  return a.item('reasoning', `Does ${name} support reasoning effort settings?`);
}

function fineTuning(model: Model): FaqItem {
  const { name, features } = model;
  const ft = features.fineTuning;
  const a = new Answer();
  if (!isKnown(ft)) a.say(`Unknown: ${unknownText(ft)}.`);
  else
    a.say(
      `${formatYesNo(ft.value)}: ${ft.value ? `${name} supports fine-tuning` : `${name} does not support fine-tuning`}.${ft.note ? ` ${ft.note}` : ''}`,
      ft,
    );
  const training = model.pricing.tiers.find((t) =>
    t.rates.some((rate) => rate.kind === 'training'),
  );
  if (training)
    a.say(
      `${training.name}: ${describeRates(training.rates)}${training.confidence === 'medium' ? ' (third-party data)' : ''}.`,
      training,
    );
  return a.item('fine-tuning', `Can I fine-tune ${name}?`);
}

function numberChange(
  label: string,
  before: Knowable<number>,
  after: Knowable<number>,
  format: (n: number) => string,
  a: Answer,
) {
  if (isKnown(before) && isKnown(after))
    a.say(`${describeChange(label, before.value, after.value, format)}.`, before, after);
}

function vsPredecessor(model: Model, predecessor: ModelEntry): FaqItem {
  const prev = predecessor.data;
  const a = new Answer();
  a.say(
    `${model.name} was released on ${formatDate(model.released.value)}, after ${prev.name} (${formatDate(prev.released.value)}).`,
    model.released,
    prev.released,
  );
  const perM = (n: number) => `${formatUsd(n)}/1M`;
  numberChange('Input price', prev.pricing.input, model.pricing.input, perM, a);
  numberChange('Output price', prev.pricing.output, model.pricing.output, perM, a);
  numberChange(
    'Context window',
    prev.contextWindow,
    model.contextWindow,
    (n) => `${formatTokens(n)} tokens`,
    a,
  );
  numberChange(
    'Max output',
    prev.maxOutput,
    model.maxOutput,
    (n) => `${formatTokens(n)} tokens`,
    a,
  );
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
      `Knowledge cutoff: ${formatDate(cutoffs[0].value)} → ${formatDate(cutoffs[1].value)}.`,
      cutoffs[0],
      cutoffs[1],
    );
  }
  return a.item('vs-predecessor', `How does ${model.name} differ from ${prev.name}?`);
}

/** Every generated question for `model`, in reading order. */
export function generateFaq(id: string, model: Model, position: LinePosition): FaqItem[] {
  const items = [
    pricing(model),
    contextWindow(model),
    modalities(model),
    knowledgeCutoff(model),
    availability(model, position),
    modelId(id, model),
    reasoning(model),
    fineTuning(model),
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

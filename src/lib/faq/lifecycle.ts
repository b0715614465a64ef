/**
 * Generated answers about a version's life on the build's day: when it shuts down and what
 * replaces it, whether it is still available, and whether it can be fine-tuned (with every
 * fine-tuning deadline). Every "now" is as of the lifecycle state the catalog computed once.
 * Pure.
 */
import { isKnown } from '../../schemas/fact.ts';
import type { Model } from '../../schemas/model.ts';
import { formatDate } from '../format.ts';
import { PRODUCT_LABELS, yesNo } from '../labels.ts';
import type { LinePosition } from '../lineage/members.ts';
import { checkedSentence, describeIds, nameWithId, whenClause } from '../lifecycle/wording.ts';
import { tierSentence } from '../pricing/rates.ts';
import { spokenText } from '../sources/quotation.ts';
import {
  Answer,
  asOfText,
  pointerSentence,
  thirdParty,
  unknownText,
  type FaqContext,
  type FaqItem,
} from './answer.ts';

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

export function availability(model: Model, position: LinePosition, ctx: FaqContext): FaqItem {
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

export function shutdownAnswer(model: Model, ctx: FaqContext): FaqItem {
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

export function fineTuning(model: Model, ctx: FaqContext): FaqItem {
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

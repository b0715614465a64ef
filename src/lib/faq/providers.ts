/**
 * "I use <model> on <provider>: when does it retire, and is that OpenAI's date?", one question per
 * provider that offers the model and states a date of its own, answered from the provider's own
 * row: its retirement day as of the edition read, how far that is from OpenAI's, earlier
 * editions, new deployments refused, the replacement it names. Third-party listings of a
 * provider (kind `catalog`) get no question: their dates are listings, not a plan. Pure.
 */
import type { Model } from '../../schemas/model.ts';
import { formatDate, formatList } from '../format.ts';
import { dayCount } from '../lifecycle/days.ts';
import { offeredRows, type OfferedView, type ProviderRowView } from '../providers/rows.ts';
import {
  noNewDeploymentsText,
  notBeforeText,
  providerReplacementText,
} from '../providers/wording.ts';
import {
  Answer,
  PROVIDER_FAQ_PREFIX,
  thirdParty,
  type FaqContext,
  type FaqItem,
} from './answer.ts';

/** Provider questions sit right after the shutdown question (order 10), in the table's order. */
const orderOf = (index: number) => 10 + (index + 1) / 100;

/** How the provider's day sits against OpenAI's, as a sentence; undefined when neither has one. */
function versusSentence(view: OfferedView, ctx: FaqContext, provider: string): string | undefined {
  if (view.standing.offer !== 'offered') return undefined;
  const { versus } = view.standing;
  switch (versus.kind) {
    case 'later':
    case 'earlier':
      return (
        `That is not OpenAI's date: it is ${dayCount(versus.days)} ` +
        `${versus.kind === 'later' ? 'after' : 'before'} OpenAI's shutdown of ` +
        `${formatDate(versus.openai)}.`
      );
    case 'same-day':
      return `That is the same day as OpenAI's shutdown.`;
    case 'provider-only':
      return `OpenAI had announced no shutdown for it as of ${formatDate(ctx.state.checked)}.`;
    case 'openai-only':
      return (
        `OpenAI's API ${versus.openai < view.day ? 'shut it down' : 'shuts it down'} on ` +
        `${formatDate(versus.openai)}; whether ${provider} follows that day is not stated in ` +
        'sources.'
      );
    case 'neither':
      return undefined;
  }
}

/** The answer for one provider's row. */
function providerAnswer(view: OfferedView, model: Model, ctx: FaqContext, order: number): FaqItem {
  const { row, standing } = view;
  const provider = view.provider.data.name;
  const a = new Answer();
  const { retirement, noNewDeploymentsSince, notBefore, replacement } = row.lifecycle;
  const main = 'unknown' in row.ids ? undefined : row.ids[0]?.id;
  const it = main ? `${model.name} (${main} there)` : model.name;
  if ('value' in retirement && standing.offer === 'offered') {
    const verb =
      standing.phase === 'retired'
        ? 'retired'
        : standing.phase === 'retires-today'
          ? 'retires today,'
          : 'retires';
    a.say(
      `${provider}'s schedule, as of ${formatDate(retirement.asOf)}, ${verb} ${it} on ` +
        `${formatDate(retirement.value)}${thirdParty(retirement)}.`,
      retirement,
    );
  } else {
    a.say(
      `The sources this catalog has read state no retirement date for ${it} at ${provider} ` +
        `(checked ${formatDate(row.checked)}).`,
      row,
    );
  }
  const versus = versusSentence(view, ctx, provider);
  if (versus) a.say(versus, ctx.state.shutdown);
  if ('value' in retirement) {
    const earlier = (retirement.history ?? []).filter((h) => h.value !== retirement.value);
    // One date read in several editions is said once, with each edition's day.
    const byDate = Map.groupBy(earlier, (h) => h.value);
    if (earlier.length > 0)
      a.say(
        `Earlier editions of the schedule gave ${formatList(
          [...byDate].map(
            ([date, editions]) =>
              `${formatDate(date)} (as of ${formatList(editions.map((h) => formatDate(h.asOf)))})`,
          ),
        )}.`,
        ...earlier,
      );
  }
  if (notBefore) a.say(`${notBeforeText(notBefore.value)}.`, notBefore);
  if (noNewDeploymentsSince)
    a.say(`${noNewDeploymentsText(noNewDeploymentsSince.value, view.day)}.`, noNewDeploymentsSince);
  if (replacement)
    a.say(
      `${provider} ${providerReplacementText(replacement.value, (id) => ctx.names.get(id)).replace(
        /^Names/,
        'names',
      )}${thirdParty(replacement)}.`,
      replacement,
    );
  return a.at(
    `${PROVIDER_FAQ_PREFIX}${view.provider.id}`,
    `I use ${model.name} on ${provider}: when does it retire, and is that OpenAI's date?`,
    order,
  );
}

/** Whether the provider states a date of its own: retirement, floor, new deployments refused. */
function statesADate({ row: { lifecycle } }: OfferedView): boolean {
  return (
    'value' in lifecycle.retirement ||
    lifecycle.notBefore !== undefined ||
    lifecycle.noNewDeploymentsSince !== undefined
  );
}

/**
 * One question per provider that offers the model and states a date of its own, in table order.
 * Where a provider states none, "Where to run it" already says so beside OpenAI's date; a question
 * that could only answer "not stated" would add weight to every page and nothing to read.
 */
export function providerFaq(
  model: Model,
  rows: readonly ProviderRowView[],
  ctx: FaqContext,
): FaqItem[] {
  return offeredRows(rows)
    .filter(statesADate)
    .map((view, index) => providerAnswer(view, model, ctx, orderOf(index)));
}

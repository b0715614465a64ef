/**
 * /feed/<provider>.xml: one provider's own dated events for the catalog's models, beside
 * /feed.xml. The same honest subset as its calendar (provider-calendar.ts): only the retirement
 * dates the provider states itself. Each edition of its schedule that set or moved a date is an
 * item dated by the day that edition showed it, with its own source; the day it refuses new
 * deployments and, once passed, the day it retired a model are items dated by those days. Worded
 * through src/lib/providers/wording.ts, as the pages word the row. Newest first. Pure.
 */
import { formatDate } from '../format.ts';
import { providerPagePath } from '../paths.ts';
import {
  joinSentences,
  noNewDeploymentsText,
  providerReplacementText,
  standingSentence,
} from '../providers/wording.ts';
import { event, type FeedEvent } from './feed.ts';
import type { ProviderCalendarInput } from './provider-calendar.ts';

type Model = ProviderCalendarInput['models'][number];

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

function modelEvents(
  provider: ProviderCalendarInput,
  model: Model,
  names: ReadonlyMap<string, string>,
): FeedEvent[] {
  const { row, standing, day } = model.view;
  if (row.offer !== 'offered' || !('value' in row.lifecycle.retirement)) return [];
  const { retirement, noNewDeploymentsSince, replacement } = row.lifecycle;
  const subject = { id: model.id, name: model.name, kind: 'version' as const };
  const at = `${providerPagePath(provider.id)}#${model.id}`;
  // The feed's own item, told apart by the provider and pointing at the provider's entry.
  const item = (
    kind: FeedEvent['kind'],
    date: string,
    title: string,
    text: string,
    from: Pick<FeedEvent, 'source' | 'confidence'>,
  ): FeedEvent => ({ ...event(kind, subject, date, title, text, from, provider.id), at });
  const on = `${model.name} on ${provider.name}`;
  const named = joinSentences([providerReplacementText(replacement?.value, (id) => names.get(id))]);
  // Every edition of the schedule, oldest first: the first sets the date, each later one that
  // shows another date moves it.
  const editions = [
    ...(retirement.history ?? []).map((h) => ({
      value: h.value,
      asOf: h.asOf,
      source: h.source,
      confidence: h.confidence,
    })),
    retirement,
  ].toSorted((a, b) => a.asOf.localeCompare(b.asOf));
  const events = editions.flatMap((edition, i) => {
    const before = editions[i - 1];
    if (before && before.value === edition.value) return [];
    const date = formatDate(edition.value);
    return before
      ? [
          item(
            'provider-retirement-moved',
            edition.asOf,
            `${on}: retirement moved to ${date}`,
            `${provider.name}'s schedule of ${formatDate(edition.asOf)} retires it on ${date}; ` +
              `the edition of ${formatDate(before.asOf)} gave ${formatDate(before.value)}.`,
            edition,
          ),
        ]
      : [
          item(
            'provider-retirement-scheduled',
            edition.asOf,
            `${on}: retires ${date}`,
            `${provider.name}'s schedule of ${formatDate(edition.asOf)} retires it on ${date}.`,
            edition,
          ),
        ];
  });
  // What the latest edition means today, after its own item: how it sits against OpenAI's date.
  const latest = events.at(-1);
  if (latest) latest.text = `${latest.text} ${standingSentence(standing)} ${named}`.trim();
  if (noNewDeploymentsSince)
    events.push(
      item(
        'provider-no-new-deployments',
        noNewDeploymentsSince.value,
        `${on}: ${lowerFirst(noNewDeploymentsText(noNewDeploymentsSince.value, day))}`,
        joinSentences([noNewDeploymentsText(noNewDeploymentsSince.value, day)]),
        noNewDeploymentsSince,
      ),
    );
  if (standing.offer === 'offered' && standing.phase === 'retired')
    events.push(
      item(
        'provider-retired',
        retirement.value,
        `${on}: retired ${formatDate(retirement.value)}`,
        joinSentences([
          `${provider.name} retired it on ${formatDate(retirement.value)}, its own date`,
          ...(named ? [named] : []),
        ]),
        retirement,
      ),
    );
  return events;
}

/** The provider's events, newest first (same-day events in a stable order). */
export function providerFeedEvents(
  provider: ProviderCalendarInput,
  names: ReadonlyMap<string, string>,
): FeedEvent[] {
  return provider.models
    .flatMap((model) => modelEvents(provider, model, names))
    .toSorted((a, b) =>
      a.date === b.date ? (a.guid < b.guid ? -1 : 1) : a.date < b.date ? 1 : -1,
    );
}

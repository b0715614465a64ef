/**
 * /shutdowns/<provider>.ics: one provider's own dates for the catalog's models, beside OpenAI's
 * /shutdowns.ics. Each event is the provider's retirement of one model (and, where the provider
 * states one, the day it refuses new deployments), worded as the model page words that row
 * (src/lib/providers/wording.ts): the date, how it sits against OpenAI's, the ids there, the
 * replacement the provider names and the source, a third-party one marked.
 *
 * An honest subset: a provider gets a calendar only for the retirement dates it states itself. A
 * third-party listing of a provider's offer (kind `catalog`) is data about someone else's
 * schedule, so it never makes a calendar or an event. UIDs are stable and name the provider and
 * the model, so they never collide with /shutdowns.ics's; SEQUENCE counts the earlier editions of
 * the date; DTSTAMP is the day the provider check read the row. Pure.
 */
import type ICAL from 'ical.js';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../format.ts';
import { SITE_NAME } from '../page/site-nav.ts';
import { absolute, modelProvidersPath } from '../paths.ts';
import { datesOwnRetirement, type ProviderRowView } from '../providers/rows.ts';
import {
  earlierText,
  idsThereText,
  joinSentences,
  noNewDeploymentsText,
  providerCalendarName,
  providerReplacementText,
  standingSentence,
} from '../providers/wording.ts';
import { allDayEvent, calendarText, sourceLine } from './ical.ts';

/** A model's rows at its providers, as the data layer computed them for the build's day. */
export interface ModelProviderRows {
  id: string;
  name: string;
  rows: readonly ProviderRowView[];
}

/** One provider's calendar: the provider and each model whose retirement it dates. */
export interface ProviderCalendarInput {
  id: string;
  name: string;
  models: readonly { id: string; name: string; view: ProviderRowView }[];
}

/** Every provider that dates at least one retirement, by id, with the models it dates. */
export function providerCalendars(models: readonly ModelProviderRows[]): ProviderCalendarInput[] {
  const byProvider = new Map<
    string,
    ProviderCalendarInput & { models: ProviderCalendarInput['models'][number][] }
  >();
  for (const model of models) {
    for (const view of model.rows.filter(datesOwnRetirement)) {
      const { id, data } = view.provider;
      const calendar = byProvider.get(id) ?? { id, name: data.name, models: [] };
      calendar.models.push({ id: model.id, name: model.name, view });
      byProvider.set(id, calendar);
    }
  }
  return [...byProvider.values()].toSorted((a, b) => (a.id < b.id ? -1 : 1));
}

/** The stable UID of a provider's retirement of a model. */
export const providerRetirementUid = (provider: string, model: string) =>
  `${provider}/retirement-${model}@gpt-mini-catalog`;

/** The stable UID of the day a provider stops new deployments of a model. */
export const providerNoNewDeploymentsUid = (provider: string, model: string) =>
  `${provider}/no-new-deployments-${model}@gpt-mini-catalog`;

function events(
  provider: ProviderCalendarInput,
  model: ProviderCalendarInput['models'][number],
  sources: ReadonlyMap<string, Source>,
  origin: string,
  names: ReadonlyMap<string, string>,
): ICAL.Component[] {
  const { row, standing, day } = model.view;
  if (row.offer !== 'offered' || !('value' in row.lifecycle.retirement)) return [];
  const { retirement, noNewDeploymentsSince, replacement } = row.lifecycle;
  const page = absolute(origin, modelProvidersPath(model.id));
  const ids = 'unknown' in row.ids ? undefined : row.ids;
  const at = `${model.name} at ${provider.name}`;
  const retiring = allDayEvent({
    uid: providerRetirementUid(provider.id, model.id),
    stamp: row.checked,
    date: retirement.value,
    sequence: retirement.history?.length ?? 0,
    summary: `${at}: ${ids?.map((i) => i.id).join(', ') ?? model.name} retires`,
    description: [
      standingSentence(standing),
      joinSentences([idsThereText(ids)]),
      joinSentences([providerReplacementText(replacement?.value, (id) => names.get(id))]),
      ...(retirement.note ? [retirement.note] : []),
      `As of ${formatDate(retirement.asOf)}.`,
      // Earlier editions of the schedule, each with its own source: a date that moved says so.
      ...(retirement.history ?? []).map(
        (h) =>
          `${joinSentences([earlierText(h.asOf, formatDate(h.value))])} ` +
          sourceLine(sources, h.source, h.confidence),
      ),
      sourceLine(sources, retirement.source, retirement.confidence),
      `Details: ${page}`,
    ].join('\n'),
    url: page,
  });
  if (!noNewDeploymentsSince) return [retiring];
  const closing = allDayEvent({
    uid: providerNoNewDeploymentsUid(provider.id, model.id),
    stamp: row.checked,
    date: noNewDeploymentsSince.value,
    sequence: noNewDeploymentsSince.history?.length ?? 0,
    summary: `${at}: no new deployments`,
    description: [
      joinSentences([noNewDeploymentsText(noNewDeploymentsSince.value, day)]),
      standingSentence(standing),
      ...(noNewDeploymentsSince.note ? [noNewDeploymentsSince.note] : []),
      `As of ${formatDate(noNewDeploymentsSince.asOf)}.`,
      sourceLine(sources, noNewDeploymentsSince.source, noNewDeploymentsSince.confidence),
      `Details: ${page}`,
    ].join('\n'),
    url: page,
  });
  return [retiring, closing];
}

/**
 * The provider's calendar, soonest first. `names` gives the display name of a replacement the
 * provider names.
 */
export function providerCalendar(
  provider: ProviderCalendarInput,
  sources: ReadonlyMap<string, Source>,
  origin: string,
  names: ReadonlyMap<string, string>,
): string {
  const all = provider.models.flatMap((model) => events(provider, model, sources, origin, names));
  const key = (e: ICAL.Component) =>
    `${String(e.getFirstPropertyValue('dtstart'))} ${String(e.getFirstPropertyValue('uid'))}`;
  return calendarText(
    `${SITE_NAME}: ${providerCalendarName(provider.name)}`,
    all.toSorted((a, b) => (key(a) < key(b) ? -1 : 1)),
  );
}

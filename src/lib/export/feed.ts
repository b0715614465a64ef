/**
 * /feed.xml: one item per lifecycle event and price change, so a team hears when something
 * changes. Each item is dated by its event (never by the build) at the precision its source gives,
 * and links the source that reports it. Events are derived from the content's dated facts: the
 * same state as the pages' timelines (src/lib/lifecycle/). rss.ts turns them into the feed's
 * items. Pure.
 */
import type { ConfidenceLevel, Fact, Knowable } from '../../schemas/fact.ts';
import type { LifecycleEvent, Shutdown } from '../../schemas/lifecycle.ts';
import type { Pricing } from '../../schemas/pricing.ts';
import { formatDate, formatUsd } from '../format.ts';
import { perMillion } from '../pricing/rates.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { datedStopsSentence, nameWithId, scheduledProvenance } from '../lifecycle/wording.ts';
import { PRODUCT_LABELS } from '../labels.ts';
import type { CatalogInput } from './api.ts';

type FeedEventKind =
  | 'released'
  | 'shutdown-scheduled'
  | 'shutdown-rescheduled'
  | 'shut-down'
  | 'replacement-named'
  | 'replacement-changed'
  | 'fine-tuning-deadline'
  | 'product'
  | 'api-check'
  | 'price-changed'
  | 'provider-retirement-scheduled'
  | 'provider-retirement-moved'
  | 'provider-no-new-deployments'
  | 'provider-retired';

export interface FeedEvent {
  kind: FeedEventKind;
  /** The event's date, at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** The version or replacement model it is about. */
  subject: { id: string; name: string; kind: 'version' | 'replacement' };
  title: string;
  /** One or two plain sentences. */
  text: string;
  source: string;
  confidence: ConfidenceLevel;
  /** Stable across builds: kind, subject, what and date. */
  guid: string;
  /** Where it sits in the catalog, when not the subject's own page (a provider's entry for it). */
  at?: string;
}

type Subject = FeedEvent['subject'];
type Sourced = { source: string; confidence: ConfidenceLevel };

/** One item; `what` tells apart items of one kind, subject and day (a price field, a provider). */
export const event = (
  kind: FeedEventKind,
  subject: Subject,
  date: string,
  title: string,
  text: string,
  from: Sourced,
  what = '',
): FeedEvent => ({
  kind,
  date,
  subject,
  title,
  text,
  source: from.source,
  confidence: from.confidence,
  guid: ['gpt-mini-catalog', kind, subject.id, what, date].filter(Boolean).join(':'),
});

const PRICE_FIELDS = [
  ['input', 'input'],
  ['cachedInput', 'cached input'],
  ['output', 'output'],
] as const satisfies readonly [keyof Pricing, string][];

/**
 * One event per change of a standard price: from each value in the fact's history to the next.
 * The change to the present value is dated by the fact's `since` (the day the source says it took
 * effect); without one, by `verified`, the day the present value was last checked. Older changes
 * are dated by the day the source showed the newer value.
 */
function priceChanges(subject: Subject, pricing: Pricing, verified: string): FeedEvent[] {
  return PRICE_FIELDS.flatMap(([field, label]) => {
    const item: Knowable<number> = pricing[field];
    if (!('value' in item) || !item.history?.length) return [];
    const steps = [
      ...item.history.toSorted((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0)),
      { ...item, asOf: item.since ?? verified },
    ];
    return steps.slice(1).map((after, i) => {
      const before = steps[i] as (typeof steps)[number];
      const tookEffect = i === steps.length - 2 && item.since !== undefined;
      return event(
        'price-changed',
        subject,
        after.asOf,
        `${subject.name}: ${label} price ${formatUsd(before.value)} → ` +
          `${perMillion(after.value)}`,
        `The ${label} price of ${subject.name} changed from ${formatUsd(before.value)} ` +
          `(as of ${formatDate(before.asOf)}) to ${perMillion(after.value)} ` +
          `(${tookEffect ? 'from' : 'as of'} ${formatDate(after.asOf)}).` +
          `${after.note ? ` ${after.note}` : ''}`,
        after,
        field,
      );
    });
  });
}

/** Lifecycle events of one version on its state's day, from its readings, deadlines and checks. */
function versionEvents(
  subject: Subject,
  released: Fact<string>,
  lifecycle: readonly LifecycleEvent[],
  state: LifecycleState,
  names: ReadonlyMap<string, string>,
): FeedEvent[] {
  const named = (id: string) => nameWithId(id, names.get(id));
  const events = [
    event(
      'released',
      subject,
      released.value,
      `${subject.name} released`,
      `${subject.name} was released.`,
      released,
    ),
  ];
  const readings: Shutdown[] = [
    ...state.earlierReadings,
    ...(state.shutdown ? [state.shutdown] : []),
  ];
  const first = readings[0];
  if (state.shutdown && first) {
    const { shutdown } = state;
    const date = shutdown.announced ?? first.asOf;
    events.push(
      event(
        'shutdown-scheduled',
        subject,
        date,
        `${subject.name}: shutdown scheduled for ${formatDate(shutdown.date)}`,
        `${datedStopsSentence(shutdown).slice(0, -1)} (as of ${formatDate(shutdown.asOf)}).` +
          `${shutdown.announced ? ` Announced ${formatDate(shutdown.announced)}.` : ''}`,
        shutdown,
      ),
    );
    // On the day it passes, the feed says so: a reader hears of the shutdown when it happens, not
    // only when it was announced. Dated by the schedule, which is all the site knows of it.
    if (state.phase === 'shut-down') {
      events.push(
        event(
          'shut-down',
          subject,
          shutdown.date,
          `${subject.name}: shut down ${formatDate(shutdown.date)}`,
          `${datedStopsSentence(shutdown, 'shut-down').slice(0, -1)} ` +
            `(${scheduledProvenance(state)}).`,
          shutdown,
        ),
      );
    }
  }
  readings.forEach((after, i) => {
    const before = readings[i - 1];
    if (before && before.date !== after.date) {
      events.push(
        event(
          'shutdown-rescheduled',
          subject,
          after.asOf,
          `${subject.name}: shutdown moved to ${formatDate(after.date)}`,
          `The shutdown of ${subject.name} moved from ${formatDate(before.date)} to ` +
            `${formatDate(after.date)} (as of ${formatDate(after.asOf)}).`,
          after,
        ),
      );
    }
  });
  const firstNamed = readings.find((r) => r.replacement);
  if (firstNamed?.replacement) {
    events.push(
      event(
        'replacement-named',
        subject,
        firstNamed.asOf,
        `${subject.name}: replacement listed, ${named(firstNamed.replacement)}`,
        `OpenAI lists ${named(firstNamed.replacement)} as the replacement for ${subject.name} ` +
          `(as of ${formatDate(firstNamed.asOf)}).`,
        firstNamed,
        firstNamed.replacement,
      ),
    );
  }
  for (const change of state.replacementChanges) {
    events.push(
      event(
        'replacement-changed',
        subject,
        change.after.asOf,
        `${subject.name}: replacement changed to ${named(change.to)}`,
        `The replacement listed for ${subject.name} changed from ${named(change.from)} to ` +
          `${named(change.to)} (as of ${formatDate(change.after.asOf)}).`,
        change.after,
        change.to,
      ),
    );
  }
  for (const e of lifecycle) {
    if (e.type === 'fine-tuning-deadline') {
      events.push(
        event(
          'fine-tuning-deadline',
          subject,
          e.date,
          `${subject.name}: fine-tuning deadline ${formatDate(e.date)}`,
          e.what,
          e,
        ),
      );
    } else if (e.type === 'product') {
      events.push(
        event(
          'product',
          subject,
          e.date,
          `${subject.name} in ${PRODUCT_LABELS[e.product]}`,
          e.what,
          e,
          e.product,
        ),
      );
    } else if (e.type === 'api-check') {
      events.push(event('api-check', subject, e.asOf, `${subject.name}: API check`, e.finding, e));
    }
  }
  return events;
}

/** Every event of the catalog, newest first (same-day events in a stable order). */
export function feedEvents(input: CatalogInput): FeedEvent[] {
  const names = new Map<string, string>([
    ...[...input.replacements.values()].map((r) => [r.id, r.data.name] as const),
    ...input.lines.flatMap((l) => l.members.map((m) => [m.id, m.data.name] as const)),
  ]);
  const events: FeedEvent[] = [];
  for (const line of input.lines) {
    for (const { id, data } of line.members) {
      const subject: Subject = { id, name: data.name, kind: 'version' };
      const state = input.status.get(id);
      if (!state) throw new Error(`No lifecycle state for "${id}"`);
      events.push(...versionEvents(subject, data.released, data.lifecycle, state, names));
      events.push(...priceChanges(subject, data.pricing, line.data.verified));
    }
  }
  for (const { id, data } of input.replacements.values()) {
    const subject: Subject = { id, name: data.name, kind: 'replacement' };
    if ('value' in data.released) {
      events.push(
        event(
          'released',
          subject,
          data.released.value,
          `${data.name} released`,
          `${data.name} was released. OpenAI names it as a replacement for versions of the line.`,
          data.released,
        ),
      );
    }
    events.push(...priceChanges(subject, data.pricing, input.verified));
  }
  return events.sort((a, b) =>
    a.date === b.date ? (a.guid < b.guid ? -1 : 1) : a.date < b.date ? 1 : -1,
  );
}

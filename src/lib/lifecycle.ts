/**
 * Where a version stands on a given day, and the story of how it got there, derived from its
 * dated lifecycle events. Pure: the same events and the same `asOf` always give the same answer,
 * so a page built today and one built next year from the same data say the same thing.
 */
import type { Fact } from '../schemas/fact.ts';
import type { ApiCheck, LifecycleEvent, Shutdown } from '../schemas/lifecycle.ts';
import { dayCount, daysBetween } from './days.ts';
import { formatDate } from './format.ts';
import { ID_KIND_LABELS, PRODUCT_LABELS } from './labels.ts';

export { dayCount, daysBetween };

type LifecyclePhase = 'available' | 'shutdown-scheduled' | 'shutdown-today' | 'shut-down';

export interface LifecycleState {
  phase: LifecyclePhase;
  /** The day this state is true as of (the day the data was verified). */
  asOf: string;
  /** The current reading of the shutdown: the one a source showed most recently. */
  shutdown: Shutdown | undefined;
  /** Whole days from `asOf` to the shutdown day: 0 on the day, negative after it. */
  daysLeft: number | undefined;
  /** The model OpenAI names as the replacement now. */
  replacement: string | undefined;
  /** Each time a newer reading named another replacement, oldest first. */
  replacementChanges: { from: string; to: string; before: Shutdown; after: Shutdown }[];
  /** Older readings of the shutdown, oldest first. */
  earlierReadings: Shutdown[];
  /** The newest check that the API still serves the version. */
  lastCheck: ApiCheck | undefined;
  /** Fine-tuning deadlines on or after `asOf`, soonest first. */
  upcomingDeadlines: Extract<LifecycleEvent, { type: 'fine-tuning-deadline' }>[];
}

/** Newest reading last; readings from the same day keep their order in the content. */
const byAsOf = <T extends { asOf: string }>(items: readonly T[]) =>
  items.toSorted((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));

/** The state of a version on `asOf` (a whole day), from its events. */
export function lifecycleState(events: readonly LifecycleEvent[], asOf: string): LifecycleState {
  const readings = byAsOf(
    events.filter((e): e is Shutdown => e.type === 'shutdown' && e.asOf <= asOf),
  );
  const shutdown = readings.at(-1);
  const checks = byAsOf(
    events.filter((e): e is ApiCheck => e.type === 'api-check' && e.asOf <= asOf),
  );
  const replacementChanges: LifecycleState['replacementChanges'] = [];
  readings.forEach((after, i) => {
    const before = readings[i - 1];
    if (before?.replacement && after.replacement && before.replacement !== after.replacement) {
      replacementChanges.push({ from: before.replacement, to: after.replacement, before, after });
    }
  });
  const daysLeft = shutdown ? daysBetween(asOf, shutdown.date) : undefined;
  let phase: LifecyclePhase = 'available';
  if (daysLeft !== undefined) {
    phase = daysLeft > 0 ? 'shutdown-scheduled' : daysLeft === 0 ? 'shutdown-today' : 'shut-down';
  }
  return {
    phase,
    asOf,
    shutdown,
    daysLeft,
    replacement: shutdown?.replacement,
    replacementChanges,
    earlierReadings: readings.slice(0, -1),
    lastCheck: checks.at(-1),
    upcomingDeadlines: events
      .filter((e) => e.type === 'fine-tuning-deadline' && e.date >= asOf)
      .map((e) => e as Extract<LifecycleEvent, { type: 'fine-tuning-deadline' }>)
      .toSorted((a, b) => (a.date < b.date ? -1 : 1)),
  };
}

/** `alias gpt-5-mini and dated snapshot gpt-5-mini-2025-08-07`. */
export function describeIds(ids: Shutdown['ids']): string {
  const parts = ids.map((i) => `${ID_KIND_LABELS[i.kind]} ${i.id}`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * A short status for tables: what is happening, not a state name.
 * `Shuts down Dec 11, 2026`, `Shut down Dec 11, 2026`, `Served, no shutdown announced`.
 */
export function statusText(state: LifecycleState): string {
  const { shutdown, phase } = state;
  if (!shutdown) return 'Served, no shutdown announced';
  if (phase === 'shut-down') return `Shut down ${formatDate(shutdown.date)}`;
  if (phase === 'shutdown-today') return `Shuts down today, ${formatDate(shutdown.date)}`;
  return `Shuts down ${formatDate(shutdown.date)}`;
}

/** What kind of moment a timeline entry is. */
type TimelineKind =
  | 'released'
  | 'deprecation-announced'
  | 'replacement-named'
  | 'replacement-changed'
  | 'shutdown'
  | 'api-check'
  | 'fine-tuning-deadline'
  | 'product';

export interface TimelineEntry {
  /** At the precision the source gives. */
  date: string;
  kind: TimelineKind;
  /** One sentence, without the date. */
  text: string;
  source: string;
  confidence: 'high' | 'medium';
  corroboratedBy?: string[] | undefined;
  /** True when the date is on or before the as-of day. */
  past: boolean;
}

/** Same-day entries read in this order. */
const KIND_ORDER: TimelineKind[] = [
  'released',
  'product',
  'deprecation-announced',
  'replacement-named',
  'replacement-changed',
  'api-check',
  'fine-tuning-deadline',
  'shutdown',
];

/** The version's lifecycle in date order, every entry sourced. */
export function timeline(
  released: Fact<string>,
  events: readonly LifecycleEvent[],
  asOf: string,
): TimelineEntry[] {
  const state = lifecycleState(events, asOf);
  const entries: Omit<TimelineEntry, 'past'>[] = [
    {
      date: released.value,
      kind: 'released',
      text: 'Released.',
      source: released.source,
      confidence: released.confidence,
    },
  ];
  const from = (e: {
    source: string;
    confidence: 'high' | 'medium';
    corroboratedBy?: string[] | undefined;
  }) => ({
    source: e.source,
    confidence: e.confidence,
    corroboratedBy: e.corroboratedBy,
  });
  for (const event of events) {
    if (event.type === 'api-check') {
      entries.push({
        date: event.asOf,
        kind: 'api-check',
        text: `Checked: ${event.finding}`,
        ...from(event),
      });
    } else if (event.type === 'fine-tuning-deadline') {
      entries.push({
        date: event.date,
        kind: 'fine-tuning-deadline',
        text: event.what,
        ...from(event),
      });
    } else if (event.type === 'product') {
      const product = PRODUCT_LABELS[event.product];
      entries.push({
        date: event.date,
        kind: 'product',
        text: `${product}: ${event.what}`,
        ...from(event),
      });
    }
  }
  const { shutdown } = state;
  if (shutdown) {
    if (shutdown.announced) {
      entries.push({
        date: shutdown.announced,
        kind: 'deprecation-announced',
        text: `Shutdown announced for ${describeIds(shutdown.ids)}.`,
        ...from(shutdown),
      });
    }
    const first = [...state.earlierReadings, shutdown].find((r) => r.replacement);
    if (first?.replacement) {
      entries.push({
        date: first.asOf,
        kind: 'replacement-named',
        text: `${first.replacement} listed as the replacement (as of this date).`,
        ...from(first),
      });
    }
    for (const change of state.replacementChanges) {
      entries.push({
        date: change.after.asOf,
        kind: 'replacement-changed',
        text: `Replacement changed: ${change.to} is now listed instead of ${change.from}.`,
        ...from(change.after),
      });
    }
    const fineTunes = shutdown.fineTunesToo ? ', with the fine-tuned models built on it' : '';
    entries.push({
      date: shutdown.date,
      kind: 'shutdown',
      text:
        `${state.phase === 'shut-down' ? 'Shut down' : 'Shuts down'}: ` +
        `${describeIds(shutdown.ids)}${fineTunes}.`,
      ...from(shutdown),
    });
  }
  return entries
    .map((e) => ({ ...e, past: e.date <= asOf }))
    .toSorted((a, b) =>
      a.date === b.date
        ? KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
        : a.date < b.date
          ? -1
          : 1,
    );
}

/**
 * The line's versions ordered by what a reader must act on first: upcoming shutdowns, soonest
 * first; then past shutdowns, most recent first; then versions with none announced.
 */
export function byUrgency<T extends { state: LifecycleState }>(items: readonly T[]): T[] {
  const rank = (s: LifecycleState) =>
    s.phase === 'shutdown-scheduled' || s.phase === 'shutdown-today'
      ? 0
      : s.phase === 'shut-down'
        ? 1
        : 2;
  return items.toSorted((a, b) => {
    const ra = rank(a.state);
    const rb = rank(b.state);
    if (ra !== rb) return ra - rb;
    const da = a.state.daysLeft ?? 0;
    const db = b.state.daysLeft ?? 0;
    return ra === 1 ? db - da : da - db;
  });
}

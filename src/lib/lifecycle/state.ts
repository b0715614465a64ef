/**
 * Where a version stands on a given day, derived from its dated lifecycle events. Pure: the same
 * events and the same days always give the same answer. The catalog computes it once per version
 * when it loads (src/data/catalog.ts), on the build's day, and every view reads that one state.
 */
import type {
  ApiCheck,
  LifecycleEvent,
  Shutdown,
  SnapshotShutdown,
} from '../../schemas/lifecycle.ts';
import { daysBetween } from './days.ts';

export type LifecyclePhase = 'available' | 'shutdown-scheduled' | 'shutdown-today' | 'shut-down';

type FineTuningDeadline = Extract<LifecycleEvent, { type: 'fine-tuning-deadline' }>;

/** The two days a state is about. */
export interface StateDays {
  /** The day phases and counts are computed for: the build's day (src/build-day.ts). */
  day: string;
  /** The day the dates were last checked against their sources: the line's `verified` day. */
  checked: string;
}

export interface LifecycleState extends StateDays {
  phase: LifecyclePhase;
  /** The current reading of the shutdown: the one a source showed most recently. */
  shutdown: Shutdown | undefined;
  /** Whole days from `day` to the shutdown day: 0 on the day, negative after it. */
  daysLeft: number | undefined;
  /** The model OpenAI names as the replacement now. */
  replacement: string | undefined;
  /** Further models the current reading offers instead ("a or b"), in the source's order. */
  alternatives: string[];
  /** Each time a newer reading named another replacement, oldest first. */
  replacementChanges: { from: string; to: string; before: Shutdown; after: Shutdown }[];
  /** Older readings of the shutdown, oldest first. */
  earlierReadings: Shutdown[];
  /** The newest check that the API still serves the version. */
  lastCheck: ApiCheck | undefined;
  /** Fine-tuning deadlines on or after `day`, soonest first. */
  upcomingDeadlines: FineTuningDeadline[];
  /** Dated snapshots retired (or to be) while the alias stays, soonest first. */
  snapshotShutdowns: SnapshotShutdown[];
}

/** Newest reading last; readings from the same day keep their order in the content. */
const byAsOf = <T extends { asOf: string }>(items: readonly T[]) =>
  items.toSorted((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));

/**
 * The days a line's states are computed for: the build's day, but never before the day the line
 * was checked. A build dated earlier than its data (an old SOURCE_DATE_EPOCH) would otherwise count
 * down from a day on which the readings it shows did not exist yet.
 */
export function stateDays(buildDay: string, checked: string): StateDays {
  return { day: buildDay > checked ? buildDay : checked, checked };
}

/** The state of a version on `days.day`, knowing only the readings made by then. */
export function lifecycleState(events: readonly LifecycleEvent[], days: StateDays): LifecycleState {
  const { day } = days;
  const readings = byAsOf(
    events.filter((e): e is Shutdown => e.type === 'shutdown' && e.asOf <= day),
  );
  const shutdown = readings.at(-1);
  const checks = byAsOf(
    events.filter((e): e is ApiCheck => e.type === 'api-check' && e.asOf <= day),
  );
  const replacementChanges: LifecycleState['replacementChanges'] = [];
  readings.forEach((after, i) => {
    const before = readings[i - 1];
    if (before?.replacement && after.replacement && before.replacement !== after.replacement) {
      replacementChanges.push({ from: before.replacement, to: after.replacement, before, after });
    }
  });
  const daysLeft = shutdown ? daysBetween(day, shutdown.date) : undefined;
  let phase: LifecyclePhase = 'available';
  if (daysLeft !== undefined) {
    phase = daysLeft > 0 ? 'shutdown-scheduled' : daysLeft === 0 ? 'shutdown-today' : 'shut-down';
  }
  return {
    ...days,
    phase,
    shutdown,
    daysLeft,
    replacement: shutdown?.replacement,
    alternatives: shutdown?.alternatives ?? [],
    replacementChanges,
    earlierReadings: readings.slice(0, -1),
    lastCheck: checks.at(-1),
    upcomingDeadlines: events
      .filter((e): e is FineTuningDeadline => e.type === 'fine-tuning-deadline' && e.date >= day)
      .toSorted((a, b) => (a.date < b.date ? -1 : 1)),
    snapshotShutdowns: events
      .filter((e): e is SnapshotShutdown => e.type === 'snapshot-shutdown' && e.asOf <= day)
      .toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** Every model the current reading names as the replacement, the listed one first. */
export function replacementIds(state: Pick<LifecycleState, 'replacement' | 'alternatives'>) {
  return state.replacement ? [state.replacement, ...state.alternatives] : [];
}

/** True while the shutdown is ahead or today: what "going away" lists. */
function isGoingAway(state: LifecycleState): boolean {
  return state.phase === 'shutdown-scheduled' || state.phase === 'shutdown-today';
}

/** Days after which a line's facts are old enough that its pages say when they were checked. */
const STALE_AFTER_DAYS = 14;

/** Whole days from the last check to the build's day, when more than STALE_AFTER_DAYS. */
export function staleDays(days: StateDays): number | undefined {
  const since = daysBetween(days.checked, days.day);
  return since > STALE_AFTER_DAYS ? since : undefined;
}

/**
 * How long a shutdown stays "recent": a quarter, long enough for a team whose calls started failing
 * to come looking, short enough that the list stays about what just changed.
 */
const RECENT_SHUTDOWN_DAYS = 90;

/** Where a version belongs in a "what is going away" list on the state's day. */
export type UrgencyGroup = 'going-away' | 'recently-shut-down' | 'shut-down-earlier' | 'served';

export function urgencyGroup(state: LifecycleState): UrgencyGroup {
  if (isGoingAway(state)) return 'going-away';
  if (state.phase === 'shut-down')
    return -(state.daysLeft ?? 0) <= RECENT_SHUTDOWN_DAYS
      ? 'recently-shut-down'
      : 'shut-down-earlier';
  return 'served';
}

/**
 * The family-wide list's two groups, the one with the date nearest the build's day first: the day
 * after a shutdown, the reader whose calls just stopped comes before the one with weeks left; a
 * tie goes to what is still ahead. Each group keeps byUrgency's order.
 */
export function nearestGroupFirst<T extends { state: LifecycleState }>(
  going: readonly T[],
  recent: readonly T[],
): T[] {
  const nearest = (items: readonly T[]) =>
    Math.min(...items.map((item) => Math.abs(item.state.daysLeft ?? Infinity)));
  return nearest(recent) < nearest(going) ? [...recent, ...going] : [...going, ...recent];
}

/**
 * Versions ordered by what a reader must act on first: upcoming shutdowns, soonest first; then
 * past shutdowns, most recent first; then versions with none announced.
 */
export function byUrgency<T extends { state: LifecycleState }>(items: readonly T[]): T[] {
  const rank = (s: LifecycleState) => (isGoingAway(s) ? 0 : s.phase === 'shut-down' ? 1 : 2);
  return items.toSorted((a, b) => {
    const ra = rank(a.state);
    const rb = rank(b.state);
    if (ra !== rb) return ra - rb;
    const da = a.state.daysLeft ?? 0;
    const db = b.state.daysLeft ?? 0;
    return ra === 1 ? db - da : da - db;
  });
}

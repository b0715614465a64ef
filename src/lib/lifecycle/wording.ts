/**
 * Every sentence the site says about a version's lifecycle: its status, the days left, what stops,
 * the replacement and its price, when the dates were checked. Pages, the FAQ, the feed, the
 * calendar, the Markdown files and the share cards all word a shutdown through here, so they
 * cannot drift apart. Pure.
 */
import type { Shutdown, SnapshotShutdown } from '../../schemas/lifecycle.ts';
import { formatDate } from '../format.ts';
import { ID_KIND_LABELS } from '../labels.ts';
import { dayCount } from './days.ts';
import {
  replacementIds,
  type LifecyclePhase,
  type LifecycleState,
  type StateDays,
} from './state.ts';

/** `alias gpt-5-mini and dated snapshot gpt-5-mini-2025-08-07`. */
export function describeIds(ids: Shutdown['ids']): string {
  const parts = ids.map((i) => `${ID_KIND_LABELS[i.kind]} ${i.id}`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** `, with the fine-tuned models built on it` when they stop the same day; otherwise nothing. */
export function fineTunesClause(shutdown: Pick<Shutdown, 'fineTunesToo'>): string {
  return shutdown.fineTunesToo ? ', with the fine-tuned models built on it' : '';
}

/**
 * A short status for tables, cards and files: what is happening, not a state name.
 * `Shuts down Dec 11, 2026`, `Shuts down today, Dec 11, 2026`, `Shut down Dec 11, 2026`,
 * `Served, no shutdown announced`.
 */
export function statusText(state: Pick<LifecycleState, 'shutdown' | 'phase'>): string {
  const { shutdown, phase } = state;
  if (!shutdown) return 'Served, no shutdown announced';
  if (phase === 'shut-down') return `Shut down ${formatDate(shutdown.date)}`;
  if (phase === 'shutdown-today') return `Shuts down today, ${formatDate(shutdown.date)}`;
  return `Shuts down ${formatDate(shutdown.date)}`;
}

/** `5 days left`, `today`; undefined once the date has passed or with no shutdown. */
export function daysLeftText(state: Pick<LifecycleState, 'daysLeft'>): string | undefined {
  const { daysLeft } = state;
  if (daysLeft === undefined || daysLeft < 0) return undefined;
  return daysLeft === 0 ? 'today' : `${dayCount(daysLeft)} left`;
}

/** `Dec 6, 2026, the day this page was built`: where every count on a page starts. */
export function builtOn(day: string): string {
  return `${formatDate(day)}, the day this page was built`;
}

/** `dates last checked Nov 25, 2026`. */
export function checkedOn(checked: string): string {
  return `dates last checked ${formatDate(checked)}`;
}

/** `Dates last checked Nov 25, 2026.` */
export function checkedSentence(days: Pick<StateDays, 'checked'>): string {
  return `Dates last checked ${formatDate(days.checked)}.`;
}

/**
 * After a shutdown date has passed, the site knows only that the date was scheduled: it says so,
 * with the day the schedule was last read. `scheduled by OpenAI; dates last checked Nov 25, 2026`.
 */
export function scheduledProvenance(days: Pick<StateDays, 'checked'>): string {
  return `scheduled by OpenAI; ${checkedOn(days.checked)}`;
}

/**
 * What the shutdown stops, as a sentence: `The alias gpt-5-mini and dated snapshot … stop being
 * served, with the fine-tuned models built on it.` In the past tense once the date has passed.
 */
export function stopsSentence(shutdown: Shutdown, phase: LifecyclePhase): string {
  const verb = phase === 'shut-down' ? 'stopped' : shutdown.ids.length > 1 ? 'stop' : 'stops';
  return `The ${describeIds(shutdown.ids)} ${verb} being served${fineTunesClause(shutdown)}.`;
}

/**
 * The shutdown with its date, for a dated event (a feed item, a calendar entry): `The dated
 * snapshot x stops being served on Dec 11, 2026, with the fine-tuned models built on it.`; in the
 * past tense for a phase after the date.
 */
export function datedStopsSentence(
  shutdown: Shutdown,
  phase: LifecyclePhase = 'shutdown-scheduled',
): string {
  const verb = phase === 'shut-down' ? 'stopped' : shutdown.ids.length > 1 ? 'stop' : 'stops';
  return (
    `The ${describeIds(shutdown.ids)} ${verb} being served on ${formatDate(shutdown.date)}` +
    `${fineTunesClause(shutdown)}.`
  );
}

/**
 * Where the shutdown stands on the build's day, in one sentence under its date:
 * `5 days left as of Dec 6, 2026, the day this page was built.`, `The shutdown day is Dec 11, 2026,
 * the day this page was built.`, or once it has passed `Scheduled by OpenAI; dates last checked
 * Nov 25, 2026.` Never a countdown from an old day.
 */
export function countdownSentence(state: LifecycleState): string | undefined {
  const { shutdown } = state;
  if (!shutdown) return undefined;
  if (state.phase === 'shut-down') {
    const provenance = scheduledProvenance(state);
    return `${provenance.charAt(0).toUpperCase()}${provenance.slice(1)}.`;
  }
  if (state.phase === 'shutdown-today') return `The shutdown day is ${builtOn(state.day)}.`;
  return `${daysLeftText(state)} as of ${builtOn(state.day)}.`.replace(/^./, (c) =>
    c.toUpperCase(),
  );
}

/**
 * The status with its count in one line, for lists and files: `Shuts down Dec 11, 2026 (5 days
 * left as of Dec 6, 2026)`, `Shuts down today, Dec 11, 2026`, `Shut down Dec 11, 2026 (scheduled
 * by OpenAI; dates last checked Nov 25, 2026)`, `Served, no shutdown announced`.
 */
export function statusWithCount(state: LifecycleState): string {
  if (!state.shutdown) return statusText(state);
  if (state.phase === 'shut-down') return `${statusText(state)} (${scheduledProvenance(state)})`;
  if (state.phase === 'shutdown-today') return statusText(state);
  return `${statusText(state)} (${daysLeftText(state)} as of ${formatDate(state.day)})`;
}

/**
 * Said where a shutdown names only dated snapshots: `The sources name only the dated snapshot in
 * the shutdown, not the alias gpt-4o-mini.`
 */
export function aliasNotNamedSentence(alias: string): string {
  return `The sources name only the dated snapshot in the shutdown, not the alias ${alias}.`;
}

/** `GPT-6.1 Terra (gpt-6.1-terra)`, or the id alone when the catalog has no name for it. */
export function nameWithId(id: string, name: string | undefined): string {
  return name && name !== id ? `${name} (${id})` : id;
}

/**
 * Every replacement the current reading names, as the source gives them: `GPT-6.1 Terra
 * (gpt-6.1-terra)`, `gpt-image-2.6-sunburst or gpt-image-2.6-flare`. `nameOf` gives a display name
 * where the catalog has one.
 */
function replacementsText(
  state: Pick<LifecycleState, 'replacement' | 'alternatives'>,
  nameOf: (id: string) => string | undefined,
): string | undefined {
  const ids = replacementIds(state);
  return ids.length > 0 ? ids.map((id) => nameWithId(id, nameOf(id))).join(' or ') : undefined;
}

/** `Replacement listed by OpenAI: GPT-6.1 Terra (gpt-6.1-terra).`, with every alternative. */
export function replacementSentence(
  state: Pick<LifecycleState, 'replacement' | 'alternatives'>,
  nameOf: (id: string) => string | undefined,
): string | undefined {
  const text = replacementsText(state, nameOf);
  return text ? `Replacement listed by OpenAI: ${text}.` : undefined;
}

/**
 * The replacements by name where the catalog has one, else by id, for compact places: `GPT-6.1
 * Terra`, `gpt-image-2.6-sunburst or gpt-image-2.6-flare`.
 */
export function replacementNames(
  state: Pick<LifecycleState, 'replacement' | 'alternatives'>,
  nameOf: (id: string) => string | undefined,
): string | undefined {
  const ids = replacementIds(state);
  return ids.length > 0 ? ids.map((id) => nameOf(id) ?? id).join(' or ') : undefined;
}

/** `gpt-image-2.6-sunburst or gpt-image-2.6-flare`: the ids alone, for compact places. */
export function replacementIdsText(
  state: Pick<LifecycleState, 'replacement' | 'alternatives'>,
): string | undefined {
  const ids = replacementIds(state);
  return ids.length > 0 ? ids.join(' or ') : undefined;
}

/**
 * A retired snapshot in one sentence: `Dated snapshot gpt-4o-mini-tts-2025-03-20 shut down Jul 23,
 * 2026; OpenAI named gpt-realtime for it.` (future tense before its day).
 */
export function snapshotShutdownSentence(event: SnapshotShutdown, day: string): string {
  const past = event.date < day;
  const kind = event.ids.length > 1 ? 'Dated snapshots' : 'Dated snapshot';
  const which = `${kind} ${event.ids.join(', ')}`;
  const verb = past ? 'shut down' : event.ids.length > 1 ? 'shut down' : 'shuts down';
  const named = event.replacement ? `; OpenAI named ${event.replacement} for it` : '';
  return `${which} ${verb} ${formatDate(event.date)}${named}.`;
}

/**
 * How far the shutdown is from the build's day, in a clause for an answer: `on Dec 11, 2026, 5 days
 * after Dec 6, 2026, the day this page was built`, or `on Dec 11, 2026 (scheduled by OpenAI; dates
 * last checked Nov 25, 2026)` once it has passed.
 */
export function whenClause(state: LifecycleState): string {
  const { shutdown } = state;
  if (!shutdown) return '';
  const date = formatDate(shutdown.date);
  if (state.phase === 'shut-down') return `on ${date} (${scheduledProvenance(state)})`;
  if (state.phase === 'shutdown-today') return `today, ${date}`;
  return `on ${date}, ${dayCount(state.daysLeft ?? 0)} after ${builtOn(state.day)}`;
}

/**
 * Said near the top of a page whose facts were checked more than two weeks before it was built:
 * `The facts on this page were last checked Nov 25, 2026, 17 days before it was built (Dec 12,
 * 2026); a date or price may have changed since.` Undefined while they are recent.
 */
export function stalenessNote(days: StateDays, stale: number | undefined): string | undefined {
  if (stale === undefined) return undefined;
  return (
    `The facts on this page were last checked ${formatDate(days.checked)}, ` +
    `${dayCount(stale)} before it was built (${formatDate(days.day)}); ` +
    'a date or price may have changed since.'
  );
}

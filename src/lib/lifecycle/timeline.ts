/**
 * A version's lifecycle as a dated story, from release to shutdown, every entry sourced: the
 * Lifecycle section of its page. Pure.
 */
import type { ConfidenceLevel, Fact } from '../../schemas/fact.ts';
import type { LifecycleEvent } from '../../schemas/lifecycle.ts';
import { PRODUCT_LABELS } from '../labels.ts';
import type { LifecycleState } from './state.ts';
import { describeIds, fineTunesClause, snapshotShutdownSentence } from './wording.ts';

/** What kind of moment a timeline entry is. */
type TimelineKind =
  | 'released'
  | 'snapshot-shutdown'
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
  confidence: ConfidenceLevel;
  corroboratedBy?: string[] | undefined;
  /** True when the date is on or before the state's day. */
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
  'snapshot-shutdown',
  'shutdown',
];

interface Sourced {
  source: string;
  confidence: ConfidenceLevel;
  corroboratedBy?: string[] | undefined;
}

const from = (e: Sourced) => ({
  source: e.source,
  confidence: e.confidence,
  corroboratedBy: e.corroboratedBy,
});

/** The version's lifecycle in date order, every entry sourced, from its state on its day. */
export function timeline(
  released: Fact<string>,
  events: readonly LifecycleEvent[],
  state: LifecycleState,
): TimelineEntry[] {
  const entries: Omit<TimelineEntry, 'past'>[] = [
    { date: released.value, kind: 'released', text: 'Released.', ...from(released) },
  ];
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
    } else if (event.type === 'snapshot-shutdown') {
      entries.push({
        date: event.date,
        kind: 'snapshot-shutdown',
        text: snapshotShutdownSentence(event, state.day),
        ...from(event),
      });
    } else if (event.type === 'product') {
      entries.push({
        date: event.date,
        kind: 'product',
        text: `${PRODUCT_LABELS[event.product]}: ${event.what}`,
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
    entries.push({
      date: shutdown.date,
      kind: 'shutdown',
      text:
        `${state.phase === 'shut-down' ? 'Shut down' : 'Shuts down'}: ` +
        `${describeIds(shutdown.ids)}${fineTunesClause(shutdown)}.`,
      ...from(shutdown),
    });
  }
  return entries
    .map((e) => ({ ...e, past: e.date <= state.day }))
    .toSorted((a, b) =>
      a.date === b.date
        ? KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
        : a.date < b.date
          ? -1
          : 1,
    );
}

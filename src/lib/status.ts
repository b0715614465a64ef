/** A version's status, derived from its snapshots and its place in the line. Pure. */
import type { Model } from '../schemas/model.ts';
import { formatDate } from './format.ts';

export type StatusKind = 'shut-down' | 'shutdown-scheduled' | 'available';

export interface Status {
  kind: StatusKind;
  /** Short label for tables. */
  label: string;
  /** Source of the fact that decides the status. */
  source: string;
  confidence: 'high' | 'medium';
}

/**
 * `asOf` is the date the data was last verified (the line's `verified`), not the build date,
 * so the same content always renders the same status.
 */
export function statusOf(model: Model, asOf: string): Status {
  const shutdown = model.snapshots.map((s) => s.shutdown).find((s) => s !== undefined);
  if (shutdown) {
    const past = shutdown.date <= asOf;
    return {
      kind: past ? 'shut-down' : 'shutdown-scheduled',
      label: past
        ? `Shut down ${formatDate(shutdown.date)}`
        : `Snapshot shutdown ${formatDate(shutdown.date)}`,
      source: shutdown.source,
      confidence: shutdown.confidence,
    };
  }
  return {
    kind: 'available',
    label: 'Available',
    source: model.status.api.source,
    confidence: model.status.api.confidence,
  };
}

/**
 * /shutdowns.ics: every scheduled shutdown as an all-day event (RFC 5545), so a team can subscribe
 * in its calendar. Written with the shared parts of ical.ts (ical.js folds long lines and escapes
 * text as the RFC asks).
 *
 * Stable and deterministic: one event per version, whose UID never changes (a calendar updates the
 * event in place when the date or the replacement changes); SEQUENCE counts the readings of the
 * shutdown, so a newer reading supersedes an older one; DTSTAMP is the day the data was verified,
 * never the clock. Pure.
 */
import type ICAL from 'ical.js';
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../format.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { datedStopsSentence, replacementSentence } from '../lifecycle/wording.ts';
import { SITE_NAME } from '../page/site-nav.ts';
import { absolute, modelPagePath } from '../paths.ts';
import { allDayEvent, calendarText, sourceLine } from './ical.ts';

export interface CalendarVersion {
  id: string;
  name: string;
  state: LifecycleState;
}

/** The stable UID of a version's shutdown event: independent of the origin it is served from. */
export const shutdownUid = (id: string) => `shutdown-${id}@gpt-mini-catalog`;

function shutdownEvent(
  version: CalendarVersion,
  sources: ReadonlyMap<string, Source>,
  origin: string,
  stamp: string,
  names: ReadonlyMap<string, string>,
): ICAL.Component | undefined {
  const { shutdown } = version.state;
  if (!shutdown) return undefined;
  const page = absolute(origin, modelPagePath(version.id));
  const description = [
    datedStopsSentence(shutdown, version.state.phase),
    replacementSentence(version.state, (id) => names.get(id)) ??
      'No replacement named in the sources.',
    `As of ${formatDate(shutdown.asOf)}` +
      `${shutdown.announced ? `; announced ${formatDate(shutdown.announced)}` : ''}.`,
    sourceLine(sources, shutdown.source, shutdown.confidence),
    `Details: ${page}`,
  ].join('\n');
  // The ids that stop, not the version's name alone: an alias may outlive its snapshot.
  const ids = shutdown.ids.map((i) => i.id);
  return allDayEvent({
    uid: shutdownUid(version.id),
    stamp,
    date: shutdown.date,
    sequence: version.state.earlierReadings.length,
    summary: `${version.name}: ${ids.join(', ')} ${ids.length > 1 ? 'shut' : 'shuts'} down`,
    description,
    url: page,
  });
}

/**
 * The calendar of every version's shutdown, soonest first. `verified` (a whole day) is the
 * DTSTAMP: when this data was true. `names` gives the display name of any model id it names.
 */
export function shutdownCalendar(
  versions: readonly CalendarVersion[],
  sources: ReadonlyMap<string, Source>,
  origin: string,
  verified: string,
  names: ReadonlyMap<string, string>,
): string {
  const events = versions
    .filter((v) => v.state.shutdown)
    .toSorted((a, b) => ((a.state.shutdown?.date ?? '') < (b.state.shutdown?.date ?? '') ? -1 : 1))
    .flatMap((v) => shutdownEvent(v, sources, origin, verified, names) ?? []);
  return calendarText(`${SITE_NAME}: shutdowns`, events);
}

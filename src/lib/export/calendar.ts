/**
 * /shutdowns.ics: every scheduled shutdown as an all-day event (RFC 5545), so a team can subscribe
 * in its calendar. Written with ical.js, which folds long lines and escapes text as the RFC asks.
 *
 * Stable and deterministic: one event per version, whose UID never changes (a calendar updates the
 * event in place when the date or the replacement changes); SEQUENCE counts the readings of the
 * shutdown, so a newer reading supersedes an older one; DTSTAMP is the day the data was verified,
 * never the clock. Pure.
 */
import ICAL from 'ical.js';
import type { Source } from '../../schemas/source.ts';
import { markOf } from '../sources/confidence.ts';
import { formatDate } from '../format.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { datedStopsSentence, replacementSentence } from '../lifecycle/wording.ts';
import { SITE_NAME } from '../page/site-nav.ts';
import { absolute, modelPagePath } from '../paths.ts';

export interface CalendarVersion {
  id: string;
  name: string;
  state: LifecycleState;
}

/** The stable UID of a version's shutdown event: independent of the origin it is served from. */
export const shutdownUid = (id: string) => `shutdown-${id}@gpt-mini-catalog`;

/** `2026-12-11` → the next day, for an all-day event's exclusive DTEND. */
function nextDay(day: string): string {
  const [y = NaN, m = NaN, d = NaN] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function shutdownEvent(
  version: CalendarVersion,
  sources: ReadonlyMap<string, Source>,
  origin: string,
  stamp: string,
  names: ReadonlyMap<string, string>,
): ICAL.Component | undefined {
  const { shutdown } = version.state;
  if (!shutdown) return undefined;
  const source = sources.get(shutdown.source);
  if (!source) throw new Error(`Source "${shutdown.source}" is not in content/sources.yaml`);
  const page = absolute(origin, modelPagePath(version.id));
  const description = [
    datedStopsSentence(shutdown, version.state.phase),
    replacementSentence(version.state, (id) => names.get(id)) ??
      'No replacement named in the sources.',
    `As of ${formatDate(shutdown.asOf)}` +
      `${shutdown.announced ? `; announced ${formatDate(shutdown.announced)}` : ''}.`,
    `Source: ${source.publisher}: ${source.title} ${source.url}` +
      `${markOf(shutdown.confidence) ? ` (${markOf(shutdown.confidence)})` : ''}`,
    `Details: ${page}`,
  ].join('\n');
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', shutdownUid(version.id));
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromDateTimeString(`${stamp}T00:00:00Z`));
  event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(shutdown.date));
  event.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(shutdown.date)));
  event.addPropertyWithValue('sequence', version.state.earlierReadings.length);
  // The ids that stop, not the version's name alone: an alias may outlive its snapshot.
  const ids = shutdown.ids.map((i) => i.id);
  event.addPropertyWithValue(
    'summary',
    `${version.name}: ${ids.join(', ')} ${ids.length > 1 ? 'shut' : 'shuts'} down`,
  );
  event.addPropertyWithValue('description', description);
  event.addPropertyWithValue('url', page);
  // A reminder of a date, not a meeting: it does not make anyone busy.
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  return event;
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
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', `-//${SITE_NAME}//Shutdowns//EN`);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', `${SITE_NAME}: shutdowns`);
  const events = versions
    .filter((v) => v.state.shutdown)
    .toSorted((a, b) => ((a.state.shutdown?.date ?? '') < (b.state.shutdown?.date ?? '') ? -1 : 1))
    .map((v) => shutdownEvent(v, sources, origin, verified, names));
  for (const event of events) if (event) calendar.addSubcomponent(event);
  // ical.js cuts lines into chunks of `foldLength` octets and puts a space before each
  // continuation, so a continuation line is one octet longer than the chunk. RFC 5545 (3.1)
  // counts that space: with 74-octet chunks, no line exceeds 75 octets.
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    // Every content line ends in CRLF, the last one too.
    return `${calendar.toString()}\r\n`;
  } finally {
    ICAL.foldLength = foldLength;
  }
}

/**
 * What every calendar the site publishes shares (RFC 5545, written with ical.js): an all-day event
 * with a stable UID, stamped with the day its data was true (never the clock); the line that cites
 * a source, marking a third-party value as the pages do; and the calendar's text, folded and ended
 * as the RFC asks. /shutdowns.ics (calendar.ts) and each provider's calendar
 * (provider-calendar.ts) are written with these, so they cannot differ in form. Pure.
 */
import ICAL from 'ical.js';
import type { ConfidenceLevel } from '../../schemas/fact.ts';
import type { Source } from '../../schemas/source.ts';
import { SITE_NAME } from '../page/site-nav.ts';
import { markOf } from '../sources/confidence.ts';

/** One all-day event: a reminder of a date, never a meeting. */
export interface AllDayEvent {
  /** Stable across builds and origins, so a subscribed calendar updates the event in place. */
  uid: string;
  /** The day the data was true (a whole day): DTSTAMP. */
  stamp: string;
  /** The day of the event (a whole day). */
  date: string;
  /** How many earlier readings this one supersedes. */
  sequence: number;
  summary: string;
  description: string;
  /** The page that says more. */
  url: string;
}

/** `2026-12-11` → the next day, for an all-day event's exclusive DTEND. */
function nextDay(day: string): string {
  const [y = NaN, m = NaN, d = NaN] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The VEVENT of an all-day event. */
export function allDayEvent(event: AllDayEvent): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', event.uid);
  component.addPropertyWithValue(
    'dtstamp',
    ICAL.Time.fromDateTimeString(`${event.stamp}T00:00:00Z`),
  );
  component.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(event.date));
  component.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(event.date)));
  component.addPropertyWithValue('sequence', event.sequence);
  component.addPropertyWithValue('summary', event.summary);
  component.addPropertyWithValue('description', event.description);
  component.addPropertyWithValue('url', event.url);
  // A reminder of a date, not a meeting: it does not make anyone busy.
  component.addPropertyWithValue('transp', 'TRANSPARENT');
  return component;
}

/**
 * `Source: Microsoft: Model retirements https://… (third-party)`: the source of a date, marked as
 * the pages mark it; throws for a source content/sources.yaml lacks (the validator reports it
 * first).
 */
export function sourceLine(
  sources: ReadonlyMap<string, Source>,
  id: string,
  confidence: ConfidenceLevel,
): string {
  const source = sources.get(id);
  if (!source) throw new Error(`Source "${id}" is not in content/sources.yaml`);
  const mark = markOf(confidence);
  return `Source: ${source.publisher}: ${source.title} ${source.url}${mark ? ` (${mark})` : ''}`;
}

/** The calendar named `name` (X-WR-CALNAME) holding `events` in the order given, as text. */
export function calendarText(name: string, events: readonly ICAL.Component[]): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', `-//${SITE_NAME}//Shutdowns//EN`);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', name);
  for (const event of events) calendar.addSubcomponent(event);
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

/** /shutdowns.ics: RFC 5545, read back with ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { shutdownCalendar, shutdownUid } from '../../src/lib/export/calendar.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { entry, SOURCES } from '../support/builders.ts';
import { ON_VERIFIED, ORIGIN, shutdown, VERIFIED } from '../support/export-builders.ts';

const versions = [
  entry('soon', {
    lifecycle: [
      shutdown({ date: '2026-12-31', replacement: 'terra', asOf: '2026-11-25' }),
      shutdown({ date: '2026-12-31', asOf: '2026-08-01', source: 'third', confidence: 'medium' }),
    ],
  }),
  entry('later', {
    lifecycle: [
      shutdown({
        date: '2027-01-14',
        ids: [{ id: 'later-2025-01-02', kind: 'snapshot' }],
        fineTunesToo: true,
        source: 'third',
        confidence: 'medium',
      }),
    ],
  }),
  entry('staying'),
].map((m) => ({
  id: m.id,
  name: m.data.name,
  state: lifecycleState(m.data.lifecycle, ON_VERIFIED),
}));
/** The catalog's display names: the replacement 'terra' is in it. */
const NAMES = new Map([['terra', 'Test Terra']]);
const text = shutdownCalendar(versions, SOURCES, ORIGIN, VERIFIED, NAMES);
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent');
const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));

describe('shutdowns.ics', () => {
  it('has one event per version with a scheduled shutdown, soonest first', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      shutdownUid('soon'),
      shutdownUid('later'),
    ]);
  });

  it('makes each an all-day event on the shutdown day', () => {
    const event = new ICAL.Event(byUid.get(shutdownUid('later')));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-01-14');
    expect(event.endDate.toString()).toBe('2027-01-15');
  });

  it('stamps events with the verified day, not the clock, and counts readings in SEQUENCE', () => {
    const soon = byUid.get(shutdownUid('soon'));
    expect(String(soon?.getFirstPropertyValue('dtstamp'))).toBe(`${VERIFIED}T00:00:00Z`);
    expect(soon?.getFirstPropertyValue('sequence')).toBe(1);
    expect(shutdownCalendar(versions, SOURCES, ORIGIN, VERIFIED, NAMES)).toBe(text);
  });

  it('keeps UIDs independent of the origin the calendar is served from', () => {
    expect(
      shutdownCalendar(versions, SOURCES, 'https://elsewhere.example', VERIFIED, NAMES),
    ).toContain(`UID:${shutdownUid('soon')}`);
  });

  it('says what stops, the replacement, the as-of day and the source, marking third-party', () => {
    const later = String(byUid.get(shutdownUid('later'))?.getFirstPropertyValue('description'));
    expect(later).toContain(
      'dated snapshot later-2025-01-02 stops being served on Jan 14, 2027, with the fine-tuned',
    );
    expect(later).toContain(`${SOURCES.get('third')?.url} (third-party)`);
    expect(later).toContain('No replacement named in the sources.');
    const soon = String(byUid.get(shutdownUid('soon'))?.getFirstPropertyValue('description'));
    expect(soon).toContain('Replacement listed by OpenAI: Test Terra (terra).');
    expect(soon).toContain('As of Nov 25, 2026');
    expect(String(byUid.get(shutdownUid('soon'))?.getFirstPropertyValue('url'))).toBe(
      `${ORIGIN}/models/soon/`,
    );
  });

  it('ends every line in CRLF and folds lines at 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });
});

/** /api/v1/lineage.csv: the lineage table as CSV, read back with papaparse. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LIST_SEPARATOR } from '../../src/lib/export/csv.ts';
import { LINEAGE_CSV_COLUMNS, lineageRecords, toCsv } from '../../src/lib/export/lineage-csv.ts';
import { lineageRows } from '../../src/lib/lineage/table.ts';
import { entry, SOURCES, SPEECH_PRICING } from '../support/builders.ts';
import { catalogInput, shutdown, VERIFIED } from '../support/export-builders.ts';

const members = [
  entry('a', {
    name: 'Test, "quoted" mini',
    lifecycle: [shutdown({ replacement: 'terra', source: 'third', confidence: 'medium' })],
  }),
  entry('b', {
    released: { value: '2026-01-02', source: 'blog' },
    maxOutput: { unknown: 'not-disclosed' },
    pricing: {
      input: { value: 1, source: 'third', confidence: 'medium' },
      cachedInput: { unknown: 'not-in-sources' },
      output: { value: 4, source: 'docs' },
      tiers: [],
      notes: [],
    },
  }),
];
const { status } = catalogInput(members);
const csv = toCsv(lineageRecords('test', lineageRows(members, status), SOURCES));
const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
const byId = new Map(parsed.data.map((row) => [row['id'], row]));

describe('lineage.csv', () => {
  it('parses back without errors: the header, then one row per version, newest first', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...LINEAGE_CSV_COLUMNS]);
    expect(parsed.data.map((row) => row['id'])).toEqual(['b', 'a']);
  });

  it('ends every line in CRLF (RFC 4180) and quotes what needs quoting', () => {
    expect(csv.split('\r\n')).toHaveLength(parsed.data.length + 2);
    expect(byId.get('a')?.['name']).toBe('Test, "quoted" mini');
  });

  it('holds the values as numbers and ISO dates, lists joined by "; "', () => {
    const a = byId.get('a');
    expect(a).toMatchObject({
      released: '2025-01-02',
      context_window_tokens: '100000',
      input_usd_per_1m: '1',
      cached_input_usd_per_1m: '0.5',
      input_modalities: 'text',
    });
    expect(LIST_SEPARATOR).toBe('; ');
  });

  it('leaves an unknown empty and says why in the unknown column', () => {
    const b = byId.get('b');
    expect(b?.['max_output_tokens']).toBe('');
    expect(b?.['cached_input_usd_per_1m']).toBe('');
    expect(b?.['unknown']?.split(LIST_SEPARATOR)).toEqual([
      'max_output_tokens: Not disclosed',
      'cached_input_usd_per_1m: Not stated in sources',
    ]);
  });

  it('names the source of every value and lists the third-party ones', () => {
    const b = byId.get('b');
    const sources = new Map(
      b?.['sources']?.split(LIST_SEPARATOR).map((pair) => pair.split(': ') as [string, string]),
    );
    expect(sources.get('input_usd_per_1m')).toBe(SOURCES.get('third')?.url);
    expect(sources.get('output_usd_per_1m')).toBe(SOURCES.get('docs')?.url);
    expect(sources.has('max_output_tokens')).toBe(false);
    expect(b?.['third_party']).toBe('input_usd_per_1m');
  });

  it('gives audio rates their own columns, empty with no reason where no audio is priced', () => {
    const speech = entry('speech', {
      pricing: SPEECH_PRICING,
    });
    const [row] = lineageRecords(
      'test',
      lineageRows([speech], catalogInput([speech]).status),
      SOURCES,
    );
    expect(row).toMatchObject({
      input_usd_per_1m: '0.6',
      output_usd_per_1m: '',
      audio_output_usd_per_1m: '12',
      audio_input_usd_per_1m: '',
      image_output_usd_per_1m: '',
    });
    expect(row?.unknown.split(LIST_SEPARATOR)).toContain(
      'audio_input_usd_per_1m: Not stated in sources',
    );
    expect(row?.unknown).not.toContain('image_');
    expect(row?.sources).toContain(`audio_output_usd_per_1m: ${SOURCES.get('docs')?.url}`);
    // A text model has no audio rate to be unknown.
    expect(byId.get('a')?.['unknown'] ?? '').not.toContain('audio_');
  });

  it('states the status as of the verified day, with the shutdown, replacement and source', () => {
    const a = byId.get('a');
    expect(a).toMatchObject({
      status: 'Shuts down Dec 11, 2026',
      shutdown_date: '2026-12-11',
      replacement: 'terra',
      status_as_of: VERIFIED,
      third_party: 'status; shutdown_date; replacement',
    });
    expect(byId.get('b')).toMatchObject({ shutdown_date: '', replacement: '' });
  });
});

/**
 * /api/v1/lineage.csv: the lineage table ("every version") as CSV, one row per version, for
 * spreadsheets. The same rows as the table (src/lib/lineage/table.ts), the same column order; a
 * value no source states is an empty cell, and the `unknown` column says why. Prices are US dollars
 * per 1M tokens of one kind: `input_usd_per_1m` and its neighbours are text tokens, `audio_*` and
 * `image_*` audio and image tokens, never summed. Every value's source
 * is in the `sources` column; third-party values are listed in `third_party` and values one third
 * party alone gives in `unconfirmed`. Written with
 * papaparse through csv.ts (RFC 4180: quoted where needed, CRLF line ends). Pure.
 */
import type { ConfidenceLevel, Knowable } from '../../schemas/fact.ts';
import type { Source } from '../../schemas/source.ts';
import { unknownLabel } from '../labels.ts';
import { statusText } from '../lifecycle/wording.ts';
import type { LineageRow } from '../lineage/table.ts';
import { csvText, LIST_SEPARATOR } from './csv.ts';

/** The columns, in the table's order; list cells are joined by `; `. */
export const LINEAGE_CSV_COLUMNS = [
  'line',
  'id',
  'name',
  'released',
  'context_window_tokens',
  'max_output_tokens',
  'input_usd_per_1m',
  'cached_input_usd_per_1m',
  'output_usd_per_1m',
  'audio_input_usd_per_1m',
  'audio_cached_input_usd_per_1m',
  'audio_output_usd_per_1m',
  'image_input_usd_per_1m',
  'image_cached_input_usd_per_1m',
  'image_output_usd_per_1m',
  'input_modalities',
  'output_modalities',
  'status',
  'shutdown_date',
  'replacement',
  'status_as_of',
  'dates_checked',
  'unknown',
  'third_party',
  'unconfirmed',
  'sources',
] as const;

type LineageCsvColumn = (typeof LINEAGE_CSV_COLUMNS)[number];
export type LineageCsvRecord = Record<LineageCsvColumn, string>;

/** A list fact as the text of one cell (`text; image`), unknowns kept as they are. */
function list(item: Knowable<readonly string[]>): Knowable<string> {
  return 'value' in item
    ? { ...item, value: item.value.join(LIST_SEPARATOR), history: undefined }
    : item;
}

/** One CSV record per lineage row; `line` is the line's id. */
export function lineageRecords(
  line: string,
  rows: readonly LineageRow[],
  sources: ReadonlyMap<string, Source>,
): LineageCsvRecord[] {
  return rows.map((row) => {
    const unknown: string[] = [];
    const thirdParty: string[] = [];
    const unconfirmed: string[] = [];
    const cited: string[] = [];
    const cite = (column: LineageCsvColumn, source: string, confidence: ConfidenceLevel) => {
      cited.push(`${column}: ${sources.get(source)?.url ?? source}`);
      if (confidence === 'medium') thirdParty.push(column);
      if (confidence === 'low') unconfirmed.push(column);
    };
    const cell = (column: LineageCsvColumn, item: Knowable<number | string>): string => {
      if (!('value' in item)) {
        unknown.push(`${column}: ${unknownLabel(item.unknown)}`);
        return '';
      }
      cite(column, item.source, item.confidence);
      return String(item.value);
    };
    // Audio and image rates in their own columns: empty, with no reason, where the sources price
    // no tokens of that kind (a text model has no audio rate to be unknown).
    const kindCell = (column: LineageCsvColumn, item: Knowable<number> | undefined) =>
      item ? cell(column, item) : '';
    const { lifecycle } = row;
    const evidence = lifecycle.shutdown ?? lifecycle.lastCheck;
    const record: Omit<LineageCsvRecord, 'unknown' | 'third_party' | 'unconfirmed' | 'sources'> = {
      line,
      id: row.id,
      name: row.name,
      released: cell('released', row.released),
      context_window_tokens: cell('context_window_tokens', row.contextWindow),
      max_output_tokens: cell('max_output_tokens', row.maxOutput),
      input_usd_per_1m: cell('input_usd_per_1m', row.input),
      cached_input_usd_per_1m: cell('cached_input_usd_per_1m', row.cachedInput),
      output_usd_per_1m: cell('output_usd_per_1m', row.output),
      audio_input_usd_per_1m: kindCell('audio_input_usd_per_1m', row.audio?.input),
      audio_cached_input_usd_per_1m: kindCell(
        'audio_cached_input_usd_per_1m',
        row.audio?.cachedInput,
      ),
      audio_output_usd_per_1m: kindCell('audio_output_usd_per_1m', row.audio?.output),
      image_input_usd_per_1m: kindCell('image_input_usd_per_1m', row.image?.input),
      image_cached_input_usd_per_1m: kindCell(
        'image_cached_input_usd_per_1m',
        row.image?.cachedInput,
      ),
      image_output_usd_per_1m: kindCell('image_output_usd_per_1m', row.image?.output),
      input_modalities: cell('input_modalities', list(row.inputModalities)),
      output_modalities: cell('output_modalities', list(row.outputModalities)),
      status: statusText(lifecycle),
      shutdown_date: lifecycle.shutdown?.date ?? '',
      replacement: lifecycle.replacement ?? '',
      status_as_of: lifecycle.day,
      dates_checked: lifecycle.checked,
    };
    // The shutdown reading (or the last check) is the evidence of all three status columns.
    if (evidence) cite('status', evidence.source, evidence.confidence);
    if (lifecycle.shutdown) {
      cite('shutdown_date', lifecycle.shutdown.source, lifecycle.shutdown.confidence);
      if (lifecycle.replacement)
        cite('replacement', lifecycle.shutdown.source, lifecycle.shutdown.confidence);
    }
    return {
      ...record,
      unknown: unknown.join(LIST_SEPARATOR),
      third_party: thirdParty.join(LIST_SEPARATOR),
      unconfirmed: unconfirmed.join(LIST_SEPARATOR),
      sources: cited.join(LIST_SEPARATOR),
    };
  });
}

/** The records as CSV text, header first. */
export function toCsv(records: readonly LineageCsvRecord[]): string {
  return csvText(LINEAGE_CSV_COLUMNS, records);
}

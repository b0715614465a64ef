/**
 * What the site's CSV files share: RFC 4180 text written with papaparse (quoted where needed, CRLF
 * line ends, the last line too), the header first, and one separator inside a list cell. Pure.
 */
import Papa from 'papaparse';

/** The separator inside a list cell. URLs and ids never hold it, so `; ` splits them safely. */
export const LIST_SEPARATOR = '; ';

/** Records as CSV text: the header (`columns`), then each record's cells in that order. */
export function csvText<C extends string>(
  columns: readonly C[],
  records: readonly Record<C, string>[],
): string {
  return `${Papa.unparse(
    { fields: [...columns], data: records.map((r) => columns.map((c) => r[c])) },
    { newline: '\r\n' },
  )}\r\n`;
}

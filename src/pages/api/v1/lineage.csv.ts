/** /api/v1/lineage.csv: the lineage table, one row per version, line by line, newest first. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { lineageRecords, toCsv } from '../../../lib/export/lineage-csv.ts';
import { textResponse } from '../../../lib/export/responses.ts';
import { lineageRows } from '../../../lib/lineage/table.ts';

export const GET: APIRoute = async () => {
  const { lines, sources, status } = await getCatalog();
  const records = lines.flatMap((line) =>
    lineageRecords(line.id, lineageRows(line.members, status), sources),
  );
  return textResponse(toCsv(records), 'text/csv');
};

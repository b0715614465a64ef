/**
 * /models/ids.json: every id the catalog answers for, compact, fetched by the model-id lookup
 * when a reader first uses it (src/browser/id-lookup.ts).
 */
import type { APIRoute } from 'astro';
import { getIdRecords } from '../../data/model-ids.ts';
import { textResponse } from '../../lib/export/responses.ts';
import { publishIndex } from '../../lib/model-ids/lookup.ts';

export const GET: APIRoute = async () =>
  textResponse(JSON.stringify(publishIndex(await getIdRecords())), 'application/json');

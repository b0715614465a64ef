/** /api/v1/sources.json: every source the catalog holds, with its id. */
import type { APIRoute } from 'astro';
import { getApiFiles } from '../../../data/exports.ts';
import { jsonResponse } from '../../../lib/export/responses.ts';

export const GET: APIRoute = async () => jsonResponse((await getApiFiles()).sources);

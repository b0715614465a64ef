/** /api/v1/catalog.json: lines, versions, replacements, benchmarks and sources in one file. */
import type { APIRoute } from 'astro';
import { getApiFiles } from '../../../data/exports.ts';
import { jsonResponse } from '../../../lib/export/responses.ts';

export const GET: APIRoute = async () => jsonResponse((await getApiFiles()).catalog);

/** /api/v1/providers.csv: every model at every provider the catalog checked, one row each. */
import type { APIRoute } from 'astro';
import { getModelProviderRows } from '../../../data/providers.ts';
import { providersCsv } from '../../../lib/export/providers-csv.ts';
import { textResponse } from '../../../lib/export/responses.ts';

export const GET: APIRoute = async () =>
  textResponse(providersCsv(await getModelProviderRows()), 'text/csv');

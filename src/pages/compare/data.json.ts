/** /compare/data.json: what the interactive compare page needs of every version, fetched once. */
import type { APIRoute } from 'astro';
import { getCompareData } from '../../data/catalog.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getCompareData()), {
    headers: { 'Content-Type': 'application/json' },
  });

/** /compare/data/<id>.json: one model's comparison file, fetched when a reader chooses it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCompareFiles } from '../../../data/compare.ts';

export const getStaticPaths = (async () =>
  [...(await getCompareFiles()).keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await getCompareFiles()).get(params['id'] ?? '');
  if (!file) throw new Error(`No comparison file for "${params['id']}"`);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};

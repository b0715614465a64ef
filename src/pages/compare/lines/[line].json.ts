/** /compare/lines/<line>.json: a line's versions, fetched when the picker opens its group. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCompareGroups } from '../../../data/compare.ts';

export const getStaticPaths = (async () =>
  (await getCompareGroups())
    .filter((g) => g.kind === 'line')
    .map((g) => ({ params: { line: g.id }, props: { group: g } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['group']), {
    headers: { 'Content-Type': 'application/json' },
  });

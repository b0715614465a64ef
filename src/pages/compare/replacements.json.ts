/** /compare/replacements.json: the models OpenAI lists as replacements, for the picker's group. */
import type { APIRoute } from 'astro';
import { getCompareGroups } from '../../data/compare.ts';
import { REPLACEMENTS_GROUP } from '../../lib/compare/types.ts';

export const GET: APIRoute = async () => {
  // With no replacement models the picker has no such group, and nothing fetches this file.
  const group = (await getCompareGroups()).find((g) => g.id === REPLACEMENTS_GROUP) ?? {
    id: REPLACEMENTS_GROUP,
    name: 'Models OpenAI lists as replacements',
    kind: 'replacements',
    members: [],
  };
  return new Response(JSON.stringify(group), {
    headers: { 'Content-Type': 'application/json' },
  });
};

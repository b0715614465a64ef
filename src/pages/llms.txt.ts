/** /llms.txt (llmstxt.org): where a language model finds the catalog as Markdown and as data. */
import type { APIRoute } from 'astro';
import { getCatalog, stateOf } from '../data/catalog.ts';
import { siteOrigin } from '../data/exports.ts';
import { getProviderCalendars } from '../data/providers.ts';
import { llmsTxt } from '../lib/export/llms-txt.ts';
import { textResponse } from '../lib/export/responses.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const text = llmsTxt(
    {
      lines: catalog.lines.map((line) => ({
        ...line,
        members: line.members.map((m) => ({ ...m, state: stateOf(catalog, m.id) })),
      })),
      replacements: [...catalog.replacements.values()].map((r) => ({
        id: r.id,
        name: r.data.name,
      })),
      providerCalendars: (await getProviderCalendars()).map(({ id, name }) => ({ id, name })),
      verified: catalog.verified,
    },
    siteOrigin(),
  );
  return textResponse(text, 'text/plain');
};

/** /models/<id>.md: a version's page as Markdown, for pasting into an LLM. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, getModelIds } from '../../data/catalog.ts';
import { getModelPage } from '../../data/model-page.ts';
import { siteOrigin } from '../../data/exports.ts';
import { modelMarkdown } from '../../lib/export/markdown.ts';
import { absolute, modelPagePath, versionJsonPath } from '../../lib/paths.ts';
import { textResponse } from '../../lib/export/responses.ts';

export const getStaticPaths = (async () =>
  (await getModelIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const id = params['id'] ?? '';
  const [catalog, page] = await Promise.all([getCatalog(), getModelPage(id)]);
  const origin = siteOrigin();
  const markdown = modelMarkdown({
    id,
    model: page.model.data,
    position: page.position,
    state: page.lifecycle,
    names: catalog.modelNames,
    sources: catalog.sources,
    benchmarks: catalog.benchmarks,
    providers: page.providers,
    links: {
      page: absolute(origin, modelPagePath(id)),
      json: absolute(origin, versionJsonPath(id)),
    },
  });
  return textResponse(markdown, 'text/markdown');
};

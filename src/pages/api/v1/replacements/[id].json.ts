/** /api/v1/replacements/<id>.json: one model OpenAI names as a replacement, with its sources. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getApiFiles } from '../../../../data/exports.ts';
import { jsonResponse } from '../../../../lib/export/responses.ts';
import type { ReplacementFileData } from '../../../../schemas/api.ts';

export const getStaticPaths = (async () =>
  [...(await getApiFiles()).replacements].map(([id, file]) => ({
    params: { id },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ReplacementFileData }> = ({ props }) => jsonResponse(props.file);

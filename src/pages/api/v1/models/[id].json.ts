/** /api/v1/models/<id>.json: one version, with the sources and benchmarks it names. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getApiFiles } from '../../../../data/exports.ts';
import { jsonResponse } from '../../../../lib/export/responses.ts';
import type { VersionFileData } from '../../../../schemas/api.ts';

export const getStaticPaths = (async () =>
  [...(await getApiFiles()).versions].map(([id, file]) => ({
    params: { id },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: VersionFileData }> = ({ props }) => jsonResponse(props.file);

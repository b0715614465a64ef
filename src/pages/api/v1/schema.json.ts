/** /api/v1/schema.json: the JSON Schema of every file under /api/v1/, generated from zod. */
import type { APIRoute } from 'astro';
import { siteOrigin } from '../../../data/exports.ts';
import { apiJsonSchema } from '../../../lib/export/json-schema.ts';
import { jsonResponse } from '../../../lib/export/responses.ts';

export const GET: APIRoute = () => jsonResponse(apiJsonSchema(siteOrigin()));

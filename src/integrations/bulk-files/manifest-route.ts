/**
 * The list of files the build writes after its pages (src/data/bulk-files.ts), published for the
 * bulk-files integration to read at the end of the build; it removes the file once done.
 */
import type { APIRoute } from 'astro';
import { getBulkFiles } from '../../data/bulk-files.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getBulkFiles()), {
    headers: { 'Content-Type': 'application/json' },
  });

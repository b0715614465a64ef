/**
 * The files published for machines, built once per build from the catalog: the API's JSON, and the
 * origin every absolute link in them is made from. Endpoints pick their file from here.
 */
import { buildApiFiles, type ApiFiles } from '../lib/export/api.ts';
import { getCatalog } from './catalog.ts';
import { getProviderRows } from './providers.ts';

/** The configured production origin (SITE_URL or src/site-url.ts's default), no trailing slash. */
export function siteOrigin(): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs sets no `site`');
  return new URL(site).origin;
}

let api: Promise<ApiFiles> | undefined;

/** Every file under /api/v1/ except the schema. */
export function getApiFiles(): Promise<ApiFiles> {
  api ??= Promise.all([getCatalog(), getProviderRows()]).then(([catalog, providers]) =>
    buildApiFiles(catalog, siteOrigin(), providers),
  );
  return api;
}

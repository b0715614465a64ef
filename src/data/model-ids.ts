/** Every id the catalog answers for, built once per build (the lookup index and the list page). */
import { idRecords } from '../lib/model-ids/records.ts';
import type { IdRecord } from '../lib/model-ids/lookup.ts';
import { providerIdRecords } from '../lib/model-ids/provider-records.ts';
import { getCatalog } from './catalog.ts';
import { getProviderRows } from './providers.ts';

let records: Promise<IdRecord[]> | undefined;

async function load(): Promise<IdRecord[]> {
  const [catalog, providerRows] = await Promise.all([getCatalog(), getProviderRows()]);
  const own = idRecords(catalog);
  const known = new Map(own.map((record) => [record.id, record]));
  return [...own, ...providerIdRecords(providerRows, catalog.modelNames, known)];
}

/** Every known id with where its answer is: models line by line, then other providers' ids. */
export function getIdRecords(): Promise<IdRecord[]> {
  records ??= load();
  return records;
}

/** Every id the catalog answers for, built once per build (the lookup index and the list page). */
import { idRecords } from '../lib/model-ids/records.ts';
import type { IdRecord } from '../lib/model-ids/lookup.ts';
import { getCatalog } from './catalog.ts';

let records: Promise<IdRecord[]> | undefined;

/** Every known id with where its answer is, models line by line first. */
export function getIdRecords(): Promise<IdRecord[]> {
  records ??= getCatalog().then((catalog) => idRecords(catalog));
  return records;
}

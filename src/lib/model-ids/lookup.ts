/**
 * "Paste your model id": what any id a reader holds turns out to be. Accepts the noise ids come
 * with (case, spaces, quotes, a provider prefix like `openai/`, a fine-tune name
 * `ft:gpt-4o-mini-2024-07-18:org::x`, an address of this site) and answers with the catalog's
 * record of it, or the nearest ids it knows. No imports but the edit distance: the browser runs it
 * with the published index (/models/ids.json) and the build runs it for the list of every id. Pure.
 */
import { editDistance } from '../edit-distance.ts';

/**
 * What an id is: a model of the catalog (its page), a dated snapshot of one, another provider's id
 * for one, a model OpenAI names as a replacement, a model a source only names, or not a model.
 */
type IdKind = 'model' | 'snapshot' | 'provider' | 'replacement' | 'named' | 'not-model';

/** One known id, as the lookup and the list of every id show it. */
export interface IdRecord {
  id: string;
  kind: IdKind;
  /** Where the answer is: the model's page (a snapshot's model's, a named model's namer's). */
  href: string | undefined;
  /** What it is, in one sentence without the id: "GPT-4o mini. Shuts down Jan 14, 2027 → …". */
  text: string;
}

/** How the id was reached from what the reader typed. */
type LookupVia = 'as-typed' | 'fine-tune' | 'provider-prefix';

export type Lookup =
  | { found: true; query: string; id: string; via: LookupVia; record: IdRecord }
  | { found: false; query: string; id: string; suggestions: IdRecord[] };

/**
 * A provider's prefix before OpenAI's id, when the provider's own id is not in the catalog:
 * `<provider>/<model id>` (routers, gateways, LiteLLM) and `<provider>-<model id>` (serving
 * endpoints named like `databricks-gpt-5-mini`). Reading one off is a guess the answer says.
 */
const PROVIDER_PREFIX =
  /^(?:(?:openai|azure|openrouter)\/|(?:openai|azure|databricks)-(?=gpt|o\d))/;

/** A fine-tuned model's name: `ft:<base model>:<organisation>:<suffix>:<id>`. */
const FINE_TUNE = /^ft:([^:]+):/;

/**
 * The id inside what a reader pasted: trimmed, unquoted, lower case, spaces and underscores as
 * dashes; an address's last path segment (`…/models/gpt-5-mini/` → `gpt-5-mini`).
 */
export function normalizeId(raw: string): string {
  let text = raw
    .trim()
    .replace(/^["'`“”‘’]+|["'`“”‘’]+$/g, '')
    .trim()
    .toLowerCase();
  if (/^https?:\/\//.test(text) || text.startsWith('/')) {
    const path = text.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
    text = path.split('/').filter(Boolean).at(-1) ?? '';
    text = text.replace(/\.(?:md|json)$/, '');
  }
  return text.replace(/[\s_]+/g, '-');
}

/** Up to `limit` known ids nearest to `id`: within three edits, or one inside the other. */
export function nearestIds(
  id: string,
  records: ReadonlyMap<string, IdRecord>,
  limit = 5,
): IdRecord[] {
  if (id === '') return [];
  const scored: [number, IdRecord][] = [];
  for (const record of records.values()) {
    const distance = editDistance(id, record.id);
    const contains = id.length >= 4 && (record.id.includes(id) || id.includes(record.id));
    if (distance <= 3 || contains)
      scored.push([contains ? Math.min(distance, 3) : distance, record]);
  }
  return scored
    .sort(([a, x], [b, y]) => a - b || (x.id < y.id ? -1 : 1))
    .slice(0, limit)
    .map(([, record]) => record);
}

/** What `raw` turns out to be, or the nearest known ids. */
export function lookUp(raw: string, records: ReadonlyMap<string, IdRecord>): Lookup {
  const query = raw.trim();
  let id = normalizeId(raw);
  let via: LookupVia = 'as-typed';
  const fineTune = FINE_TUNE.exec(id);
  if (fineTune?.[1]) [id, via] = [fineTune[1], 'fine-tune'];
  if (!records.has(id) && PROVIDER_PREFIX.test(id))
    [id, via] = [id.replace(PROVIDER_PREFIX, ''), 'provider-prefix'];
  const record = records.get(id);
  if (record) return { found: true, query, id, via, record };
  return { found: false, query, id, suggestions: nearestIds(id, records) };
}

/** The published index: `[id, kind, href or "", text]` per id, compact for the browser. */
export type PublishedIdIndex = [string, IdKind, string, string][];

export function publishIndex(records: Iterable<IdRecord>): PublishedIdIndex {
  return [...records].map((r) => [r.id, r.kind, r.href ?? '', r.text]);
}

export function readIndex(published: PublishedIdIndex): Map<string, IdRecord> {
  return new Map(
    published.map(([id, kind, href, text]) => [id, { id, kind, href: href || undefined, text }]),
  );
}

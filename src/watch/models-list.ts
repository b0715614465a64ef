/**
 * OpenAI's model list (`GET /v1/models`) against the catalog's lifecycle: shutdown dates that
 * moved, appeared or disappeared, catalog ids the list no longer has, and mini or nano ids the
 * catalog lacks. Pure: takes the response and the parsed content, returns findings.
 *
 * Each listed model may carry `shutdown_date`, "optional string or null, format: date" in OpenAI's
 * API reference (List models); anything else there is reported as unreadable, never guessed.
 */
import { lifecycleState } from '../lib/lifecycle/state.ts';
import type { LifecycleEvent } from '../schemas/lifecycle.ts';
import { isCalendarDate } from '../schemas/primitives.ts';
import type { ParsedEntry } from './cited-values.ts';

/** A listed model's shutdown date: a day, none (null or absent), or a value it cannot read. */
type ListedShutdown = { date: string | null } | { unreadable: string };

export type ModelsList =
  { ok: true; models: Map<string, ListedShutdown> } | { ok: false; reason: string };

/** The parts of an HTTP response the list is read from. */
export interface ApiResponse {
  status: number;
  contentType: string;
  body: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const looksLikeHtml = (response: ApiResponse) =>
  /html/i.test(response.contentType) || /^\s*</.test(response.body);

/** A short, single-line excerpt of a body for an error message. */
const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
};

/** The API's own error message, where its body is OpenAI's `{ error: { message } }`. */
function apiError(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } };
    const message = parsed.error?.message;
    return typeof message === 'string' ? excerpt(message) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a `GET /v1/models` response; says plainly why when it cannot. */
export function parseModelsList(response: ApiResponse): ModelsList {
  if (response.status < 200 || response.status > 299) {
    const message = apiError(response.body);
    return { ok: false, reason: `HTTP ${response.status}${message ? `: ${message}` : ''}` };
  }
  if (looksLikeHtml(response)) {
    return { ok: false, reason: 'the API answered with an HTML page where JSON was expected' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch (error) {
    return {
      ok: false,
      reason: `the API answered with malformed JSON (${(error as Error).message})`,
    };
  }
  const data = (parsed as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) {
    return { ok: false, reason: 'the API answered with JSON that has no "data" list of models' };
  }
  const models = new Map<string, ListedShutdown>();
  for (const item of data) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      return { ok: false, reason: `a listed model has no id: ${excerpt(JSON.stringify(item))}` };
    }
    const raw = (item as { shutdown_date?: unknown }).shutdown_date;
    if (raw === undefined || raw === null) models.set(id, { date: null });
    else if (typeof raw === 'string' && DAY.test(raw) && isCalendarDate(raw)) {
      models.set(id, { date: raw });
    } else models.set(id, { unreadable: JSON.stringify(raw) });
  }
  return { ok: true, models };
}

/** Where a catalog id is written, and the shutdown the catalog gives it now. */
export interface CatalogId {
  id: string;
  entry: { collection: string; id: string; file: string };
  /** The field that names it; empty for an id that is the file's name. */
  field: string;
  shutdown?: { date: string; field: string; source: string };
}

/** The shape of a version or replacement this module reads. */
interface Versioned {
  snapshots?: { id: string }[];
  lifecycle?: LifecycleEvent[];
}

/**
 * Every API id the catalog names: each version's and replacement's file name, its snapshots and
 * the ids of its shutdown readings, each with the shutdown the current reading gives it on `today`.
 */
export function catalogIds(entries: readonly ParsedEntry[], today: string): Map<string, CatalogId> {
  const ids = new Map<string, CatalogId>();
  for (const { collection, id, file, data } of entries) {
    const entry = { collection, id, file };
    const { snapshots = [], lifecycle = [] } = data as Versioned;
    const current = lifecycleState(lifecycle, { day: today, checked: today }).shutdown;
    const index = current ? lifecycle.indexOf(current) : -1;
    const shutdownOf = (name: string): CatalogId['shutdown'] =>
      current?.ids.some((item) => item.id === name)
        ? { date: current.date, field: `lifecycle.${index}.date`, source: current.source }
        : undefined;
    const add = (name: string, field: string) => {
      if (ids.has(name)) return;
      const shutdown = shutdownOf(name);
      ids.set(name, { id: name, entry, field, ...(shutdown ? { shutdown } : {}) });
    };
    add(id, '');
    snapshots.forEach((snapshot, i) => add(snapshot.id, `snapshots.${i}.id`));
    lifecycle.forEach((event, i) => {
      if (event.type === 'shutdown')
        event.ids.forEach((item, j) => add(item.id, `lifecycle.${i}.ids.${j}.id`));
    });
  }
  return ids;
}

/** One way the list and the catalog disagree. */
export type LifecycleFinding =
  | { kind: 'date-moved'; catalog: CatalogId; was: string; now: string }
  | { kind: 'date-appeared'; catalog: CatalogId; now: string }
  | { kind: 'date-disappeared'; catalog: CatalogId; was: string }
  | { kind: 'missing'; catalog: CatalogId }
  /** `relative`: the catalog id it extends (`gpt-5-mini` for `gpt-5-mini-2026-01-01`), if any. */
  | { kind: 'new-id'; id: string; now: string | null; relative?: CatalogId };

export interface LifecycleComparison {
  drift: LifecycleFinding[];
  /** Catalog ids whose listed shutdown date cannot be read: unchecked, not drift. */
  unreadable: { catalog: CatalogId; raw: string }[];
  /** Catalog ids the list agrees with, a missing id the catalog says is shut down included. */
  agreed: number;
}

/** A name that says mini or nano as a word of the id: `o4-mini`, `gpt-5-nano`; not `gemini`. */
const FAMILY_WORD = /(?:^|[-._])(?:mini|nano)(?:$|[-._])/i;

/**
 * Compares the list with the catalog on `today`. An id missing from the list that the catalog
 * says shut down on or before `today` is expected, not drift. `uncatalogued` holds mini or nano ids
 * the maintainers have chosen to leave out (content/uncatalogued-ids.yaml).
 */
export function compareModelsList(
  catalog: ReadonlyMap<string, CatalogId>,
  listed: ReadonlyMap<string, ListedShutdown>,
  today: string,
  uncatalogued: ReadonlySet<string> = new Set(),
): LifecycleComparison {
  const result: LifecycleComparison = { drift: [], unreadable: [], agreed: 0 };
  for (const item of catalog.values()) {
    const was = item.shutdown?.date;
    const now = listed.get(item.id);
    if (now === undefined) {
      if (was !== undefined && was <= today) result.agreed += 1;
      else result.drift.push({ kind: 'missing', catalog: item });
    } else if ('unreadable' in now) {
      result.unreadable.push({ catalog: item, raw: now.unreadable });
    } else if (was === now.date || (was === undefined && now.date === null)) {
      result.agreed += 1;
    } else if (was === undefined && now.date !== null) {
      result.drift.push({ kind: 'date-appeared', catalog: item, now: now.date });
    } else if (was !== undefined && now.date === null) {
      result.drift.push({ kind: 'date-disappeared', catalog: item, was });
    } else if (was !== undefined && now.date !== null) {
      result.drift.push({ kind: 'date-moved', catalog: item, was, now: now.date });
    }
  }
  const byLength = [...catalog.values()].toSorted((a, b) => b.id.length - a.id.length);
  for (const [id, shutdown] of listed) {
    if (catalog.has(id) || uncatalogued.has(id) || !FAMILY_WORD.test(id)) continue;
    const relative = byLength.find((item) => id.startsWith(`${item.id}-`));
    const now = 'date' in shutdown ? shutdown.date : null;
    result.drift.push({ kind: 'new-id', id, now, ...(relative ? { relative } : {}) });
  }
  return result;
}

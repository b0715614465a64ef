/**
 * The files under /api/v1/, built from the catalog in one pass: every value as the content holds
 * it (with its source and confidence), each entry's id and links, and each version's lifecycle
 * status derived on the build's day. Pure: the same catalog and origin always
 * give the same files. Their shapes are the zod schemas in src/schemas/api.ts.
 */
import type {
  CatalogFileData,
  LifecycleStatusData,
  ProviderRowData,
  PublishedReplacementData,
  PublishedVersionData,
  ReplacementFileData,
  SourcesFileData,
  VersionFileData,
} from '../../schemas/api.ts';
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Line } from '../../schemas/line.ts';
import type { Replacement } from '../../schemas/replacement.ts';
import type { Source } from '../../schemas/source.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import type { ModelEntry } from '../lineage/members.ts';
import type { ProviderRowView } from '../providers/rows.ts';
import { standingSentence } from '../providers/wording.ts';
import { sourceIds } from '../sources/refs.ts';
import { schemaRef } from './json-schema.ts';
import {
  absolute,
  modelMarkdownPath,
  modelPagePath,
  replacementJsonPath,
  versionJsonPath,
} from '../paths.ts';

/** What the exports read of the catalog (src/data/catalog.ts's Catalog satisfies it). */
export interface CatalogInput {
  lines: readonly { id: string; data: Line; members: readonly ModelEntry[] }[];
  replacements: ReadonlyMap<string, { id: string; data: Replacement }>;
  sources: ReadonlyMap<string, Source>;
  benchmarks: ReadonlyMap<string, Benchmark>;
  /** The newest `verified` day across lines. */
  verified: string;
  /** The build's day: every status is computed for it. */
  day: string;
  /** Each version's lifecycle state on the build's day, by id (the catalog computes it once). */
  status: ReadonlyMap<string, LifecycleState>;
}

export interface ApiFiles {
  catalog: CatalogFileData;
  sources: SourcesFileData;
  versions: Map<string, VersionFileData>;
  replacements: Map<string, ReplacementFileData>;
}

/** The derived lifecycle state as published: absent values are `null`, never left out. */
function publishedStatus(state: LifecycleState): LifecycleStatusData {
  return {
    asOf: state.day,
    checked: state.checked,
    phase: state.phase,
    shutdown: state.shutdown ?? null,
    daysLeft: state.daysLeft ?? null,
    replacement: state.replacement ?? null,
    replacementChanges: state.replacementChanges.map(({ from, to, after }) => ({
      from,
      to,
      asOf: after.asOf,
      source: after.source,
      confidence: after.confidence,
    })),
    lastCheck: state.lastCheck ?? null,
    upcomingDeadlines: state.upcomingDeadlines,
  };
}

/** A provider row as published: the provider, the content's row, and its derived standing. */
function publishedProviderRow(view: ProviderRowView): ProviderRowData {
  const { standing } = view;
  const offered = standing.offer === 'offered' ? standing : undefined;
  const versus = offered?.versus;
  return {
    provider: { id: view.provider.id, ...view.provider.data },
    availability: view.row,
    standing: {
      asOf: view.day,
      phase: offered?.phase ?? null,
      daysLeft: offered?.daysLeft ?? null,
      versusOpenAI: versus
        ? {
            kind: versus.kind,
            days: 'days' in versus ? versus.days : null,
            openai: 'openai' in versus ? versus.openai : null,
          }
        : null,
      sentence: standingSentence(standing),
    },
  };
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The entries of `map` that `ids` names, with their ids, sorted by id: an order that does not
 * depend on how a loader happens to list a collection. Looks each id up rather than scanning the
 * map, so a version's file costs what it cites, not the size of the catalog.
 */
function picker<T>(map: ReadonlyMap<string, T>) {
  return (ids: Iterable<string>): ({ id: string } & T)[] =>
    [...new Set(ids)]
      .filter((id) => map.has(id))
      .sort(byId)
      .map((id) => ({ id, ...(map.get(id) as T) }));
}

/**
 * Every file under /api/v1/ except the schema, for the site at `origin`; `providers` holds each
 * model's rows at other providers (src/data/providers.ts), by model id.
 */
export function buildApiFiles(
  input: CatalogInput,
  origin: string,
  providers: ReadonlyMap<string, readonly ProviderRowView[]>,
): ApiFiles {
  const providersOf = (id: string) => (providers.get(id) ?? []).map(publishedProviderRow);
  const asOf = input.verified;
  const sourcesOf = picker(input.sources);
  const benchmarksOf = picker(input.benchmarks);
  const versions: PublishedVersionData[] = [];
  // Replacement id → versions whose current shutdown names it: one pass over the versions.
  const replaces = new Map<string, string[]>();
  for (const line of input.lines) {
    for (const { id, data } of line.members) {
      const state = input.status.get(id);
      if (!state) throw new Error(`No lifecycle state for "${id}"`);
      if (state.replacement) {
        const list = replaces.get(state.replacement) ?? [];
        list.push(id);
        replaces.set(state.replacement, list);
      }
      versions.push({
        id,
        line: line.id,
        links: {
          page: absolute(origin, modelPagePath(id)),
          markdown: absolute(origin, modelMarkdownPath(id)),
          json: absolute(origin, versionJsonPath(id)),
        },
        ...data,
        status: publishedStatus(state),
        providers: providersOf(id),
      });
    }
  }
  const replacements: PublishedReplacementData[] = [...input.replacements.values()]
    .toSorted((a, b) => byId(a.id, b.id))
    .map(({ id, data }) => ({
      id,
      links: { json: absolute(origin, replacementJsonPath(id)) },
      ...data,
      replaces: replaces.get(id) ?? [],
      providers: providersOf(id),
    }));
  const allSources = sourcesOf(input.sources.keys());
  return {
    catalog: {
      $schema: schemaRef(origin, 'CatalogFile'),
      asOf,
      builtOn: input.day,
      lines: input.lines.map((line) => ({ id: line.id, ...line.data })),
      versions,
      replacements,
      benchmarks: benchmarksOf(input.benchmarks.keys()),
      sources: allSources,
    },
    sources: {
      $schema: schemaRef(origin, 'SourcesFile'),
      asOf,
      builtOn: input.day,
      sources: allSources,
    },
    versions: new Map(
      versions.map((version) => [
        version.id,
        {
          $schema: schemaRef(origin, 'VersionFile'),
          asOf,
          builtOn: input.day,
          version,
          benchmarks: benchmarksOf(version.benchmarks.map((score) => score.benchmark)),
          sources: sourcesOf(sourceIds(version)),
        },
      ]),
    ),
    replacements: new Map(
      replacements.map((replacement) => [
        replacement.id,
        {
          $schema: schemaRef(origin, 'ReplacementFile'),
          asOf,
          builtOn: input.day,
          replacement,
          sources: sourcesOf(sourceIds(replacement)),
        },
      ]),
    ),
  };
}

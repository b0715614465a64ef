/**
 * Comparisons: every model's comparison file, the picker's groups, the default comparison and the
 * pairs pre-rendered per line (every two versions of a line, each version with its replacement).
 */
import { compareFile, mergeFiles } from '../lib/compare/files.ts';
import { toCompareModel } from '../lib/compare/model.ts';
import { linePairs } from '../lib/compare/pairs.ts';
import { comparisonView, type ComparisonView } from '../lib/compare/view.ts';
import {
  REPLACEMENTS_GROUP,
  type CompareFile,
  type CompareGroup,
  type CompareModel,
  type CompareSet,
  type Sourced,
} from '../lib/compare/types.ts';
import { migrationNotes } from '../lib/compare/migration.ts';
import { providerStatuses } from '../lib/compare/provider-status.ts';
import { formatDate } from '../lib/format.ts';
import { type LifecycleState } from '../lib/lifecycle/state.ts';
import { statusText } from '../lib/lifecycle/wording.ts';

import { getCatalog, listedReplacement, stateOf } from './catalog.ts';
import { providerRowsOf } from './providers.ts';
import { FEATURED_LINE } from '../site.ts';

/** A version's API status on the build's day, as a sourced fact for the comparison table. */
function statusFact(state: LifecycleState): Sourced<string> {
  const event = state.shutdown ?? state.lastCheck;
  if (!event) return null;
  const replacement = state.replacement ? ` → ${state.replacement}` : '';
  return {
    value: `${statusText(state)}${replacement} (as of ${formatDate(state.day)})`,
    source: event.source,
    confidence: event.confidence,
  };
}

/**
 * Every model's comparison file, by id (versions in line order, then the replacement models):
 * published one per model as /compare/data/<id>.json, and merged by the build for pair pages.
 */
export function getCompareFiles(): Promise<Map<string, CompareFile>> {
  compareFiles ??= buildCompareFiles();
  return compareFiles;
}

let compareFiles: Promise<Map<string, CompareFile>> | undefined;

/** A model's status at each provider that has a row for it, where any does. */
async function withProviders(model: CompareModel): Promise<CompareModel> {
  const providers = providerStatuses(await providerRowsOf(model.id));
  return Object.keys(providers).length > 0 ? { ...model, providers } : model;
}

async function buildCompareFiles(): Promise<Map<string, CompareFile>> {
  const catalog = await getCatalog();
  const { benchmarks, sources } = catalog;
  const files = new Map<string, CompareFile>();
  for (const line of catalog.lines) {
    for (const member of line.members) {
      const status = statusFact(stateOf(catalog, member.id));
      const model = await withProviders(
        toCompareModel(member.id, member.data, status, 'version', line.id),
      );
      const to = listedReplacement(catalog, member);
      const migration = to && {
        from: member.id,
        to: to.id,
        notes: migrationNotes(member.data, to.data),
      };
      files.set(member.id, compareFile(model, benchmarks, sources, migration));
    }
  }
  for (const r of catalog.replacements.values()) {
    const model = await withProviders(
      toCompareModel(r.id, r.data, null, 'replacement', REPLACEMENTS_GROUP),
    );
    files.set(r.id, compareFile(model, benchmarks, sources));
  }
  return files;
}

/** The comparison data of `ids`, merged from their files as the browser merges them. */
async function getCompareSet(ids: readonly string[]): Promise<CompareSet> {
  const files = await getCompareFiles();
  return mergeFiles(
    ids.map((id) => {
      const file = files.get(id);
      if (!file) throw new Error(`No model "${id}" to compare`);
      return file;
    }),
  );
}

/** Everything the comparison of `ids` (in column order) shows. */
export async function getComparison(ids: readonly string[]): Promise<ComparisonView> {
  return comparisonView(await getCompareSet(ids), ids);
}

/** The picker's groups: each line's versions oldest first, then the replacement models. */
export async function getCompareGroups(): Promise<CompareGroup[]> {
  const catalog = await getCatalog();
  if (catalog.lines.some((line) => line.id === REPLACEMENTS_GROUP))
    throw new Error(`A line cannot be called "${REPLACEMENTS_GROUP}": the picker uses that name`);
  const replacements = [...catalog.replacements.values()];
  return [
    ...catalog.lines.map((line) => ({
      id: line.id,
      name: line.data.name,
      kind: 'line' as const,
      members: line.members.map((m) => ({ id: m.id, name: m.data.name })),
    })),
    ...(replacements.length > 0
      ? [
          {
            id: REPLACEMENTS_GROUP,
            name: 'Models OpenAI lists as replacements',
            kind: 'replacements' as const,
            members: replacements.map((r) => ({ id: r.id, name: r.data.name })),
          },
        ]
      : []),
  ];
}

/** The models /compare/ shows before a reader chooses: the first line's oldest and newest. */
export async function getDefaultComparison(): Promise<[string, string]> {
  // The featured line's first and newest versions: the comparison most readers come for.
  const line = (await getCatalog()).lineById.get(FEATURED_LINE);
  const oldest = line?.members[0];
  const newest = line?.members.at(-1);
  if (!oldest || !newest || oldest === newest) throw new Error('Nothing to compare');
  return [oldest.id, newest.id];
}

/**
 * The comparisons pre-rendered, older first: every pair within each line (lines are small), and
 * each version with the model OpenAI lists as its replacement. Never pairs across lines.
 */
export async function getComparisonPairs(): Promise<[string, string][]> {
  return [...(await getPairsByLine()).values()].flat();
}

let pairsByLine: Promise<Map<string, [string, string][]>> | undefined;

/** Each line's pre-rendered comparisons, worked out once per build (many pages ask). */
function getPairsByLine(): Promise<Map<string, [string, string][]>> {
  pairsByLine ??= (async () => {
    const catalog = await getCatalog();
    const seen = new Set<string>();
    const byLine = new Map<string, [string, string][]>();
    for (const line of catalog.lines) {
      const pairs: [string, string][] = [];
      const add = (pair: [string, string]) => {
        const key = pair.join('|');
        if (seen.has(key)) return;
        seen.add(key);
        pairs.push(pair);
      };
      linePairs(line.members).forEach(add);
      for (const member of line.members) {
        const to = listedReplacement(catalog, member);
        if (to && !seen.has(`${to.id}|${member.id}`)) add([member.id, to.id]);
      }
      byLine.set(line.id, pairs);
    }
    return byLine;
  })();
  return pairsByLine;
}

/** A line's ready-made comparisons: every pair of its versions and each with its replacement. */
export async function getLinePairs(lineId: string): Promise<[string, string][]> {
  const pairs = (await getPairsByLine()).get(lineId);
  if (!pairs) throw new Error(`No line "${lineId}"`);
  return [...pairs];
}

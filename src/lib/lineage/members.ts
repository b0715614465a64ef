/** Order of versions within a line, and each version's place in it. Pure. */
import type { Line } from '../../schemas/line.ts';
import type { Model } from '../../schemas/model.ts';

/** A model with its id (the API model id, from the file name). */
export interface ModelEntry {
  id: string;
  data: Model;
}

/** A version's place in its line. */
export interface LinePosition {
  lineId: string;
  lineName: string;
  /** 0 for the oldest member. */
  index: number;
  total: number;
  predecessor: ModelEntry | undefined;
  successor: ModelEntry | undefined;
  /** True for the newest member of the line (as of the data's date: lines only grow). */
  isNewest: boolean;
}

/** The line's members as entries, oldest first, in the order the line lists them. */
export function membersOf(
  line: Line,
  models: ReadonlyMap<string, ModelEntry> | readonly ModelEntry[],
): ModelEntry[] {
  // The catalog passes its map by id, so each line costs its own members, not the whole catalog.
  const byId = 'get' in models ? models : new Map(models.map((m) => [m.id, m]));
  return line.members.map((id) => {
    const model = byId.get(id);
    if (!model) throw new Error(`Line member "${id}" has no model entry`);
    return model;
  });
}

/** Newest first, as the lineage table shows them. */
export function newestFirst<T>(oldestFirst: readonly T[]): T[] {
  return [...oldestFirst].reverse();
}

/** Where `id` sits in the line whose members (oldest first) are given. */
export function positionIn(
  lineId: string,
  line: Line,
  members: readonly ModelEntry[],
  id: string,
): LinePosition {
  const index = members.findIndex((m) => m.id === id);
  if (index === -1) throw new Error(`"${id}" is not a member of line "${lineId}"`);
  return {
    lineId,
    lineName: line.name,
    index,
    total: members.length,
    predecessor: members[index - 1],
    successor: members[index + 1],
    isNewest: index === members.length - 1,
  };
}

/** Members whose release dates run backwards against the line's order (a content error). */
export function outOfReleaseOrder(members: readonly ModelEntry[]): string[] {
  return members
    .filter((m, i) => i > 0 && m.data.released.value < (members[i - 1]?.data.released.value ?? ''))
    .map((m) => m.id);
}

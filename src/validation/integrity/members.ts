/**
 * Lines and their members: each model is a member of exactly one line, listed once, and a line
 * lists its members oldest first.
 */
import { outOfReleaseOrder } from '../../lib/lineage/members.ts';
import type { ContentTree } from '../types.ts';
import { isRecord } from '../walk.ts';
import type { Add, ParsedTree } from './types.ts';

/** Which line each model belongs to, from the lines as read; reports members listed twice. */
export function checkMembership(raw: ContentTree, add: Add): Map<string, string> {
  const lineOf = new Map<string, string>();
  for (const line of raw.lines) {
    const members = isRecord(line.data) ? line.data['members'] : undefined;
    if (!Array.isArray(members)) continue;
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (typeof member !== 'string') return;
      if (seen.has(member)) add(line, ['members', index], `"${member}" is listed twice`);
      seen.add(member);
      const other = lineOf.get(member);
      if (other !== undefined && other !== line.id)
        add(line, ['members', index], `"${member}" is already a member of line "${other}"`);
      else lineOf.set(member, line.id);
    });
  }
  // With a line file unreadable, membership is unknown: that file's problem is the one to fix.
  if (raw.lines.some((line) => !isRecord(line.data) || !Array.isArray(line.data['members'])))
    return lineOf;
  for (const model of raw.models) {
    if (!lineOf.has(model.id))
      add(model, [], `Model "${model.id}" is not a member of any line in content/lines`);
  }
  return lineOf;
}

/** Each line lists its members in release order. */
export function checkReleaseOrder(tree: ParsedTree, add: Add): void {
  const modelById = new Map(tree.models.map((m) => [m.id, { id: m.id, data: m.data }]));
  for (const line of tree.lines) {
    const members = line.data.members.flatMap((id) => modelById.get(id) ?? []);
    for (const id of outOfReleaseOrder(members)) {
      add(
        line,
        ['members', line.data.members.indexOf(id)],
        `"${id}" is released before the member listed ahead of it; list members oldest first`,
      );
    }
  }
}

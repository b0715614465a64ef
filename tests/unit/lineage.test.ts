import { describe, expect, it } from 'vitest';
import { membersOf, newestFirst, outOfReleaseOrder, positionIn } from '../../src/lib/lineage.ts';
import { lineageRows } from '../../src/lib/lineage-table.ts';
import { statusOf } from '../../src/lib/status.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const line = content.lines.get('gpt-mini');
if (!line) throw new Error('gpt-mini line missing');
const members = membersOf(line, [...content.models.values()]);

describe('lineage order', () => {
  it('lists members oldest first, with release dates rising', () => {
    const dates = members.map((m) => m.data.released.value);
    expect(dates).toEqual([...dates].sort());
    expect(outOfReleaseOrder(members)).toEqual([]);
  });

  it('reports a member released before the one listed ahead of it', () => {
    const [a, b, ...rest] = members;
    if (!a || !b) throw new Error('need two members');
    expect(outOfReleaseOrder([b, a, ...rest])).toEqual([a.id]);
  });

  it('shows the table newest first with only the newest marked latest', () => {
    const rows = lineageRows(members, line.verified);
    expect(rows.map((r) => r.id)).toEqual(newestFirst(members).map((m) => m.id));
    expect(rows.filter((r) => r.isLatest).map((r) => r.id)).toEqual([members.at(-1)?.id]);
  });

  it('throws for a member with no model', () => {
    expect(() => membersOf({ ...line, members: ['gpt-9-mini'] }, members)).toThrow('gpt-9-mini');
  });
});

describe.each(members.map((m, i) => [m.id, i] as const))('position of %s', (id, i) => {
  const position = positionIn('gpt-mini', line, members, id);
  it('knows its neighbours', () => {
    expect(position.index).toBe(i);
    expect(position.predecessor?.id).toBe(members[i - 1]?.id);
    expect(position.successor?.id).toBe(members[i + 1]?.id);
    expect(position.isLatest).toBe(i === members.length - 1);
  });
});

describe('status', () => {
  const gpt5mini = content.models.get('gpt-5-mini')?.data;
  if (!gpt5mini) throw new Error('gpt-5-mini missing');
  it.each([
    ['2026-10', 'shutdown-scheduled', 'Snapshot shutdown Dec 11, 2026'],
    ['2026-12-11', 'shut-down', 'Shut down Dec 11, 2026'],
    ['2027-01', 'shut-down', 'Shut down Dec 11, 2026'],
  ])('as of %s a scheduled shutdown reads %s', (asOf, kind, label) => {
    expect(statusOf(gpt5mini, asOf)).toMatchObject({
      kind,
      label,
      source: 'privdevops',
      confidence: 'medium',
    });
  });
  it('is available, with the API status source, when no snapshot has a shutdown', () => {
    const model = content.models.get('gpt-4o-mini')?.data;
    if (!model) throw new Error('missing');
    expect(statusOf(model, '2026-10')).toEqual({
      kind: 'available',
      label: 'Available',
      source: model.status.api.source,
      confidence: 'medium',
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  membersOf,
  newestFirst,
  outOfReleaseOrder,
  positionIn,
} from '../../src/lib/lineage/members.ts';
import { lineageRows } from '../../src/lib/lineage/table.ts';
import { lifecycleState, stateDays } from '../../src/lib/lifecycle/state.ts';
import { baseLine, entry } from '../support/builders.ts';

const released = (date: string) => ({ released: { value: date, source: 'blog' } });
const members = [
  entry('a-mini', released('2024-07-18')),
  entry('b-mini', released('2025-04-14')),
  entry('c-mini', released('2025-08-07')),
];
const line = baseLine({ name: 'Test', members: members.map((m) => m.id) });

describe('lineage order', () => {
  it('keeps the order the line lists, and finds no member out of release order', () => {
    expect(membersOf(line, [...members].reverse()).map((m) => m.id)).toEqual([
      'a-mini',
      'b-mini',
      'c-mini',
    ]);
    expect(outOfReleaseOrder(members)).toEqual([]);
  });

  it('reports a member released before the one listed ahead of it', () => {
    const [a, b, c] = members;
    if (!a || !b || !c) throw new Error('need three members');
    expect(outOfReleaseOrder([b, a, c])).toEqual([a.id]);
  });

  it('shows the table newest first with only the newest marked newest', () => {
    const status = new Map(
      members.map((m) => [
        m.id,
        lifecycleState(m.data.lifecycle, stateDays(line.verified, line.verified)),
      ]),
    );
    const rows = lineageRows(members, status);
    expect(rows.map((r) => r.id)).toEqual(['c-mini', 'b-mini', 'a-mini']);
    expect(rows.filter((r) => r.isNewest).map((r) => r.id)).toEqual(['c-mini']);
    expect(newestFirst(members).map((m) => m.id)).toEqual(['c-mini', 'b-mini', 'a-mini']);
  });

  it('throws for a member with no model', () => {
    expect(() => membersOf({ ...line, members: ['gpt-9-mini'] }, members)).toThrow('gpt-9-mini');
  });
});

describe.each([
  ['a-mini', 0, undefined, 'b-mini', false],
  ['b-mini', 1, 'a-mini', 'c-mini', false],
  ['c-mini', 2, 'b-mini', undefined, true],
])('position of %s', (id, index, predecessor, successor, isNewest) => {
  it(`is ${index}, after ${predecessor ?? 'nothing'}, before ${successor ?? 'nothing'}`, () => {
    const position = positionIn('test', line, members, id);
    expect(position).toMatchObject({ index, total: 3, isNewest, lineName: 'Test' });
    expect(position.predecessor?.id).toBe(predecessor);
    expect(position.successor?.id).toBe(successor);
  });
});

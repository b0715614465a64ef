/**
 * OpenAI's model list against the catalog's lifecycle: what the API answered, which ids the
 * catalog names and what it says of their shutdown, and every way the two can disagree.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedEntry } from '../../src/watch/cited-values.ts';
import {
  catalogIds,
  compareModelsList,
  parseModelsList,
  type ApiResponse,
} from '../../src/watch/models-list.ts';
import { baseModel, baseReplacement } from '../support/builders.ts';

const json = (body: unknown, status = 200): ApiResponse => ({
  status,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

describe('reading the model list', () => {
  it('reads each id with its shutdown date, null or absent meaning none', () => {
    const list = parseModelsList(
      json({
        object: 'list',
        data: [
          { id: 'a', object: 'model', shutdown_date: '2026-12-11' },
          { id: 'b', object: 'model', shutdown_date: null },
          { id: 'c', object: 'model' },
        ],
      }),
    );
    expect(list.ok && [...list.models]).toEqual([
      ['a', { date: '2026-12-11' }],
      ['b', { date: null }],
      ['c', { date: null }],
    ]);
  });

  it.each([
    ['unix seconds', 1796947200],
    ['a timestamp', '2026-12-11T00:00:00Z'],
    ['no real day', '2026-02-30'],
    ['a word', 'soon'],
  ])('marks a shutdown_date given as %s unreadable, never guessed', (_, raw) => {
    const list = parseModelsList(json({ data: [{ id: 'a', shutdown_date: raw }] }));
    expect(list.ok && list.models.get('a')).toEqual({ unreadable: JSON.stringify(raw) });
  });

  it.each<[string, ApiResponse, string]>([
    [
      'a refused key, with the API’s own message',
      json({ error: { message: 'Incorrect API key provided.' } }, 401),
      'HTTP 401: Incorrect API key provided.',
    ],
    ['a server error', { status: 502, contentType: 'text/plain', body: 'Bad gateway' }, 'HTTP 502'],
    [
      'an HTML page where JSON was expected',
      { status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in</title>' },
      'the API answered with an HTML page where JSON was expected',
    ],
    [
      'an HTML page sent as JSON',
      { status: 200, contentType: 'application/json', body: '  <html><body>Portal</body></html>' },
      'the API answered with an HTML page where JSON was expected',
    ],
    [
      'malformed JSON',
      { status: 200, contentType: 'application/json', body: '{"data": [' },
      'the API answered with malformed JSON',
    ],
    ['JSON without a list', json({ object: 'list' }), 'no "data" list of models'],
    ['a model without an id', json({ data: [{ object: 'model' }] }), 'a listed model has no id'],
  ])('says why it cannot read %s', (_, response, reason) => {
    const list = parseModelsList(response);
    expect(list.ok).toBe(false);
    expect(!list.ok && list.reason).toContain(reason);
  });
});

const TODAY = '2026-12-01';

const entries: ParsedEntry[] = [
  {
    collection: 'models',
    id: 'old-mini',
    file: 'content/models/old-mini.yaml',
    prefix: '',
    data: baseModel({
      snapshots: [{ id: 'old-mini-2024-01-01', source: 'docs' }],
      lifecycle: [
        {
          type: 'shutdown',
          date: '2025-06-30',
          ids: [
            { id: 'old-mini', kind: 'alias' },
            { id: 'old-mini-2024-01-01', kind: 'snapshot' },
          ],
          asOf: '2025-01-10',
          source: 'docs',
        },
      ],
    }),
  },
  {
    collection: 'models',
    id: 'test-mini',
    file: 'content/models/test-mini.yaml',
    prefix: '',
    data: baseModel({
      snapshots: [
        { id: 'test-mini-2025-01-02', source: 'docs' },
        { id: 'test-mini-2025-06-01', source: 'docs' },
      ],
      lifecycle: [
        {
          type: 'shutdown',
          date: '2026-11-30',
          ids: [{ id: 'test-mini-2025-01-02', kind: 'snapshot' }],
          asOf: '2026-08-01',
          source: 'third',
        },
        {
          type: 'shutdown',
          date: '2026-12-11',
          ids: [
            { id: 'test-mini', kind: 'alias' },
            { id: 'test-mini-2025-01-02', kind: 'snapshot' },
          ],
          replacement: 'terra',
          asOf: '2026-11-25',
          source: 'docs',
        },
      ],
    }),
  },
  {
    collection: 'replacements',
    id: 'terra',
    file: 'content/replacements/terra.yaml',
    prefix: '',
    data: baseReplacement(),
  },
];

describe('the ids the catalog names', () => {
  it('lists file names, snapshots and shutdown ids, each with the current reading’s date', () => {
    const ids = catalogIds(entries, TODAY);
    expect(
      [...ids.values()].map(({ id, field, shutdown }) => [
        id,
        field,
        shutdown?.date,
        shutdown?.field,
      ]),
    ).toEqual([
      ['old-mini', '', '2025-06-30', 'lifecycle.0.date'],
      ['old-mini-2024-01-01', 'snapshots.0.id', '2025-06-30', 'lifecycle.0.date'],
      // The newer reading (lifecycle.1) is current: the earlier 2026-11-30 is history.
      ['test-mini', '', '2026-12-11', 'lifecycle.1.date'],
      ['test-mini-2025-01-02', 'snapshots.0.id', '2026-12-11', 'lifecycle.1.date'],
      ['test-mini-2025-06-01', 'snapshots.1.id', undefined, undefined],
      ['terra', '', undefined, undefined],
    ]);
  });
});

describe('comparing the list with the catalog', () => {
  const catalog = catalogIds(entries, TODAY);
  /** The list as the catalog has it: old-mini shut down, the rest served. */
  const agreeing: [string, { date: string | null }][] = [
    ['test-mini', { date: '2026-12-11' }],
    ['test-mini-2025-01-02', { date: '2026-12-11' }],
    ['test-mini-2025-06-01', { date: null }],
    ['terra', { date: null }],
    ['gpt-unrelated', { date: null }],
  ];
  const compare = (
    changes: Record<string, { date: string | null } | { unreadable: string } | null>,
    today = TODAY,
  ) => {
    const listed = new Map<string, { date: string | null } | { unreadable: string }>(agreeing);
    for (const [id, shutdown] of Object.entries(changes)) {
      if (shutdown === null) listed.delete(id);
      else listed.set(id, shutdown);
    }
    return compareModelsList(catalog, listed, today, new Set(['test-nano-audio']));
  };

  it('agrees with a list that says what the catalog says, old-mini’s absence included', () => {
    expect(compare({})).toEqual({ drift: [], unreadable: [], agreed: 6 });
  });

  it.each<[string, Parameters<typeof compare>[0], unknown]>([
    [
      'a moved date',
      { 'test-mini': { date: '2027-01-14' } },
      { kind: 'date-moved', id: 'test-mini', was: '2026-12-11', now: '2027-01-14' },
    ],
    [
      'a date that appeared',
      { terra: { date: '2027-06-01' } },
      { kind: 'date-appeared', id: 'terra', now: '2027-06-01' },
    ],
    [
      'a date that disappeared',
      { 'test-mini-2025-01-02': { date: null } },
      { kind: 'date-disappeared', id: 'test-mini-2025-01-02', was: '2026-12-11' },
    ],
    [
      'a served id missing from the list',
      { 'test-mini-2025-06-01': null },
      { kind: 'missing', id: 'test-mini-2025-06-01' },
    ],
    [
      'a scheduled id missing before its day',
      { 'test-mini': null },
      { kind: 'missing', id: 'test-mini' },
    ],
  ])('reports %s', (_, changes, expected) => {
    const { drift } = compare(changes);
    expect(
      drift.map((f) => ('catalog' in f ? { ...f, id: f.catalog.id, catalog: undefined } : f)),
    ).toEqual([{ ...(expected as object), catalog: undefined }]);
  });

  it('expects an id to be missing from its shutdown day on', () => {
    expect(compare({ 'test-mini': null }, '2026-12-11').drift).toEqual([]);
  });

  it('reports a shutdown date it cannot read as unreadable, not as drift', () => {
    const result = compare({ 'test-mini': { unreadable: '1796947200' } });
    expect(result.drift).toEqual([]);
    expect(result.unreadable.map(({ catalog, raw }) => [catalog.id, raw])).toEqual([
      ['test-mini', '1796947200'],
    ]);
  });

  it.each([
    ['a new mini', 'gpt-9-mini', true],
    ['a new nano', 'o9-nano', true],
    ['a new snapshot of a catalog version', 'test-mini-2026-02-02', true],
    ['a name that only contains "mini"', 'gemini-pro', false],
    ['another family', 'gpt-9', false],
    ['an id listed in uncatalogued-ids.yaml', 'test-nano-audio', false],
  ])('reports %s only when it is a family member the catalog lacks', (_, id, reported) => {
    const { drift } = compare({ [id]: { date: null } });
    expect(drift.some((f) => f.kind === 'new-id' && f.id === id)).toBe(reported);
  });

  it('points a new snapshot at the version it extends', () => {
    const { drift } = compare({ 'test-mini-2026-02-02': { date: '2027-03-01' } });
    expect(drift).toMatchObject([
      {
        kind: 'new-id',
        id: 'test-mini-2026-02-02',
        now: '2027-03-01',
        relative: { id: 'test-mini' },
      },
    ]);
  });
});

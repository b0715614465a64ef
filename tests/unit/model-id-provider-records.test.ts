/**
 * Other providers' ids in the model-id lookup: each answers with the model, every provider that
 * uses it and its status there, linking the model's "Where to run it"; an id OpenAI also uses is
 * answered by the model's own record; nothing comes from a row that does not offer the model.
 */
import { describe, expect, it } from 'vitest';
import { lookUp, type IdRecord } from '../../src/lib/model-ids/lookup.ts';
import { providerIdRecords } from '../../src/lib/model-ids/provider-records.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

const NAMES = new Map([
  ['test-mini', 'Test mini'],
  ['other-mini', 'Other mini'],
]);
const rows = providerViews(
  [CLOUD_ROW, ROUTER_ROW, LISTING_ROW, NOT_OFFERED_ROW],
  '2026-12-11',
  '2026-12-06',
);

describe('providerIdRecords', () => {
  const own = (id: string, kind: IdRecord['kind'], href: string): [string, IdRecord] => [
    id,
    { id, kind, href, text: '' },
  ];
  const KNOWN = new Map([
    own('a', 'snapshot', '/models/test-mini/'),
    own('test-mini', 'model', '/models/test-mini/'),
  ]);
  const records = providerIdRecords(new Map([['test-mini', rows]]), NAMES, KNOWN);

  it("answers a provider's id with the model and its status there, linking its providers", () => {
    expect(records).toEqual([
      {
        id: 'vendor/a',
        kind: 'provider',
        href: '/models/test-mini/#access',
        text:
          "Test mini's id at Router Two. Router Two: Retirement date not stated in sources; " +
          "OpenAI's shutdown: Dec 11, 2026.",
      },
      {
        id: 'cloud/a',
        kind: 'provider',
        href: '/models/test-mini/#access',
        text:
          "Test mini's id at Data Three. Data Three: Retirement date not stated in sources; " +
          "OpenAI's shutdown: Dec 11, 2026.",
      },
    ]);
  });

  it('leaves an id another record already answers to that record', () => {
    expect(records.map((r) => r.id)).not.toContain('a');
  });

  it('names every provider that uses one id, once each', () => {
    const shared = providerViews(
      [
        ROUTER_ROW,
        { ...CLOUD_ROW, ids: [{ id: 'Vendor/A', source: 'third', confidence: 'medium' }] },
      ],
      '2026-12-11',
      '2026-12-06',
    );
    const [only, ...rest] = providerIdRecords(new Map([['test-mini', shared]]), NAMES, new Map());
    expect(rest).toEqual([]);
    expect(only?.text).toBe(
      "Test mini's id at Router Two and Cloud One. Router Two: Retirement date not stated in " +
        "sources; OpenAI's shutdown: Dec 11, 2026. Cloud One: Retires Feb 9, 2027, 60 days " +
        "after OpenAI's Dec 11, 2026.",
    );
  });

  it('refuses one provider id for two models', () => {
    expect(() =>
      providerIdRecords(
        new Map([
          ['test-mini', rows],
          ['other-mini', rows],
        ]),
        NAMES,
        new Map(),
      ),
    ).toThrow('Provider id "a" names both test-mini and other-mini');
  });

  it("links a model with no page of its own where the model's own record links", () => {
    const [first] = providerIdRecords(
      new Map([['other-mini', rows]]),
      NAMES,
      new Map([own('other-mini', 'replacement', '/compare/test-mini-vs-other-mini/')]),
    );
    expect(first?.href).toBe('/compare/test-mini-vs-other-mini/');
  });

  it('is what the lookup finds for the id, as typed', () => {
    const found = lookUp('  Vendor/A ', new Map(records.map((r) => [r.id, r])));
    expect(found).toMatchObject({ found: true, via: 'as-typed', record: { kind: 'provider' } });
  });
});

/**
 * A model's provider rows as every view reads them: places that offer it first, then third-party
 * listings, then where it is not offered, each with its standing; neighbouring statements from
 * the same sources share one set of markers; a page numbers a row's sources in the order it shows
 * them. A one-line answer about a provider (a model page, for a reader who chose it) cites the
 * retirement date's sources where there is a date, else the row's.
 */
import { describe, expect, it } from 'vitest';
import {
  groupBySources,
  inPageOrder,
  providerRows,
  rowsAtChoices,
  standingRefs,
} from '../../src/lib/providers/rows.ts';
import { uncheckedAtChosenText } from '../../src/lib/providers/wording.ts';
import { numberSources } from '../../src/lib/sources/refs.ts';
import {
  availabilityRows,
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  PROVIDERS,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

describe('providerRows', () => {
  const views = providerViews(
    [NOT_OFFERED_ROW, LISTING_ROW, CLOUD_ROW, ROUTER_ROW],
    '2026-12-11',
    '2026-12-06',
  );

  it('lists places that offer it, then listings, then where it is not, in content order', () => {
    expect(views.map((v) => v.provider.id)).toEqual(['cloud', 'router', 'listing', 'assistant']);
  });

  it("gives each row its standing against OpenAI's day, on the day", () => {
    expect(views.map((v) => v.standing.offer === 'offered' && v.standing.versus.kind)).toEqual([
      'later',
      'openai-only',
      'openai-only',
      false,
    ]);
    expect(views.every((v) => v.day === '2026-12-06')).toBe(true);
  });

  it('refuses a provider content/providers.yaml lacks', () => {
    const rows = availabilityRows([{ ...ROUTER_ROW, provider: 'elsewhere' }]);
    expect(() => providerRows(rows, PROVIDERS, undefined, '2026-12-06')).toThrow(
      'Provider "elsewhere" is not in content/providers.yaml',
    );
  });
});

describe('groupBySources', () => {
  const fact = (source: string, note?: string) => ({ source, confidence: 'medium' as const, note });

  it('gives neighbours from the same sources one set of markers, keeping order and notes', () => {
    expect(
      groupBySources([
        { text: 'Version: 1', fact: fact('third') },
        { text: 'Context: 2', fact: fact('third', 'As written.') },
        { text: 'Regions: 3', fact: fact('docs') },
        { text: 'Other: 4', fact: fact('third') },
      ]),
    ).toEqual([
      {
        texts: ['Version: 1', 'Context: 2'],
        refs: [{ source: 'third', confidence: 'medium' }],
        notes: ['As written.'],
      },
      { texts: ['Regions: 3'], refs: [{ source: 'docs', confidence: 'medium' }], notes: [] },
      { texts: ['Other: 4'], refs: [{ source: 'third', confidence: 'medium' }], notes: [] },
    ]);
  });
});

describe('inPageOrder', () => {
  it("numbers a row's sources as its table row shows them: status before ids and prices", () => {
    const [row] = availabilityRows([
      {
        ...CLOUD_ROW,
        ids: [{ id: 'a', source: 'blog' }],
        lifecycle: {
          retirement: { value: '2027-02-09', asOf: '2026-09-02', source: 'docs' },
        },
      },
    ]);
    if (!row) throw new Error('no row');
    expect([...numberSources(inPageOrder(row)).keys()]).toEqual(['third', 'docs', 'blog']);
  });
});

describe('standingRefs', () => {
  const refsOf = (row: unknown) => {
    const [view] = providerViews([row], '2026-12-11', '2026-12-06');
    if (!view) throw new Error('no view');
    return standingRefs(view).map((r) => ({ source: r.source, confidence: r.confidence }));
  };

  it.each([
    [
      "a dated retirement: the date's own source",
      CLOUD_ROW,
      [{ source: 'third', confidence: 'medium' }],
    ],
    [
      'an offer with no date: where the offer was read',
      ROUTER_ROW,
      [{ source: 'docs', confidence: 'high' }],
    ],
    [
      'not offered: the list that leaves it out',
      NOT_OFFERED_ROW,
      [{ source: 'docs', confidence: 'high' }],
    ],
    [
      'not found: the list that was searched',
      {
        provider: 'router',
        offer: 'not-found',
        source: 'docs',
        note: 'Searched its list.',
        checked: '2026-11-25',
      },
      [{ source: 'docs', confidence: 'low' }],
    ],
    [
      'not found with no public list searched: nothing to cite',
      { provider: 'router', offer: 'not-found', note: 'Asked around.', checked: '2026-11-25' },
      [],
    ],
  ])('%s', (_, row, expected) => {
    expect(refsOf(row)).toEqual(expected);
  });

  it("says an unchecked model's date at the chosen provider is unknown, not OpenAI's", () => {
    expect(uncheckedAtChosenText('GPT-5 nano')).toBe(
      'The provider check has no row for GPT-5 nano at the provider you chose, so its date there ' +
        "is unknown. The dates on this page are OpenAI's, for its API.",
    );
  });
});

describe('rowsAtChoices', () => {
  const views = providerViews([ROUTER_ROW, CLOUD_ROW, NOT_OFFERED_ROW], '2026-12-11', '2026-12-06');
  const choices = [
    { id: 'assistant', name: 'Assistant Four' },
    { id: 'elsewhere', name: 'Elsewhere' },
    { id: 'cloud', name: 'Cloud One' },
  ];

  it("pairs each chosen provider with its row, in the choice's order; names the rest", () => {
    const { covered, uncovered } = rowsAtChoices(choices, views);
    expect(covered.map(({ choice, view }) => [choice.id, view.row.offer])).toEqual([
      ['assistant', 'not-offered'],
      ['cloud', 'offered'],
    ]);
    expect(uncovered).toEqual(['elsewhere']);
  });
});

/**
 * A provider's page groups every model by the provider's own dates: what it retires (soonest
 * first), what it has retired (latest first), what it serves with no date, what it does not offer,
 * and the models the provider check did not cover; a third-party listing of it is not its schedule.
 */
import { describe, expect, it } from 'vitest';
import { chosenProvider } from '../../src/lib/providers/chosen.ts';
import { providerGoingAway, type ProviderModel } from '../../src/lib/providers/going-away.ts';
import { chosenRestText } from '../../src/lib/providers/wording.ts';
import type { ProviderRowView } from '../../src/lib/providers/rows.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

const model = (id: string): ProviderModel => ({ id, name: id, href: `/models/${id}/`, line: 'L' });
const MODELS = ['soon', 'later', 'gone', 'undated', 'absent', 'listed-only', 'unchecked'].map(
  model,
);

/** A cloud row retiring the model on `date`. */
const retiring = (date: string) => ({
  ...CLOUD_ROW,
  lifecycle: {
    ...CLOUD_ROW.lifecycle,
    retirement: { ...CLOUD_ROW.lifecycle.retirement, value: date },
  },
});

function rows(day: string): Map<string, ProviderRowView[]> {
  const at = (row: unknown) => providerViews([row], '2026-12-11', day);
  return new Map([
    ['later', at(retiring('2027-09-21'))],
    ['soon', at(retiring('2027-02-09'))],
    ['gone', at(retiring('2026-10-01'))],
    ['undated', at({ ...ROUTER_ROW, provider: 'cloud' })],
    ['absent', at({ ...NOT_OFFERED_ROW, provider: 'cloud' })],
    ['listed-only', at(LISTING_ROW)],
  ]);
}

describe('providerGoingAway', () => {
  const page = providerGoingAway('cloud', rows('2026-12-06'), MODELS);
  const ids = (entries: { model: ProviderModel }[]) => entries.map((e) => e.model.id);

  it('lists what the provider retires soonest first, and what it has retired', () => {
    expect(ids(page.retiring)).toEqual(['soon', 'later']);
    expect(ids(page.retired)).toEqual(['gone']);
  });

  it('keeps served-without-a-date and not-offered apart', () => {
    expect(ids(page.undated)).toEqual(['undated']);
    expect(ids(page.absent)).toEqual(['absent']);
  });

  it("names the models the check did not cover; a listing's row is not the provider's", () => {
    expect(page.unchecked.map((m) => m.id)).toEqual(['listed-only', 'unchecked']);
  });

  it('moves a retirement to "retired" once its day has passed', () => {
    const after = providerGoingAway('cloud', rows('2027-03-01'), MODELS);
    expect(ids(after.retiring)).toEqual(['later']);
    expect(ids(after.retired)).toEqual(['soon', 'gone']);
  });
});

describe('chosenProvider: a remembered provider on a page of OpenAI dates', () => {
  const page = providerGoingAway('cloud', rows('2026-12-06'), MODELS);
  const ids = (entries: { model: ProviderModel }[]) => entries.map((e) => e.model.id);

  it('gives its own dates, retiring soonest first then retired, with what is left counted', () => {
    const chosen = chosenProvider(page);
    expect(ids(chosen.dated)).toEqual(['soon', 'later', 'gone']);
    expect(chosen).toMatchObject({ undated: 1, absent: 1, unchecked: 2 });
    expect(chosenRestText(chosen)).toBe(
      'It serves 1 model here with no retirement date stated; 1 model here is not offered ' +
        'there, or no citable source says so; 2 models here were not in the provider check.',
    );
  });

  it("keeps to the page's models: a line's page names none of another line's", () => {
    const chosen = chosenProvider(page, new Set(['later', 'unchecked', 'absent']));
    expect(ids(chosen.dated)).toEqual(['later']);
    expect(chosen).toMatchObject({ undated: 0, absent: 1, unchecked: 1 });
    const none = chosenProvider(page, new Set(['unchecked']));
    expect(none.dated).toEqual([]);
    expect(chosenRestText(none)).toBe('1 model here was not in the provider check.');
    expect(chosenRestText({ undated: 0, absent: 0, unchecked: 0 })).toBe('');
  });
});

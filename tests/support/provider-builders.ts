/**
 * Provider rows for tests, built from data written here and parsed through the real schemas: a
 * cloud retiring the model later than OpenAI (with an earlier edition of its schedule), a router
 * giving no date, a third-party listing of the cloud, and a provider that does not offer it. The
 * sources are the builders' (`docs`, `blog`, `third`).
 */
import { providerRows, type ProviderRowView } from '../../src/lib/providers/rows.ts';
import {
  AvailabilitySchema,
  ProviderSchema,
  type AvailabilityRow,
  type Provider,
} from '../../src/schemas/index.ts';

export const PROVIDERS: ReadonlyMap<string, Provider> = new Map(
  Object.entries({
    cloud: { name: 'Cloud One', kind: 'cloud' },
    router: { name: 'Router Two', kind: 'router' },
    listing: { name: 'Data Three', kind: 'catalog', describes: 'cloud' },
    assistant: { name: 'Assistant Four', kind: 'assistant' },
  }).map(([id, data]) => [id, ProviderSchema.parse(data)]),
);

const CHECKED = '2026-11-25';

/** A cloud that retires it on 2027-02-09, read through a copy; an earlier edition said 02-06. */
export const CLOUD_ROW = {
  provider: 'cloud',
  offer: 'offered',
  source: 'third',
  confidence: 'medium',
  ids: [{ id: 'a', source: 'third', confidence: 'medium' }],
  version: { value: '2025-08-07', source: 'third', confidence: 'medium' },
  context: { value: '400,000 / 128,000 output', source: 'third', confidence: 'medium' },
  prices: [
    {
      tier: 'global',
      rates: [
        { kind: 'input', usdPer1M: 0.25 },
        { kind: 'output', usdPer1M: 2 },
      ],
      source: 'third',
      confidence: 'medium',
    },
  ],
  lifecycle: {
    status: { value: 'GA', asOf: '2026-09-02', source: 'third', confidence: 'medium' },
    retirement: {
      value: '2027-02-09',
      asOf: '2026-09-02',
      source: 'third',
      confidence: 'medium',
      history: [{ value: '2027-02-06', asOf: '2026-07-07', source: 'docs' }],
    },
    replacement: { value: null, asOf: '2026-09-02', source: 'third', confidence: 'medium' },
  },
  checked: CHECKED,
};

/** A router with its own page and price, and no retirement date. */
export const ROUTER_ROW = {
  provider: 'router',
  offer: 'offered',
  source: 'docs',
  ids: [{ id: 'vendor/a', source: 'docs' }],
  context: { unknown: 'not-in-sources' },
  prices: [{ tier: 'standard', rates: [{ kind: 'input', usdPer1M: 0.25 }], source: 'docs' }],
  lifecycle: { retirement: { unknown: 'not-in-sources', note: 'No date seen.' } },
  checked: CHECKED,
};

/** Third-party data listing the cloud's offer. */
export const LISTING_ROW = {
  provider: 'listing',
  offer: 'offered',
  source: 'third',
  confidence: 'low',
  ids: [{ id: 'cloud/a', source: 'third', confidence: 'low' }],
  context: { unknown: 'not-in-sources' },
  prices: { unknown: 'not-in-sources' },
  lifecycle: { retirement: { unknown: 'not-in-sources' } },
  checked: CHECKED,
};

/** A provider whose own list leaves it out. */
export const NOT_OFFERED_ROW = {
  provider: 'assistant',
  offer: 'not-offered',
  source: 'docs',
  note: 'Absent from its list.',
  checked: CHECKED,
};

/** Rows as content would hold them. */
export function availabilityRows(rows: readonly unknown[]): AvailabilityRow[] {
  return AvailabilitySchema.parse({ providers: rows }).providers;
}

/** The views every export and page reads, against OpenAI's shutdown day `openai` on `day`. */
export function providerViews(
  rows: readonly unknown[],
  openai: string | undefined,
  day: string,
): ProviderRowView[] {
  return providerRows(availabilityRows(rows), PROVIDERS, openai, day);
}

/**
 * /api/v1/providers.csv: every model at every provider, read back with papaparse. First with rows
 * written here, then with the real content: one row per availability row, the status worded as
 * the model page words it, and no evidence without a public address cited.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { LIST_SEPARATOR } from '../../src/lib/export/csv.ts';
import { PROVIDERS_CSV_COLUMNS, providersCsv } from '../../src/lib/export/providers-csv.ts';
import { formatDate } from '../../src/lib/format.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';
import { realProviderContent } from '../support/provider-content.ts';

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('providers.csv, from rows written here', () => {
  const rows = providerViews(
    [
      NOT_OFFERED_ROW,
      { ...LISTING_ROW, note: 'Lists the cloud, "as of" July; not a schedule.' },
      CLOUD_ROW,
      ROUTER_ROW,
    ],
    '2026-12-11',
    '2026-12-06',
  );
  const csv = providersCsv([{ id: 'a', name: 'Test A', rows }]);
  const { data, errors, meta } = parse(csv);
  const byProvider = new Map(data.map((row) => [row['provider_id'], row]));

  it('parses back: the header, then one row per provider row, in page order', () => {
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...PROVIDERS_CSV_COLUMNS]);
    expect(data.map((r) => r['provider_id'])).toEqual(['cloud', 'router', 'listing', 'assistant']);
    expect(csv.split('\r\n')).toHaveLength(data.length + 2);
  });

  it("words the status and the comparison with OpenAI's date as the page does", () => {
    expect(byProvider.get('cloud')).toMatchObject({
      model_id: 'a',
      model_name: 'Test A',
      provider_name: 'Cloud One',
      offer: 'offered',
      ids: 'a',
      status: 'Retires Feb 9, 2027',
      status_as_of: '2026-12-06',
      retirement_date: '2027-02-09',
      versus_openai: "60 days after OpenAI's Dec 11, 2026",
      replacement: 'none',
      prices: 'Global: $0.25 input / $2.00 output per 1M tokens',
      confidence: 'medium',
    });
    expect(byProvider.get('router')).toMatchObject({
      status: 'Retirement date not stated in sources',
      retirement_date: '',
      versus_openai: "OpenAI's shutdown: Dec 11, 2026",
      replacement: '',
    });
    expect(byProvider.get('assistant')).toMatchObject({
      offer: 'not-offered',
      status: 'Not offered',
      ids: '',
      note: 'Absent from its list.',
      sources: 'docs',
    });
  });

  it('keeps a note with commas and quotes in one cell, and names each source once', () => {
    expect(byProvider.get('listing')?.['note']).toBe(
      'Lists the cloud, "as of" July; not a schedule.',
    );
    // The cloud's row, its date and its prices are read from `third`; an earlier edition is not
    // what the row says now.
    expect(byProvider.get('cloud')?.['sources']).toBe('third');
  });
});

describe('providers.csv, from the real content', () => {
  const real = realProviderContent();
  const { data, errors } = parse(providersCsv(real.models));
  const rowsInContent = [...real.availability].flatMap(([model, file]) =>
    file.providers.map((row) => ({ model, row })),
  );

  it('has one row per row of content/availability, and no other', () => {
    expect(errors).toEqual([]);
    expect(data.map((r) => `${r['model_id']} ${r['provider_id']}`).toSorted()).toEqual(
      rowsInContent.map(({ model, row }) => `${model} ${row.provider}`).toSorted(),
    );
  });

  it('says each status in words: a date, not offered, or not stated in sources', () => {
    for (const { model, row } of rowsInContent) {
      const record = data.find((r) => r['model_id'] === model && r['provider_id'] === row.provider);
      const label = `${model} at ${row.provider}`;
      if (row.offer === 'not-offered') expect(record?.['status'], label).toBe('Not offered');
      else if (row.offer !== 'offered')
        expect(record?.['status'], label).toBe('Not stated in sources');
      else if (!('value' in row.lifecycle.retirement))
        expect(record?.['status'], label).toBe('Retirement date not stated in sources');
      else {
        const date = row.lifecycle.retirement.value;
        const listing = real.providers.get(row.provider)?.kind === 'catalog';
        expect(record?.['retirement_date'], label).toBe(date);
        expect(record?.['status'], label).toMatch(
          listing ? `Date listed: ${formatDate(date)}` : new RegExp(`${formatDate(date)}$`),
        );
      }
    }
  });

  it("words Azure's GPT-5 mini date against OpenAI's, and cites nothing uncitable", () => {
    const azure = data.find((r) => r['model_id'] === 'gpt-5-mini' && r['provider_id'] === 'azure');
    const openai = real.openai.get('gpt-5-mini');
    expect(openai).toBeDefined();
    expect(azure?.['versus_openai']).toBe(`60 days after OpenAI's ${formatDate(openai ?? '')}`);
    const uncitable = new Set(
      rowsInContent.flatMap(({ row }) => row.uncitedEvidence ?? []).filter(Boolean),
    );
    expect(uncitable.size).toBeGreaterThan(0);
    for (const record of data)
      for (const key of record['sources']?.split(LIST_SEPARATOR) ?? [])
        expect(uncitable.has(key), key).toBe(false);
    for (const record of data.filter((r) => r['offer'] === 'uncited'))
      expect(record['sources']).toBe('');
  });
});

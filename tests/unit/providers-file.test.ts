/**
 * Cross-checks content/availability against the provider check (../shared/data/
 * gpt-mini-providers-2026-12.json): each of its records is one row of content, with the same ids,
 * prices, dates, replacement, source and confidence; its earlier editions are the row's history;
 * evidence with no public address is named, never cited; and every date disagreement it lists is
 * what the content's dates give. On CI a missing file fails the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { versusOpenAI } from '../../src/lib/providers/lifecycle.ts';
import { sourceRefs } from '../../src/lib/sources/refs.ts';
import {
  AvailabilitySchema,
  ProviderSchema,
  UncitableSourceSchema,
  type Availability,
  type ConfidenceLevel,
} from '../../src/schemas/index.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { loadContent } from '../support/content.ts';
import { CONTENT_DIR, PROJECT_ROOT } from '../support/fixtures.ts';

interface FileSource {
  url: string | null;
  citable?: boolean;
}
interface FileRecord {
  model: string;
  provider: string;
  id: string;
  version?: string;
  deployment_types?: string[];
  price?: Record<string, unknown> | string;
  price_source?: string[];
  context?: string;
  lifecycle?: string;
  retirement_date: string;
  replacement?: string;
  openai_shutdown?: string | null;
  source: string | null;
  quote: string | null;
  corroboration?: string[];
  history?: string[];
  fine_tuned?: string;
  confidence: ConfidenceLevel;
  checked: string;
}
interface ProvidersFile {
  checked: string;
  sources: Record<string, FileSource>;
  records: FileRecord[];
  date_disagreements: {
    model: string;
    openai: string;
    azure: string;
    delta_days: number | null;
  }[];
}

const dataDir = process.env['FACTS_DIR'] ?? join(PROJECT_ROOT, '..', 'shared/data');
const path = join(dataDir, 'gpt-mini-providers-2026-12.json');
const missing = !existsSync(path);
const onCi = process.env['CI'] === 'true';
if (missing && !onCi) console.warn(`provider file tests skipped: ${path} not found`);

describe('the provider file is present on CI', () => {
  it.runIf(onCi)('finds it, so the cross-check below cannot be skipped', () => {
    expect(existsSync(path), 'set FACTS_DIR to the folder holding the facts files').toBe(true);
  });
});

/** The file's provider names → content/providers.yaml keys. */
const PROVIDER_IDS: Record<string, string> = {
  'Azure OpenAI / Microsoft Foundry': 'azure',
  OpenRouter: 'openrouter',
  'GitHub Copilot': 'github-copilot',
  'GitHub Models': 'github-models',
  'Vercel AI Gateway': 'vercel-ai-gateway',
  'Amazon Bedrock': 'amazon-bedrock',
  Databricks: 'databricks',
  'Snowflake Cortex': 'snowflake-cortex',
  'Google Vertex AI': 'google-vertex-ai',
  'LiteLLM data (azure/)': 'litellm-azure',
  'models.dev (azure)': 'modelsdev-azure',
};

/**
 * Fields whose confidence differs from their record's: the file states it apart ("context limits
 * are third-party (low)", "price from one", "model ids via a copy (medium)"), or the field rests on
 * models.dev alone while the record's confidence is about another source. Never firmer than the
 * record (checked below).
 */
const FIELD_CONFIDENCE: Record<string, ConfidenceLevel> = {
  'gpt-5-mini/github-copilot/context': 'low',
  'gpt-6-luna/github-copilot/context': 'low',
  'gpt-4o-mini/github-models/prices': 'low',
  'gpt-6.1-terra/github-copilot/prices': 'low',
  'gpt-6.1-terra/github-copilot/context': 'low',
  'gpt-6-luna/amazon-bedrock/ids': 'medium',
};
const ORDER: ConfidenceLevel[] = ['high', 'medium', 'low'];

/** File price keys → the tier, region and threshold of the content's price, and the rate kind. */
const PRICE_KEYS: Record<
  string,
  [tier: string, kind: string, region?: string | undefined, above?: number]
> = {
  in: ['standard', 'input'],
  cached_in: ['standard', 'cached-input'],
  out: ['standard', 'output'],
  batch_in: ['batch', 'input'],
  batch_out: ['batch', 'output'],
  global_in: ['global', 'input'],
  global_cached_in: ['global', 'cached-input'],
  global_cache_write: ['global', 'cache-write'],
  global_out: ['global', 'output'],
  global_over_272k_in: ['global', 'input', undefined, 272_000],
  global_over_272k_out: ['global', 'output', undefined, 272_000],
  datazone_in: ['data-zone', 'input'],
  datazone_cached_in: ['data-zone', 'cached-input'],
  datazone_out: ['data-zone', 'output'],
  datazone_us_in: ['data-zone', 'input', 'US'],
  datazone_us_out: ['data-zone', 'output', 'US'],
  datazone_eu_in: ['data-zone', 'input', 'EU'],
  datazone_eu_out: ['data-zone', 'output', 'EU'],
  regional_in: ['regional', 'input'],
  regional_out: ['regional', 'output'],
  regional_in_eastus: ['regional', 'input', 'East US'],
  regional_out_eastus: ['regional', 'output', 'East US'],
  regional_in_sweden_france_swiss: ['regional', 'input', 'Sweden, France and Switzerland'],
  regional_out_sweden_france_swiss: ['regional', 'output', 'Sweden, France and Switzerland'],
  regional_in_westeurope: ['regional', 'input', 'West Europe'],
  regional_out_westeurope: ['regional', 'output', 'West Europe'],
  global_batch_in: ['global-batch', 'input'],
  global_batch_out: ['global-batch', 'output'],
  priority_global_in: ['global-priority', 'input'],
  priority_global_out: ['global-priority', 'output'],
  flex_global_in: ['global-flex', 'input'],
  eu_azure_in: ['eu-in-region', 'input', 'EU, served by Azure'],
  eu_azure_out: ['eu-in-region', 'output', 'EU, served by Azure'],
};

type Row = Availability['providers'][number];
type Offered = Extract<Row, { offer: 'offered' }>;

const DAY = /\d{4}-\d{2}-\d{2}/;
/** Machine ids in a text: `openai/gpt-4o-mini`, `us.openai.gpt-6-luna` (lower case, joined). */
const MACHINE_IDS = /(?<![\w./-])[a-z][a-z0-9]*(?:[./-][a-z0-9]+)+(?![\w/-])/g;
/** `'| gpt-5-mini | 2025-08-07 | GA | 2027-02-06 | — |'` → its cells. */
const tableRow = (text: string) =>
  /'\|(.*)\|'/
    .exec(text)?.[1]
    ?.split('|')
    .map((cell) => cell.trim());
const isNone = (text: string | undefined) =>
  text === undefined || /^(not |n\/a|no |—)/.test(text.trim());

describe.skipIf(missing)('content matches the provider check', () => {
  if (missing) return;
  const file = JSON.parse(readFileSync(path, 'utf8')) as ProvidersFile;
  const content = loadContent();
  const { tree } = loadContentTree(CONTENT_DIR);
  const availability = new Map(
    tree.availability.map((e) => [e.id, AvailabilitySchema.parse(e.data)]),
  );
  const providers = new Map(tree.providers.map((e) => [e.id, ProviderSchema.parse(e.data)]));
  const uncitable = new Map(
    tree.uncitableSources.map((e) => [e.id, UncitableSourceSchema.parse(e.data)]),
  );
  const keyByUrl = new Map(
    Object.entries(file.sources)
      .filter(([, s]) => s.url !== null && s.citable !== false)
      .map(([key, s]) => [s.url, key]),
  );
  /** The file's key for a content source id, found by its address. */
  const fileKey = (id: string | undefined) => {
    const url = id === undefined ? undefined : content.sources.get(id)?.url;
    return url === undefined ? undefined : keyByUrl.get(url);
  };
  const isCitable = (key: string) =>
    file.sources[key]?.url !== null && file.sources[key]?.citable !== false;
  const rowOf = (record: FileRecord) =>
    availability
      .get(record.model)
      ?.providers.find((row) => row.provider === PROVIDER_IDS[record.provider]);
  const label = (r: FileRecord) => `${r.model} on ${r.provider}`;
  const confidenceOf = (r: FileRecord, field: string) =>
    FIELD_CONFIDENCE[`${r.model}/${PROVIDER_IDS[r.provider]}/${field}`] ?? r.confidence;

  it('knows every provider the file names, and gives each a content entry', () => {
    for (const record of file.records) {
      const id = PROVIDER_IDS[record.provider];
      expect(id, `no content id for "${record.provider}"`).toBeDefined();
      expect(providers.has(id ?? ''), `content/providers.yaml: ${id}`).toBe(true);
    }
  });

  it('has one content row per record, and no row the file does not have', () => {
    const rows = [...availability.values()].reduce((n, a) => n + a.providers.length, 0);
    expect(rows).toBe(file.records.length);
    for (const record of file.records) expect(rowOf(record), label(record)).toBeDefined();
  });

  it('describes only models of the catalog', () => {
    for (const model of availability.keys())
      expect(content.models.has(model) || content.replacements.has(model), model).toBe(true);
  });

  it('holds every uncitable source of the file, and cites none', () => {
    const keys = Object.entries(file.sources)
      .filter(([, s]) => s.citable === false)
      .map(([key]) => key.toLowerCase().replaceAll('_', '-'));
    expect([...uncitable.keys()].sort()).toEqual(keys.sort());
    for (const [model, data] of availability)
      for (const { id, path } of sourceRefs(data))
        expect(uncitable.has(id), `${model}: ${path.join('.')} cites ${id}`).toBe(false);
  });

  it('gives each provider a model list only from the file', () => {
    for (const [id, provider] of providers)
      if (provider.modelList)
        expect(fileKey(provider.modelList.source), `${id}.modelList`).toBeDefined();
  });

  it('never marks a field firmer than its record', () => {
    for (const record of file.records)
      for (const field of ['ids', 'context', 'prices'])
        expect(
          ORDER.indexOf(confidenceOf(record, field)),
          `${label(record)}: ${field}`,
        ).toBeGreaterThanOrEqual(ORDER.indexOf(record.confidence));
  });

  describe.each(file.records.map((r) => [label(r), r] as const))('%s', (where, record) => {
    const row = rowOf(record);
    if (!row) return;
    const uncitableSource = record.source !== null && !isCitable(record.source);
    const offered =
      !uncitableSource &&
      !/^not (offered|found)/.test(record.id) &&
      // A record with no quote holds no value to cite.
      record.quote !== null;

    it('says whether the provider offers it, as the file does', () => {
      const expected = uncitableSource
        ? 'uncited'
        : record.id.startsWith('not offered')
          ? 'not-offered'
          : offered
            ? 'offered'
            : 'not-found';
      expect(row.offer).toBe(expected);
      expect(row.confidence, 'confidence').toBe(record.confidence);
      expect(row.checked).toBe(record.checked);
      if (row.offer === 'uncited') expect(row.uncitedEvidence).toContain(sourceKey(record.source));
      else if (record.source === null) expect('source' in row && row.source).toBeFalsy();
      else expect(fileKey('source' in row ? row.source : undefined)).toBe(record.source);
      // An id the file names for a row the content cannot cite is named in its note, not dropped.
      if (row.offer === 'not-found' && !/^not found/.test(record.id))
        expect(row.note).toContain(record.id);
    });

    if (row.offer !== 'offered') return;
    const { lifecycle } = row;

    it('has every id the file names, and no other', () => {
      const named = record.id.match(MACHINE_IDS) ?? [];
      if (!('unknown' in row.ids)) {
        const ids = row.ids.map((i) => i.id);
        for (const id of ids) expect(record.id, 'an id the file does not name').toContain(id);
        expect(ids).toEqual(expect.arrayContaining(named));
        for (const id of row.ids) {
          expect(id.confidence, id.id).toBe(confidenceOf(record, 'ids'));
          expect(fileKey(id.source), `${id.id}: source`).toBeDefined();
        }
        // "exact OpenRouter slug not read": a remark on an id stays with it.
        if (record.id.includes('not read'))
          expect(row.ids.map((i) => i.note ?? '').join(' ')).toContain('not read');
      } else {
        expect(named, 'ids the content calls unknown').toEqual([]);
        expect(record.id).toContain('not read');
      }
    });

    it('has the version and deployment types', () => {
      expect(row.version?.value).toBe(record.version);
      expect(row.deploymentTypes?.value).toEqual(record.deployment_types);
    });

    it('has the context as the file writes it, with its remark', () => {
      const text = record.context;
      if (isNone(text)) {
        expect('unknown' in row.context, 'context unknown').toBe(true);
        return;
      }
      if (!('value' in row.context)) throw new Error(`${where}: context unknown in content`);
      const remark = /^(.*?)\s*\((models\.dev)(?:, )?([^)]*)\)$/.exec(text ?? '');
      expect(row.context.value).toBe(remark ? remark[1] : text);
      expect(row.context.confidence).toBe(confidenceOf(record, 'context'));
      if (remark) {
        expect(row.context.source).toBe('modelsdev');
        expect(row.context.note ?? '').toContain(remark[3] ?? '');
      } else expect(fileKey(row.context.source)).toBe(record.source);
    });

    it('has every price, from the price source, and no other', () => {
      const price = record.price;
      if (price === undefined || typeof price === 'string') {
        expect('unknown' in row.prices, 'prices unknown').toBe(true);
        return;
      }
      if ('unknown' in row.prices) throw new Error(`${where}: prices unknown in content`);
      const prices = row.prices;
      const rates = prices.flatMap((p) =>
        p.rates.map((r) => ({ ...r, tier: p.tier, region: p.region, above: p.aboveInputTokens })),
      );
      const expected: typeof rates = [];
      for (const [key, value] of Object.entries(price)) {
        if (typeof value === 'number') {
          const mapped = PRICE_KEYS[key];
          if (!mapped) throw new Error(`No check for the price key "${key}": add one`);
          const [tier, kind, region, above] = mapped;
          expected.push({ tier, kind, usdPer1M: value, region, above } as never);
        } else if (key === 'note') {
          // "models.dev lists input 0.00 / output 0.00": the rates, and the remark as it is.
          const listed = /input (\d+\.\d+) \/ output (\d+\.\d+)/.exec(String(value));
          if (listed)
            expected.push(
              { tier: 'standard', kind: 'input', usdPer1M: Number(listed[1]) } as never,
              { tier: 'standard', kind: 'output', usdPer1M: Number(listed[2]) } as never,
            );
          const numbers = String(value).match(/\d[\d.]*\d/g) ?? [];
          const notes = prices.map((p) => p.note ?? '').join(' ');
          for (const n of numbers) expect(notes, `the price note's ${n}`).toContain(n);
        } else if (key === 'web_search') {
          expect(prices.map((p) => p.note ?? '').join(' ')).toContain(String(value));
        } else if (key === 'regional') {
          expect(row.notes?.map((n) => n.value).join(' ')).toContain('No regional');
        } else if (key === 'unit') {
          // A unit with a remark ("regional/DZ rate, not Global") keeps a note beside the price.
          if (/\(/.test(String(value))) expect(prices.some((p) => p.note)).toBe(true);
        } else throw new Error(`No check for the price key "${key}": add one`);
      }
      const key = (r: (typeof rates)[number]) =>
        [r.tier, r.kind, r.region ?? '', r.above ?? '', r.usdPer1M].join('|');
      expect(rates.map(key).sort()).toEqual(expected.map(key).sort());
      const citable = (record.price_source ?? [record.source ?? '']).filter(isCitable);
      for (const p of prices) {
        expect(fileKey(p.source), `${p.tier}: source`).toBe(citable[0]);
        expect((p.corroboratedBy ?? []).map(fileKey)).toEqual(
          expect.arrayContaining(citable.slice(1)),
        );
        expect(p.confidence, `${p.tier}: confidence`).toBe(confidenceOf(record, 'prices'));
      }
    });

    it("has the provider's own retirement date, status and replacement, as of its edition", () => {
      const text = record.retirement_date;
      const { retirement } = lifecycle;
      const eol = /^EOL no sooner than (\S+);.*launched (\S+)\)/.exec(text);
      if (eol) {
        expect(lifecycle.notBefore?.value).toBe(eol[1]);
        expect(lifecycle.launched?.value).toBe(eol[2]);
        expect('unknown' in retirement, 'retirement').toBe(true);
      } else if (isNone(text)) {
        if (!('unknown' in retirement)) throw new Error(`${where}: a retirement date in content`);
        // "still listed GA on 2026-10-03", "not in the 2026-09-02 schedule edition": kept.
        for (const day of text.match(new RegExp(DAY, 'g')) ?? [])
          expect(retirement.note ?? '').toContain(day);
      } else {
        if (!('value' in retirement)) throw new Error(`${where}: retirement unknown in content`);
        expect(retirement.value).toBe(DAY.exec(text)?.[0]);
        expect(fileKey(retirement.source)).toBe(record.source);
        expect(retirement.confidence).toBe(record.confidence);
        const dated = content.sources.get(retirement.source)?.date;
        expect(retirement.asOf).toBe(dated?.length === 10 ? dated : record.checked);
        if (/\(/.test(text)) expect(retirement.note, 'the remark').toBeDefined();
      }
      const status = record.lifecycle?.split(/[\s(;]/)[0];
      expect(lifecycle.status?.value).toBe(status);
      // "— (none named)": the schedule names none; "not found", "n/a": nothing is known.
      if (record.replacement?.startsWith('—')) expect(lifecycle.replacement?.value).toBeNull();
      else expect(lifecycle.replacement).toBeUndefined();
      const since = /new deployments refused since (\S+?)\)/.exec(record.lifecycle ?? '');
      expect(lifecycle.noNewDeploymentsSince?.value).toBe(since?.[1]);
    });

    it('keeps each earlier edition as dated history with its own source', () => {
      for (const line of record.history ?? []) {
        const cells = tableRow(line);
        const keys = (line.split(/[:(]/)[0] ?? '').match(/[A-Z][A-Z0-9_]+/g) ?? [];
        if (/^Related:/.test(line)) {
          const pr = /PR #(\d+)/.exec(line)?.[1];
          expect(row.notes?.map((n) => n.source)).toContain(`msdocs-pr-${pr}`);
          continue;
        }
        if (!cells) continue; // "AZ_SCHED_0819/0902: 2027-04-14": the current edition
        const [, , status, date, replacement] = cells;
        for (const key of keys.filter(isCitable)) {
          const earlier = (field: 'status' | 'retirement' | 'replacement') => {
            const fact = lifecycle[field];
            return fact && 'history' in fact
              ? fact.history?.find((h) => fileKey(h.source) === key)
              : undefined;
          };
          const asOf = content.sources.get(sourceKey(key))?.date;
          expect(earlier('retirement')?.value, `${key}: date`).toBe(date);
          expect(earlier('retirement')?.asOf, `${key}: as of`).toBe(asOf);
          // A status or replacement equal to the current one is not repeated as history.
          const current = lifecycle.status?.value;
          if (status !== current) expect(earlier('status')?.value, `${key}: status`).toBe(status);
          const named = replacement === '—' ? null : replacement;
          if (named !== lifecycle.replacement?.value)
            expect(earlier('replacement')?.value, `${key}: replacement`).toBe(named);
        }
      }
    });

    it('has the fine-tuned deadlines', () => {
      const cells = tableRow(record.fine_tuned ?? '');
      const tuned = lifecycle.fineTuned?.value;
      if (!cells) return expect(tuned).toBeUndefined();
      expect(tuned?.trainingRetiresNoEarlierThan).toBe(DAY.exec(cells[2] ?? '')?.[0]);
      expect(tuned?.deploymentsRetire).toBe(cells[3]);
    });

    it('names every corroborating source: citable ones cited, the rest uncited', () => {
      const cited = new Set(sourceRefs(row).map((r) => fileKey(r.id)));
      for (const line of record.corroboration ?? []) {
        const key = /^([A-Z][A-Z0-9_]+)\b/.exec(line)?.[1];
        if (!key || !file.sources[key]) continue; // "a public copy: …" names no source
        if (isCitable(key)) expect([...cited], line).toContain(key);
        else expect(row.uncitedEvidence, line).toContain(sourceKey(key));
      }
      for (const key of record.price_source ?? [])
        if (!isCitable(key)) expect(row.uncitedEvidence, key).toContain(sourceKey(key));
      // Nothing is cited that the file does not have.
      expect([...cited].filter((key) => key === undefined)).toEqual([]);
    });

    // Only a record that gives OpenAI's date has one to agree with (a test per record that
    // does, rather than one skipped for each that does not).
    if ('openai_shutdown' in record)
      it("agrees with OpenAI's date as the content has it", () => {
        expect(openaiShutdown(record.model) ?? null).toBe(record.openai_shutdown);
      });
  });

  /** The content key of a file source key: `AZ_EU_0920` → `az-eu-0920`. */
  function sourceKey(key: string | null): string {
    return (key ?? '').toLowerCase().replaceAll('_', '-');
  }

  /** OpenAI's current shutdown day of a model in content, as of the check. */
  function openaiShutdown(model: string): string | undefined {
    const entry = content.models.get(model);
    if (!entry) return undefined;
    return lifecycleState(entry.data.lifecycle, { day: file.checked, checked: file.checked })
      .shutdown?.date;
  }

  it.each(file.date_disagreements.filter((d) => d.azure !== 'n/a'))(
    'Azure and OpenAI differ for $model as the file says',
    (disagreement) => {
      const model = disagreement.model.split(' ')[0] ?? '';
      const azure = availability.get(model)?.providers.find((r) => r.provider === 'azure') as
        Offered | undefined;
      const retirement = azure?.lifecycle.retirement;
      if (!retirement || !('value' in retirement)) throw new Error(`${model}: no Azure date`);
      expect(retirement.value).toBe(DAY.exec(disagreement.azure)?.[0]);
      // What the page says: the site's own comparison of the two dates.
      const versus = versusOpenAI(retirement.value, openaiShutdown(model));
      if (disagreement.delta_days === null) expect(versus).toEqual({ kind: 'provider-only' });
      else
        expect(versus).toEqual({
          kind: 'later',
          days: disagreement.delta_days,
          openai: disagreement.openai,
        });
    },
  );
});

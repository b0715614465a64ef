/**
 * The source watch's report: the exit code each outcome gives, and a Markdown body a maintainer
 * can act on (the file and field to edit, what the catalog says, what the source shows, where).
 */
import { describe, expect, it } from 'vitest';
import type { Check, CitedValue } from '../../src/watch/cited-values.ts';
import type { CatalogId } from '../../src/watch/models-list.ts';
import type { PageResult } from '../../src/watch/page-values.ts';
import { buildReport, type ApiOutcome, type PageOutcome } from '../../src/watch/report.ts';
import { reportMarkdown } from '../../src/watch/report-output.ts';

const PRICE: Check = { kind: 'price', value: 0.25 };
const URL_A = 'https://docs.example.test/a';
const API_URL = 'http://127.0.0.1:9/v1/models';

const value = (check: Check, field: string, id = 'test-mini'): CitedValue & { check: Check } => ({
  entry: { collection: 'models', id, file: `content/models/${id}.yaml` },
  field,
  source: 'docs',
  check,
});

const page = (result: PageResult, url = URL_A): PageOutcome => ({
  url,
  sources: [{ id: 'docs', title: 'Test | mini model page' }],
  result,
});

const found = page({
  ok: true,
  lookups: [
    {
      value: value({ kind: 'price', value: 0.25 }, 'pricing.input.value'),
      lookup: { found: true },
    },
  ],
});
const changed = page({
  ok: true,
  lookups: [
    {
      value: value({ kind: 'price', value: 0.25 }, 'pricing.input.value'),
      lookup: { found: false, seen: ['$0.30', '$2.00'] },
    },
    {
      value: value({ kind: 'count', value: 400000 }, 'contextWindow.value'),
      lookup: { found: true },
    },
  ],
});
const failed = page({ ok: false, reason: 'HTTP 404', values: 4 }, 'https://docs.example.test/gone');

const catalogId: CatalogId = {
  id: 'test-mini',
  entry: { collection: 'models', id: 'test-mini', file: 'content/models/test-mini.yaml' },
  field: '',
  shutdown: { date: '2026-12-11', field: 'lifecycle.0.date', source: 'deprecations' },
};
const apiChecked = (drift: 'none' | 'moved'): ApiOutcome => ({
  status: 'checked',
  url: API_URL,
  listed: 3,
  comparison: {
    drift:
      drift === 'moved'
        ? [{ kind: 'date-moved', catalog: catalogId, was: '2026-12-11', now: '2027-01-14' }]
        : [],
    unreadable: [],
    agreed: 2,
  },
});
const skipped: ApiOutcome = { status: 'skipped', reason: 'OPENAI_API_KEY is not set' };
const apiFailed: ApiOutcome = {
  status: 'failed',
  url: API_URL,
  reason: 'the API answered with malformed JSON',
};

const report = (api: ApiOutcome, pages: PageOutcome[]) =>
  buildReport({
    generatedAt: '2026-12-01T06:00:00Z',
    today: '2026-12-01',
    api,
    pages,
    skipped: [
      { entry: value(PRICE, 'x').entry, field: 'summary.value', source: 'docs', skipped: 'prose' },
    ],
    thirdParty: 5,
    groupOrder: ['models/test-mini'],
  });

describe('the exit code', () => {
  it.each<[number, string, ApiOutcome, PageOutcome[], RegExp]>([
    [0, 'every value agrees', apiChecked('none'), [found], /^No drift/],
    [0, 'no key, and the pages agree', skipped, [found, failed], /^No drift/],
    [1, 'a page value changed', skipped, [changed], /^Drift: 1 /],
    [1, 'a shutdown date moved', apiChecked('moved'), [found], /^Drift: 1 /],
    [1, 'drift, even where the API failed', apiFailed, [changed], /^Drift/],
    [2, 'the API failed', apiFailed, [found], /OpenAI's API failed/],
    [2, 'every page failed', apiChecked('none'), [failed], /every first-party page failed/],
    [2, 'no key and no page checked', skipped, [], /nothing could be checked/],
  ])('exit %i when %s', (code, _, api, pages, verdict) => {
    const result = report(api, pages);
    expect(result.exitCode).toBe(code);
    expect(result.verdict).toMatch(verdict);
  });
});

describe('the Markdown report', () => {
  const markdown = reportMarkdown(report(apiChecked('moved'), [changed, failed]));

  it('opens with the verdict and the counts', () => {
    expect(markdown.split('\n')[0]).toBe(
      '**Drift: 2 value(s) no longer match their source.** 2 drifted · 3 agree · ' +
        '4 unchecked · 1 not checkable · OpenAI API: checked (3 ids listed) · ' +
        '2 first-party page(s).',
    );
  });

  it('groups findings by model, each with file and field, both values and the source', () => {
    expect(markdown).toContain('### `test-mini`');
    expect(markdown).toContain(
      '| `content/models/test-mini.yaml`: `pricing.input.value` | \\$0.25 | ' +
        'Not found on the page. Prices on the page: \\$0.30, \\$2.00. | ' +
        `[Test \\| mini model page](<${URL_A}>) |`,
    );
    expect(markdown).toContain(
      '| `content/models/test-mini.yaml`: `lifecycle.0.date` | ' +
        '`test-mini` shuts down Dec 11, 2026 ' +
        '(2026-12-11) | `shutdown_date` Jan 14, 2027 (2027-01-14) | ' +
        `[OpenAI API, GET /v1/models](<${API_URL}>) |`,
    );
  });

  it('lists what it could not check, with the reason, and never as a finding', () => {
    expect(markdown).toContain(
      '- Test \\| mini model page (`docs`), <https://docs.example.test/gone>: HTTP 404 (4 value(s) not checked)',
    );
    const tableRows = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(tableRows.filter((row) => row.includes('/gone'))).toEqual([]);
  });

  it('counts what it does not look for', () => {
    expect(markdown).toContain('- text that is not a quotation, a date, an id or a number: 1');
    expect(markdown).toContain('- values cited to third-party sources (the watch fetches none): 5');
  });

  it('lists a shutdown date it could not read as not checked, naming the id and the value', () => {
    const api: ApiOutcome = {
      status: 'checked',
      url: API_URL,
      listed: 3,
      comparison: { drift: [], unreadable: [{ catalog: catalogId, raw: '1796947200' }], agreed: 2 },
    };
    const result = report(api, [found]);
    expect(result.exitCode).toBe(0);
    expect(reportMarkdown(result)).toContain(
      '- `shutdown_date` of `test-mini` (content/models/test-mini.yaml), ' +
        `<${API_URL}>: could not read 1796947200: expected YYYY-MM-DD or null ` +
        '(1 value(s) not checked)',
    );
  });

  it.each([
    ['models', '`content/models/x.yaml`: `lifecycle` (add a shutdown reading)'],
    [
      'replacements',
      '`content/replacements/x.yaml` (record the shutdown: replacement models have no lifecycle ' +
        'field yet)',
    ],
  ])('says where a new shutdown date goes for %s', (collection, edit) => {
    const id: CatalogId = {
      id: 'x',
      entry: { collection, id: 'x', file: `content/${collection}/x.yaml` },
      field: '',
    };
    const api: ApiOutcome = {
      status: 'checked',
      url: API_URL,
      listed: 1,
      comparison: {
        drift: [{ kind: 'date-appeared', catalog: id, now: '2027-06-01' }],
        unreadable: [],
        agreed: 0,
      },
    };
    expect(reportMarkdown(report(api, [found]))).toContain(
      `| ${edit} | \`x\`: no shutdown | \`shutdown_date\` Jun 1, 2027 (2027-06-01) |`,
    );
  });

  it('says plainly when the API part was skipped', () => {
    expect(reportMarkdown(report(skipped, [found]))).toContain(
      '- OpenAI API, GET /v1/models: skipped: OPENAI\\_API\\_KEY is not set',
    );
  });
});

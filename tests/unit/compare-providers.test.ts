/**
 * The comparison's "Where to run it" rows, from builders: a row per provider that offers a
 * selected model itself (never a third-party listing), each model's status there worded as every
 * other view words it, "Not offered" and "Not stated in sources" where a row says so, and "—"
 * where no row of the provider covers the model.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/compare/cells.ts';
import { compareFile, mergeFiles } from '../../src/lib/compare/files.ts';
import { toCompareModel } from '../../src/lib/compare/model.ts';
import { providerStatuses } from '../../src/lib/compare/provider-status.ts';
import { compareRows, PROVIDERS_GROUP } from '../../src/lib/compare/rows.ts';
import type { CompareModel } from '../../src/lib/compare/types.ts';
import { comparisonView } from '../../src/lib/compare/view.ts';
import { standingSentence } from '../../src/lib/providers/wording.ts';
import { compareTable } from '../../src/lib/render/compare-table.ts';
import { baseModel, SOURCES } from '../support/builders.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

const OPENAI_DAY = '2026-12-11';
const DAY = '2026-12-06';

/** A version with its status at each provider of `rows` (content rows, parsed). */
function version(id: string, rows: readonly unknown[]): CompareModel {
  const model = toCompareModel(id, baseModel({ name: id }), null, 'version', 'test-line');
  const providers = providerStatuses(providerViews(rows, OPENAI_DAY, DAY));
  return Object.keys(providers).length > 0 ? { ...model, providers } : model;
}

/** The cloud looked for at its list and not found there, with no list named. */
const CLOUD_NOT_FOUND = {
  provider: 'cloud',
  offer: 'not-found',
  note: 'Not in the list searched.',
  checked: '2026-11-25',
};
/** The assistant offering it, with no retirement date stated. */
const ASSISTANT_OFFERED = {
  ...ROUTER_ROW,
  provider: 'assistant',
  ids: [{ id: 'Model A', source: 'blog' }],
  source: 'blog',
};

// A: the cloud (dated, third-party), the router, a listing of the cloud, the assistant declines.
const a = version('a', [CLOUD_ROW, ROUTER_ROW, LISTING_ROW, NOT_OFFERED_ROW]);
// B: not found at the cloud, offered by the assistant, no row for the router at all.
const b = version('b', [CLOUD_NOT_FOUND, ASSISTANT_OFFERED]);
const group = (rows: Row[]) => rows.filter((r) => r.group === PROVIDERS_GROUP);
const shown = (row: Row | undefined) => row?.cells.map((c) => c?.display ?? '—');

describe('the "Where to run it" rows', () => {
  const rows = group(compareRows([a, b], {}));

  it('has a row for each provider offering either model, never for a listing', () => {
    expect(rows.map((r) => r.label)).toEqual(['Cloud One', 'Router Two', 'Assistant Four']);
  });

  it("words the provider's date against OpenAI's as wording.ts does", () => {
    const [cloud] = providerViews([CLOUD_ROW], OPENAI_DAY, DAY);
    if (!cloud) throw new Error('no cloud row');
    expect(shown(rows[0])?.[0]).toBe("Retires Feb 9, 2027, 60 days after OpenAI's Dec 11, 2026.");
    expect(shown(rows[0])?.[0]).toBe(standingSentence(cloud.standing));
    expect(shown(rows[1])?.[0]).toBe(
      "Retirement date not stated in sources; OpenAI's shutdown: Dec 11, 2026.",
    );
  });

  it('says "Not offered" and "Not stated in sources" where the rows say so', () => {
    expect(shown(rows[0])?.[1]).toBe('Not stated in sources.');
    expect(shown(rows[2])).toEqual(['Not offered.', expect.stringMatching(/^Retirement date not/)]);
  });

  it('shows "—" where the model has no row for the provider', () => {
    expect(shown(rows[1])?.[1]).toBe('—');
  });

  it("cites the provider's date, its row's source, or nothing where the search names none", () => {
    expect(rows[0]?.cells.map((c) => c && [c.source, c.confidence])).toEqual([
      ['third', 'medium'],
      [undefined, 'low'],
    ]);
    expect(rows[2]?.cells.map((c) => c?.source)).toEqual(['docs', 'blog']);
  });

  it('leaves out a provider that offers neither model', () => {
    const none = toCompareModel('c', baseModel({ name: 'c' }), null, 'version', 'test-line');
    expect(group(compareRows([b, none], {})).map((r) => r.label)).toEqual(['Assistant Four']);
    expect(group(compareRows([none, none], {}))).toEqual([]);
  });
});

describe('in the published files and the table', () => {
  it("carries only each status's cell (words, source, confidence) and the provider's name", () => {
    expect(b.providers).toEqual({
      cloud: { name: 'Cloud One', display: 'Not stated in sources.', confidence: 'low' },
      assistant: {
        name: 'Assistant Four',
        display: "Retirement date not stated in sources; OpenAI's shutdown: Dec 11, 2026.",
        offered: true,
        source: 'blog',
        confidence: 'high',
      },
    });
  });

  it("lists a status's source in the file, and marks a cell only where it has one", () => {
    const files = [a, b].map((m) => compareFile(m, new Map(), SOURCES));
    expect(Object.keys(files[0]?.sources ?? {})).toContain('third');
    const view = comparisonView(mergeFiles(files), ['a', 'b']);
    const html = compareTable(['a', 'b'], group(view.rows), view.index).value;
    const cloud = html.slice(html.indexOf('Cloud One'), html.indexOf('Router Two'));
    expect(cloud).toMatch(/60 days after OpenAI&#39;s Dec 11, 2026\.<sup class="cite">/);
    expect(cloud).toMatch(/third-party<\/span><\/td><td>Not stated in sources\.<\/td>/);
  });
});

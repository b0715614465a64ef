/** Components rendered through Astro's Container API, checked as a reader's DOM would be. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import ClaimList from '../../src/components/ClaimList.astro';
import CopyButton from '../../src/components/CopyButton.astro';
import FactValue from '../../src/components/FactValue.astro';
import LineageTable from '../../src/components/LineageTable.astro';
import { buildCitationIndex } from '../../src/lib/citations.ts';
import { formatDate, formatUsd } from '../../src/lib/format.ts';
import { membersOf } from '../../src/lib/lineage.ts';
import { lineageRows } from '../../src/lib/lineage-table.ts';
import { loadContent, modelEntry } from '../support/content.ts';

const content = loadContent();
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Text content with tags removed and whitespace folded, as a reader would read it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('Cite', () => {
  const index = buildCitationIndex([{ source: '41-blog' }, { source: 'litellm' }], content.sources);

  it('links to the entry of its source in the numbered list', async () => {
    const html = await container.renderToString(Cite, { props: { source: 'litellm', index } });
    expect(html).toContain('href="#source-litellm"');
    expect(text(html)).toBe('[2]');
  });

  it('marks a medium-confidence fact as third-party', async () => {
    const html = await container.renderToString(Cite, {
      props: { source: 'litellm', confidence: 'medium', index },
    });
    expect(text(html)).toBe('[2] third-party');
  });

  it('refuses a source the page does not list', async () => {
    await expect(
      container.renderToString(Cite, { props: { source: '5dev-blog', index } }),
    ).rejects.toThrow('not in this page');
  });
});

describe('FactValue', () => {
  const model = modelEntry(content, 'gpt-4o-mini').data;
  const index = buildCitationIndex([model], content.sources);

  it('shows the value, its marker and every conflicting source', async () => {
    const html = await container.renderToString(FactValue, {
      props: { item: model.knowledgeCutoff, format: formatDate, conflictsAreDates: true, index },
    });
    expect(text(html)).toMatch(
      /^Oct 1, 2023 \[\d+\] models\.dev says Sep 2023 \[\d+\] third-party/,
    );
  });

  it.each([
    ['not-disclosed', 'Not disclosed'],
    ['not-in-sources', 'Not stated in sources'],
  ] as const)('shows %s as "%s", with no marker', async (reason, label) => {
    const html = await container.renderToString(FactValue, {
      props: { item: { unknown: reason }, index },
    });
    expect(text(html)).toBe(label);
  });
});

describe('ClaimList', () => {
  it('shows each claim with the sourced figure behind it', async () => {
    const model = modelEntry(content, 'gpt-4o-mini').data;
    const index = buildCitationIndex([model], content.sources);
    const html = await container.renderToString(ClaimList, {
      props: { claims: model.strengths, model, benchmarks: content.benchmarks, index },
    });
    const input = model.pricing.input;
    if (!('value' in input)) throw new Error('needs a known price');
    expect(text(html)).toContain(
      `Low price per input token. Input price: ${formatUsd(input.value)} per 1M tokens [`,
    );
  });
});

describe('CopyButton', () => {
  it('renders a labelled button and a live status region', async () => {
    const html = await container.renderToString(CopyButton, {
      props: { text: 'gpt-5-mini', label: 'model ID' },
    });
    expect(html).toContain('data-text="gpt-5-mini"');
    expect(html).toContain('aria-label="Copy model ID gpt-5-mini"');
    expect(html).toContain('role="status"');
  });
});

describe('LineageTable', () => {
  it('lists every version newest first, linked, with the newest marked latest', async () => {
    const line = content.lines.get('gpt-mini');
    if (!line) throw new Error('missing');
    const rows = lineageRows(membersOf(line, [...content.models.values()]), line.verified);
    const index = buildCitationIndex(rows, content.sources);
    const html = await container.renderToString(LineageTable, {
      props: { lineName: line.name, rows, index },
    });
    const links = [...html.matchAll(/<a href="\/models\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(links).toEqual([...line.members].reverse());
    expect(html.match(/class="pill pill-good latest"/g)).toHaveLength(1);
    expect(text(html)).toContain(`${rows[0]?.name} Latest`);
  });
});

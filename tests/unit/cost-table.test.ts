/**
 * The calculator's results renderer: what a reader sees in each kind of row. Builders, not
 * content, so each case states the prices it depends on.
 */
import { markerIndex } from '../../src/lib/sources/citations.ts';
import { describe, expect, it } from 'vitest';
import { rankCosts, type CostModel, type Workload } from '../../src/lib/calculator/cost.ts';
import { toCostModel } from '../../src/lib/calculator/cost-model.ts';
import { renderResults, resultsSummary, type ResultsView } from '../../src/lib/calculator/table.ts';
import { cite as marker } from '../../src/lib/render/cite.ts';
import { escapeHtml } from '../../src/lib/render/html.ts';
import { baseModel, baseReplacement } from '../support/builders.ts';

/** Text as a reader reads it: tags dropped, entities decoded, whitespace folded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

// A version priced $1 / $0.50 / $4 per 1M (docs), with a third-party Batch tier of its own rates.
const version = toCostModel(
  'test-mini',
  'version',
  null,
  null,
  baseModel({
    pricing: {
      input: { value: 1, source: 'docs' },
      cachedInput: { value: 0.5, source: 'docs' },
      output: { value: 4, source: 'docs' },
      tiers: [
        {
          tier: 'batch',
          rates: [
            { kind: 'input', usdPer1M: 0.5 },
            { kind: 'output', usdPer1M: 2 },
          ],
          source: 'third',
          confidence: 'medium',
        },
      ],
      notes: [],
    },
  }),
);
// A replacement priced $2 / $0.20 / $8 (docs), Batch at half (blog), surcharged above 1,000 input.
const replacement = toCostModel(
  'test-terra',
  'replacement',
  'Named to replace Test mini, as of Nov 25, 2026',
  null,
  baseReplacement({
    name: 'Test <Terra>',
    pricing: {
      input: { value: 2, source: 'docs' },
      cachedInput: { value: 0.2, source: 'docs' },
      output: { value: 8, source: 'docs' },
      tiers: [{ tier: 'batch', factor: 0.5, source: 'blog' }],
      longContext: {
        value: { aboveInputTokens: 1000, inputFactor: 2, cachedInputFactor: 2, outputFactor: 1.5 },
        source: 'blog',
      },
      notes: [],
    },
  }),
);
// A fresh marker index for each view: its markers take their Tab stops from it.
const cite = () =>
  markerIndex({
    docs: [1, 'Model page', 'OpenAI'],
    blog: [2, 'Launch post', 'OpenAI'],
    third: [3, 'A reading', 'Someone'],
  });
const models: CostModel[] = [version, replacement];

function view(w: Partial<Workload>, selected = 'test-mini'): ResultsView {
  const workload: Workload = {
    inputTokens: 1000,
    cachedPercent: 0,
    outputTokens: 100,
    reasoningTokens: 0,
    requestsPerDay: 10,
    tier: 'standard',
    ...w,
  };
  return {
    rows: rankCosts(models, workload, selected),
    workload,
    asOf: '2026-11-25',
    cite: cite(),
  };
}

/** The text of the table row whose header starts with `name`. */
const row = (html: string, name: string) =>
  [...html.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/g)]
    .map((m) => text(m[1] ?? ''))
    .find((r) => r.startsWith(`${name} `)) ?? '';

describe('renderResults', () => {
  it('writes out the request above the table, with the prices’ as-of date', () => {
    const html = renderResults(view({ cachedPercent: 50, reasoningTokens: 200 })).value;
    expect(text(html)).toContain(
      'Cost of 1,000 input tokens (50% from the prompt cache), 100 output tokens and 200 ' +
        'reasoning tokens per request, 10 requests a day, at the standard rates. Cheapest first; ' +
        'prices as of Nov 25, 2026.',
    );
  });

  it('prices each row per request, per day and per 30-day month, with its ratio', () => {
    // Test mini: 1,000 × $1 + 100 × $4 = 1,400 → $0.0014; × 10 = $0.014; × 30 = $0.42.
    // Test Terra: 1,000 × $2 + 100 × $8 = 2,800 → $0.0028, 2× Test mini.
    const html = renderResults(view({})).value;
    expect(row(html, 'Test mini')).toMatch(
      /^Test mini \(selected\) \$0\.0014 \$0\.014 \$0\.42 selected/,
    );
    expect(row(html, 'Test <Terra>')).toMatch(/\$0\.0028 \$0\.028 \$0\.84 2× /);
  });

  it('escapes names', () => {
    const html = renderResults(view({})).value;
    expect(html).toContain('Test &lt;Terra&gt;');
    expect(html).not.toContain('<Terra>');
  });

  it('escapes a name with < and &, and the text beside it, wherever it appears', () => {
    const odd = toCostModel(
      'odd-luna',
      'replacement',
      'Named to replace <b>Test</b> & more',
      null,
      baseReplacement({
        name: 'Odd <luna> & Co',
        pricing: {
          input: { value: 2, source: 'docs' },
          cachedInput: { value: 0.2, source: 'docs' },
          output: { value: 8, source: 'docs' },
          tiers: [],
          notes: [],
        },
      }),
    );
    const workload: Workload = {
      inputTokens: 1000,
      cachedPercent: 0,
      outputTokens: 100,
      reasoningTokens: 0,
      requestsPerDay: 10,
      tier: 'standard',
    };
    const rows = rankCosts([odd, version], workload, 'odd-luna');
    const html = renderResults({ rows, workload, asOf: '2026-11-25', cite: cite() }).value;
    expect(html).toContain('<th scope="row">Odd &lt;luna&gt; &amp; Co');
    expect(html).toContain('Named to replace &lt;b&gt;Test&lt;/b&gt; &amp; more');
    expect(html).toContain('Ratio to Odd &lt;luna&gt; &amp; Co');
    expect(html).not.toMatch(/<luna>|<b>| & /);
    expect(row(html, 'Odd <luna> & Co')).toMatch(
      /^Odd <luna> & Co \(selected\) Named to replace <b>Test<\/b> & more \$0\.0028 /,
    );
  });

  it('marks a factor tier as derived, citing the rule, and a listed third-party tier so', () => {
    const html = renderResults(view({ tier: 'batch' })).value;
    expect(row(html, 'Test <Terra>')).toContain(
      '$1.00 input, $4.00 output per 1M tokens (derived) [1] Derived: Batch API is 50% of the ' +
        'standard rates [2]',
    );
    expect(row(html, 'Test mini')).toContain(
      '$0.50 input, $2.00 output per 1M tokens [3] third-party',
    );
    expect(html).toContain(
      '<a href="#source-blog" aria-label="source 2: Launch post, OpenAI">[2]</a>',
    );
  });

  it('says when the long-context surcharge applied, and how it meets a tier', () => {
    // 1,001 input × $2 × 0.5 × 2 + 100 × $8 × 0.5 × 1.5 = 2,002 + 600 = 2,602 → $0.0026 (3 digits)
    const html = renderResults(view({ inputTokens: 1001, tier: 'batch' })).value;
    const terra = row(html, 'Test <Terra>');
    expect(terra).toContain('$0.0026');
    expect(terra).toContain(
      'Derived: long-context surcharge, as the input is above 1,000 tokens: 2× input, 2× cached ' +
        'input, 1.5× output for the whole request [2] The sources do not say how it combines ' +
        'with Batch API; this site multiplies the two.',
    );
  });

  it('shows an upper bound as "at most", with the reason', () => {
    // Test mini's Batch tier lists no cached rate: 1,000 × $0.50 (cached at the input rate)
    // + 100 × $2 = 700 → at most $0.0007.
    const html = renderResults(view({ cachedPercent: 40, tier: 'batch' }, 'test-terra')).value;
    const mini = row(html, 'Test mini');
    expect(mini).toContain('at most $0.0007 at most $0.007 at most $0.21');
    expect(mini).toContain(
      'At most: no source states this cached input price, so cached tokens are priced at the ' +
        'input rate.',
    );
  });

  it('puts a model without the tier last, as "not available", never $0', () => {
    const noBatch = toCostModel('plain', 'version', null, null, baseModel({ name: 'Plain mini' }));
    const workload: Workload = {
      inputTokens: 1000,
      cachedPercent: 0,
      outputTokens: 100,
      reasoningTokens: 0,
      requestsPerDay: 10,
      tier: 'batch',
    };
    const rows = rankCosts([noBatch, ...models], workload, 'plain');
    const html = renderResults({ rows, workload, asOf: '2026-11-25', cite: cite() }).value;
    const plain = row(html, 'Plain mini');
    expect(plain).toBe(
      'Plain mini (selected) Not available: the sources give no Batch API price for this model.',
    );
    const order = [...html.matchAll(/<th scope="row">([^<]*)/g)].map((m) => m[1]?.trim());
    expect(order).toEqual(['Test mini', 'Test &lt;Terra&gt;', 'Plain mini']);
    expect(html).not.toMatch(/\$0\.00\b|NaN|Infinity/);
    expect(resultsSummary({ rows, workload, asOf: '2026-11-25', cite: cite() })).toBe(
      'Cheapest for this request: Test mini, $0.0007 a request. No ratios: Plain mini has no ' +
        'price for it.',
    );
  });

  it('says a request is too long for a model, and by how much', () => {
    // The base model's max output is 10,000 tokens.
    const html = renderResults(view({ outputTokens: 10001 }, 'test-terra')).value;
    expect(row(html, 'Test mini')).toBe(
      'Test mini Too long for this model: 10,001 output and reasoning tokens, more than its max ' +
        'output of 10,000.',
    );
  });

  it('says which models bill reasoning tokens', () => {
    const html = renderResults(view({ reasoningTokens: 100 })).value;
    expect(row(html, 'Test mini')).toContain(
      'Whether it reasons is not stated in sources, so no reasoning tokens are counted.',
    );
    expect(row(html, 'Test <Terra>')).toContain('Reasoning tokens are billed as output.');
  });
});

describe('the shared marker and escaping the table is drawn with', () => {
  it('draws the shared marker, named by its source, with the third-party mark', () => {
    expect(marker(cite(), 'third', 'medium').value).toBe(
      '<sup class="cite"><a href="#source-third" aria-label="source 3: A reading, Someone">' +
        '[3]</a></sup> <span class="pill pill-third-party">third-party</span>',
    );
  });

  it('marks a value one third party alone gives as unconfirmed, never as a plain fact', () => {
    expect(marker(cite(), 'third', 'low').value).toContain(
      '<span class="pill pill-unconfirmed">unconfirmed</span>',
    );
    expect(marker(cite(), 'docs', 'high').value).not.toContain('pill');
  });

  it('refuses a source the page does not list', () => {
    expect(() => marker(cite(), 'elsewhere', 'high')).toThrow('not in this page');
  });

  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

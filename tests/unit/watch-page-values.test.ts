/**
 * The source watch's page reading: the text a reader sees, and whether each kind of cited value
 * is still in it, in the spellings pages use. A value that is not found must be reported with what
 * the page shows instead; a page that did not load must never count as changed.
 */
import { describe, expect, it } from 'vitest';
import type { Check, CitedValue } from '../../src/watch/cited-values.ts';
import { htmlToText, pageText } from '../../src/watch/page-text.ts';
import { checkPage, indexPage, lookUp } from '../../src/watch/page-values.ts';

describe('the visible text of a page', () => {
  it.each([
    [
      'drops scripts, styles, templates and the head',
      '<head><title>T</title></head><body><script>var price = "$9.99";</script>' +
        '<style>.a{}</style><template>$8</template><p>Input $0.25</p></body>',
      'Input $0.25',
    ],
    [
      'keeps inline markup inside one word',
      '<p>$<span>0.25</span> and <b>400</b>,000</p>',
      '$0.25 and 400,000',
    ],
    [
      'separates cells and blocks',
      '<table><tr><td>Input</td><td>$0.25</td></tr></table><div>Output</div><div>$2.00</div>',
      'Input $0.25 Output $2.00',
    ],
    [
      'decodes entities and normalises spaces and hyphens',
      '<p>GPT&#8209;5&nbsp;mini &amp; 400&#8239;K &ldquo;quoted&rdquo;</p>',
      'GPT-5 mini & 400 K "quoted"',
    ],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['text/html; charset=utf-8', '<p>x</p>', { ok: true, text: 'x' }],
    ['text/plain', 'a\n  b', { ok: true, text: 'a b' }],
    [
      'application/pdf',
      '%PDF',
      { ok: false, reason: 'not a page the watch can read (application/pdf)' },
    ],
  ])('reads %s', (type, body, expected) => {
    expect(pageText(type, body)).toEqual(expected);
  });
});

const PAGE = indexPage(
  htmlToText(`
  <h1>GPT-5 mini</h1>
  <p>Released August 7, 2025. Knowledge cutoff May 31, 2024. Shutdown: 2026-12-11.</p>
  <p>Snapshots: gpt-5-mini-2025-08-07. Use <code>gpt-5-mini</code>.</p>
  <table>
    <tr><th>Input</th><td>$0.250</td></tr>
    <tr><th>Cached input</th><td>$0.025</td></tr>
    <tr><th>Output</th><td>$2.00</td></tr>
  </table>
  <p>400,000 context window · 128K max output tokens · 272000 input · 2 tiers</p>
  <p>Training data up to Oct 2023; announced 11 June 2026; reviewed Dec. 1st, 2026.</p>
  <blockquote>Today, we’re announcing GPT‑5 mini, our most cost‑efficient model.</blockquote>`),
);

describe('finding a value on a page', () => {
  it.each<[string, Check, boolean]>([
    ['a price with a trailing zero', { kind: 'price', value: 0.25 }, true],
    ['a price of whole dollars written with cents', { kind: 'price', value: 2 }, true],
    ['a small price', { kind: 'price', value: 0.025 }, true],
    ['a price the page does not show', { kind: 'price', value: 0.3 }, false],
    ['a token count with commas', { kind: 'count', value: 400000 }, true],
    ['a token count written with K', { kind: 'count', value: 128000 }, true],
    ['a token count without separators', { kind: 'count', value: 272000 }, true],
    ['a token count the page does not show', { kind: 'count', value: 1047576 }, false],
    ['an ISO day', { kind: 'date', value: '2026-12-11' }, true],
    ['a day written "August 7, 2025"', { kind: 'date', value: '2025-08-07' }, true],
    ['a day written "11 June 2026"', { kind: 'date', value: '2026-06-11' }, true],
    ['a day written "Dec. 1st, 2026"', { kind: 'date', value: '2026-12-01' }, true],
    ['a month written "Oct 2023"', { kind: 'date', value: '2023-10' }, true],
    ['a month given by one of its days', { kind: 'date', value: '2024-05' }, true],
    ['a day the page does not show', { kind: 'date', value: '2027-01-14' }, false],
    ['a snapshot id', { kind: 'id', value: 'gpt-5-mini-2025-08-07' }, true],
    ['an alias before a full stop', { kind: 'id', value: 'gpt-5-mini' }, true],
    ['an id only inside a longer id', { kind: 'id', value: 'gpt-5-mini-2025' }, false],
    [
      'a quotation with typographic quotes and hyphens',
      {
        kind: 'quote',
        value: "Today, we're announcing GPT-5 mini, our most cost-efficient model.",
      },
      true,
    ],
    [
      'a quotation that changed',
      { kind: 'quote', value: 'Today, we are announcing GPT-5 mini.' },
      false,
    ],
  ])('%s', (_, check, found) => {
    expect(lookUp(check, PAGE).found).toBe(found);
  });

  it('does not take a bare whole number for a price', () => {
    const page = indexPage('Up to 2 images, 3 tiers.');
    expect(lookUp({ kind: 'price', value: 2 }, page).found).toBe(false);
  });

  it.each<[Check, string[]]>([
    [{ kind: 'price', value: 0.3 }, ['$0.250', '$0.025', '$2.00']],
    [{ kind: 'count', value: 1047576 }, ['400,000', '128K', '272000']],
    [
      { kind: 'date', value: '2027-01-14' },
      ['2025-08-07', '2024-05-31', '2026-12-11', '2026-06-11', '2026-12-01'],
    ],
    [{ kind: 'id', value: 'gpt-5-mini-2026-01-01' }, ['gpt-5-mini-2025-08-07', 'gpt-5-mini']],
  ])('says what the page shows instead of a missing %j', (check, seen) => {
    expect(lookUp(check, PAGE)).toEqual({ found: false, seen });
  });
});

const cited = (check: Check, field = 'pricing.input.value'): CitedValue & { check: Check } => ({
  entry: { collection: 'models', id: 'a', file: 'content/models/a.yaml' },
  field,
  source: 'docs',
  check,
});

describe('checking a page', () => {
  const values = [
    cited({ kind: 'price', value: 0.25 }),
    cited({ kind: 'count', value: 400000 }, 'contextWindow.value'),
    cited({ kind: 'id', value: 'gpt-5-mini' }, 'snapshots.0.id'),
  ];

  it.each([
    [
      'a network failure',
      { ok: false as const, reason: 'timed out after 500 ms' },
      'timed out after 500 ms',
    ],
    [
      'a 404',
      { ok: true as const, status: 404, contentType: 'text/html', body: '<p>$0.25</p>' },
      'HTTP 404',
    ],
    ['a 500', { ok: true as const, status: 500, contentType: 'text/html', body: '' }, 'HTTP 500'],
    [
      'a PDF',
      { ok: true as const, status: 200, contentType: 'application/pdf', body: '' },
      'not a page the watch can read (application/pdf)',
    ],
  ])('reports %s as unchecked with its reason, never as changed', (_, fetched, reason) => {
    expect(checkPage(values, fetched)).toEqual({ ok: false, reason, values: 3 });
  });

  it('takes a page where no value appears for another page (a bot check), not for drift', () => {
    const result = checkPage(values, {
      ok: true,
      status: 200,
      contentType: 'text/html',
      body: '<p>Just a moment…</p>',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/none of its 3 values appear/);
  });

  it('looks up every value of a page that loaded', () => {
    const body = '<p>Input $0.30 · 400,000 tokens · gpt-5-mini</p>';
    const result = checkPage(values, { ok: true, status: 200, contentType: 'text/html', body });
    expect(result.ok && result.lookups.map(({ lookup }) => lookup)).toEqual([
      { found: false, seen: ['$0.30'] },
      { found: true },
      { found: true },
    ]);
  });
});

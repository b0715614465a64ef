/** /models/<id>.md and /llms.txt: what a person pastes into an LLM, and where an LLM looks. */
import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/lib/export/llms-txt.ts';
import { modelMarkdown } from '../../src/lib/export/markdown.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { positionIn } from '../../src/lib/lineage/members.ts';
import { baseLine, entry, SOURCES } from '../support/builders.ts';
import { BENCHMARKS, ON_VERIFIED, ORIGIN, shutdown, VERIFIED } from '../support/export-builders.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

const a = entry('a', {
  summary: { value: 'Our best | small model.', source: 'blog', verbatim: true },
  lifecycle: [
    shutdown({
      replacement: 'terra',
      announced: '2026-06-11',
      source: 'third',
      confidence: 'medium',
    }),
    {
      type: 'fine-tuning-deadline',
      date: '2027-01-06',
      what: 'New fine-tuning jobs stop.',
      source: 'docs',
    },
  ],
  benchmarks: [
    { benchmark: 'mmlu', score: 80, effort: 'not-stated', source: 'blog' },
    { benchmark: 'errors', score: 3.5, effort: 'high', source: 'third', confidence: 'medium' },
  ],
});
const b = entry('b', { released: { value: '2026-01-02', source: 'blog' } });
const line = baseLine({ name: 'Test', members: ['a', 'b'], verified: VERIFIED });
const state = lifecycleState(a.data.lifecycle, ON_VERIFIED);
const markdown = modelMarkdown({
  id: 'a',
  model: a.data,
  position: positionIn('test', line, [a, b], 'a'),
  state,
  names: new Map([['terra', 'Test Terra']]),
  sources: SOURCES,
  benchmarks: BENCHMARKS,
  providers: providerViews(
    [NOT_OFFERED_ROW, LISTING_ROW, CLOUD_ROW, ROUTER_ROW],
    state.shutdown?.date,
    VERIFIED,
  ),
  links: { page: `${ORIGIN}/models/a/`, json: `${ORIGIN}/api/v1/models/a.json` },
});
const lines = markdown.split('\n');
const row = (label: string) => lines.find((l) => l.startsWith(`| ${label} |`));

describe('a version as Markdown', () => {
  it('names the version and its API id, and its place in the line', () => {
    expect(lines[0]).toBe('# Test mini (`a`)');
    expect(markdown).toContain("Version 1 of 2 in OpenAI's Test line.");
  });

  it('links the source of each fact and marks third-party ones', () => {
    expect(row('Context window')).toBe(
      '| Context window | 100,000 tokens | [OpenAI: Model page](https://example.com/docs) |',
    );
    expect(row('Error rate')).toBe(
      '| Error rate | 3.5% (lower is better) | high | [Someone: A reading](https://example.org/post) (third-party) |',
    );
  });

  it('writes unknowns as unknown, with no source', () => {
    expect(row('Parameters')).toBe('| Parameters | Not disclosed | — |');
    expect(row('Max input')).toBe('| Max input | Not stated in sources | — |');
  });

  it('carries a remark as written, wrapping it in parentheses only where it has none', () => {
    const remarked = (note: string) =>
      modelMarkdown({
        id: 'b',
        model: entry('b', {
          knowledgeCutoff: { value: '2024-05-01', source: 'third', confidence: 'low', note },
        }).data,
        position: positionIn('test', line, [a, b], 'b'),
        state: lifecycleState([], ON_VERIFIED),
        names: new Map(),
        sources: SOURCES,
        benchmarks: BENCHMARKS,
        providers: [],
        links: { page: `${ORIGIN}/models/b/`, json: `${ORIGIN}/api/v1/models/b.json` },
      })
        .split('\n')
        .find((l) => l.startsWith('| Knowledge cutoff |'));
    expect(remarked('(models.dev) - unverified')).toContain(
      '| May 1, 2024 (models.dev) - unverified |',
    );
    expect(remarked('One third party gives it.')).toContain(
      '| May 1, 2024 (One third party gives it.) |',
    );
  });

  it("quotes a vendor's own words as theirs, escaping table syntax", () => {
    expect(lines).toContain(
      '> OpenAI, Jan 2, 2025: “Our best \\| small model.” — [OpenAI: Launch post](https://example.com/blog)',
    );
  });

  it('states the shutdown, the replacement and deadlines as of the verified day', () => {
    expect(markdown).toContain('## Status as of Nov 25, 2026');
    expect(markdown).toContain(
      '- Shuts down Dec 11, 2026 (16 days left as of Nov 25, 2026). The alias a stops being served. [Someone: A reading](https://example.org/post) (third-party)',
    );
    expect(markdown).toContain(
      '- Replacement listed by OpenAI, as of Nov 25, 2026: Test Terra (`terra`).',
    );
    expect(markdown).toContain('- Fine-tuning, Jan 6, 2027: New fine-tuning jobs stop.');
    expect(markdown).toMatch(/- Dec 11, 2026: Shuts down: alias a\. \(scheduled\)/);
  });

  it("lists where else it runs: each provider's date against OpenAI's, with its sources", () => {
    const section = markdown.slice(markdown.indexOf('## Where to run it'));
    const headings = section.match(/^### .+$/gm);
    // Places that offer it first, then third-party listings, then where it is not offered.
    expect(headings).toEqual([
      '### Cloud One',
      '### Router Two',
      '### Data Three',
      '### Not offered, or not stated in sources',
    ]);
    const third = '[Someone: A reading](https://example.org/post)';
    expect(section).toContain(
      "- Status there: Retires Feb 9, 2027, 60 days after OpenAI's Dec 11, 2026. " +
        `${third} (third-party)`,
    );
    expect(section).toContain(
      '- Earlier (as of Jul 7, 2026): Feb 6, 2027 [OpenAI: Model page](https://example.com/docs)',
    );
    expect(section).toContain(`- Model ID: \`a\` ${third} (third-party)`);
    expect(section).toContain(
      `- Global: $0.25 input / $2.00 output per 1M tokens ${third} (third-party)`,
    );
    expect(section).toContain(
      "- Status there: Retirement date not stated in sources; OpenAI's shutdown: Dec 11, 2026.",
    );
    expect(section).toContain('- A third-party listing of Cloud One.');
    expect(section).toContain(
      '- Assistant Four: Not offered. Absent from its list. [OpenAI: Model page](https://example.com/docs)',
    );
  });

  it('never calls anything the latest', () => {
    expect(markdown).not.toMatch(/\blatest\b/i);
  });
});

describe('llms.txt', () => {
  const text = llmsTxt(
    {
      lines: [
        {
          id: 'test',
          data: line,
          members: [a, b].map((m) => ({
            ...m,
            state: lifecycleState(m.data.lifecycle, ON_VERIFIED),
          })),
        },
      ],
      replacements: [{ id: 'terra', name: 'Test Terra' }],
      providerCalendars: [{ id: 'cloud', name: 'Cloud One' }],
      verified: VERIFIED,
    },
    ORIGIN,
  );

  it('follows the llmstxt.org shape: H1, a summary quote, then sections of links', () => {
    const [h1, blank, summary] = text.split('\n');
    expect(h1).toBe('# GPT mini catalog');
    expect(blank).toBe('');
    expect(summary).toMatch(/^> A test line\. Facts as of Nov 25, 2026\.$/);
    expect(text).toMatch(/^## Test versions \(newest first\)$/m);
    expect(text).toMatch(/^## Optional$/m);
  });

  it("links each version's Markdown, newest first, and every data file", () => {
    const links = [...text.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]);
    expect(links.slice(0, 2)).toEqual([`${ORIGIN}/models/b.md`, `${ORIGIN}/models/a.md`]);
    for (const path of [
      '/api/v1/catalog.json',
      '/api/v1/schema.json',
      '/api/v1/sources.json',
      '/api/v1/lineage.csv',
      '/api/v1/providers.csv',
      '/api/v1/replacements/terra.json',
      '/feed.xml',
      '/shutdowns.ics',
      '/shutdowns/cloud.ics',
    ])
      expect(links).toContain(`${ORIGIN}${path}`);
  });
});

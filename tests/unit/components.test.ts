/** Components rendered through Astro's Container API, checked as a reader's DOM would be. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import Cites from '../../src/components/Cites.astro';
import ClaimList from '../../src/components/ClaimList.astro';
import CopyButton from '../../src/components/CopyButton.astro';
import FactValue from '../../src/components/FactValue.astro';
import LifecycleBanner from '../../src/components/LifecycleBanner.astro';
import LineageTable from '../../src/components/LineageTable.astro';
import StaleNote from '../../src/components/StaleNote.astro';
import { buildCitationIndex } from '../../src/lib/sources/citations.ts';
import { formatDate } from '../../src/lib/format.ts';
import { lifecycleState, staleDays, stateDays } from '../../src/lib/lifecycle/state.ts';
import { lineageRows } from '../../src/lib/lineage/table.ts';
import { baseReplacement, entry, SOURCES } from '../support/builders.ts';
import { CLOUD_ROW, LISTING_ROW, providerViews, ROUTER_ROW } from '../support/provider-builders.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Text content with tags removed and whitespace folded, as a reader would read it. */
/** A state's days: built on `day`, its data checked on `checked`. */
const on = (day: string, checked = day) => ({ day, checked });

const text = (html: string) =>
  html
    // Inline elements add no space of their own; block elements and list items do.
    .replace(/<\/?(?:strong|span|a|code|sup|time|em|q)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const index = buildCitationIndex(
  [{ source: 'docs' }, { source: 'third' }, { source: 'blog' }],
  SOURCES,
);

describe('Cite', () => {
  it('links to the entry of its source, named for a screen reader by that source', async () => {
    const html = await container.renderToString(Cite, { props: { source: 'third', index } });
    expect(html).toContain('href="#source-third"');
    expect(html).toContain('aria-label="source 2: A reading, Someone"');
    expect(text(html)).toBe('[2]');
  });

  it('takes a Tab stop the first time a source is cited on a page, not after', async () => {
    const page = buildCitationIndex([{ source: 'docs' }], SOURCES);
    const first = await container.renderToString(Cite, { props: { source: 'docs', index: page } });
    const again = await container.renderToString(Cite, { props: { source: 'docs', index: page } });
    expect(first).not.toContain('tabindex');
    expect(again).toContain('tabindex="-1"');
  });

  it('marks a medium-confidence fact as third-party', async () => {
    const html = await container.renderToString(Cite, {
      props: { source: 'third', confidence: 'medium', index },
    });
    expect(text(html)).toBe('[2] third-party');
  });

  it('marks a value once as third-party, however many of its sources are', async () => {
    const html = await container.renderToString(Cites, {
      props: {
        refs: [
          { source: 'third', confidence: 'medium' },
          { source: 'blog' },
          { source: 'third', confidence: 'medium' },
        ],
        index,
      },
    });
    expect(text(html)).toBe('[2][3] third-party');
  });

  it('refuses a source the page does not list', async () => {
    const partial = buildCitationIndex([{ source: 'docs' }], SOURCES);
    await expect(
      container.renderToString(Cite, { props: { source: 'blog', index: partial } }),
    ).rejects.toThrow('not in this page');
  });
});

describe('FactValue', () => {
  it('says each differing value once, with every source that gives it', async () => {
    const item = {
      value: '2024-05-31',
      source: 'docs',
      confidence: 'high',
      conflicts: [
        { value: '2024-05-30', source: 'third' },
        { value: '2024-05-30', source: 'blog' },
      ],
    };
    const html = await container.renderToString(FactValue, {
      props: { item, format: formatDate, conflictsAreDates: true, index },
    });
    expect(text(html)).toBe(
      'May 31, 2024[1] Other sources: Someone and OpenAI give May 30, 2024[2][3] third-party',
    );
  });

  it('only says "sources differ" where there is no room for the detail', async () => {
    const item = {
      value: 'a',
      source: 'docs',
      confidence: 'high',
      conflicts: [{ value: 'b', source: 'third' }],
    };
    const html = await container.renderToString(FactValue, {
      props: { item, notes: false, index },
    });
    expect(text(html)).toBe('a[1] sources differ');
  });

  it('shows a vendor’s own words as a dated quotation, never in the site’s voice', async () => {
    const item = {
      value: 'Our best model yet',
      source: 'blog',
      confidence: 'high',
      verbatim: true,
    };
    const html = await container.renderToString(FactValue, { props: { item, index } });
    expect(text(html)).toBe('OpenAI, Jan 2, 2025: “Our best model yet”[3]');
  });

  it('keeps an earlier value as dated history with its own source', async () => {
    const item = {
      value: 2,
      source: 'docs',
      confidence: 'high',
      history: [{ value: 2.5, asOf: '2026-07', source: 'third', confidence: 'medium' }],
    };
    const html = await container.renderToString(FactValue, { props: { item, index } });
    expect(text(html)).toBe('2[1] Earlier (as of Jul 2026): 2.5[2] third-party');
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
    const model = entry('test-mini').data;
    const html = await container.renderToString(ClaimList, {
      props: { claims: model.strengths, model, benchmarks: new Map(), index },
    });
    expect(text(html)).toBe('Cheap input. Input price: $1.00 per 1M tokens[1]');
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

const shutdown = {
  type: 'shutdown',
  date: '2026-12-11',
  ids: [
    { id: 'new-mini', kind: 'alias' },
    { id: 'test-mini-2025-01-02', kind: 'snapshot' },
  ],
  replacement: 'test-terra',
  asOf: '2026-11-25',
  source: 'docs',
} as const;

describe('LineageTable', () => {
  const members = [
    entry('old-mini'),
    entry('new-mini', { name: 'New mini', lifecycle: [shutdown] }),
  ];

  it('lists versions newest first, the newest qualified by its line, statuses dated', async () => {
    const status = new Map(
      members.map((m) => [m.id, lifecycleState(m.data.lifecycle, on('2026-11-25'))]),
    );
    const rows = lineageRows(members, status);
    const html = await container.renderToString(LineageTable, {
      props: { lineName: 'Test', rows, asOf: '2026-11-25', index },
    });
    const links = [...html.matchAll(/<a href="\/models\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(links).toEqual(['new-mini', 'old-mini']);
    expect(text(html)).toContain('Test — every version, newest first; status as of Nov 25, 2026');
    expect(text(html)).toContain('New mini Newest in line');
    expect(text(html)).toContain('Shuts down Dec 11, 2026 → test-terra[1]');
    expect(text(html)).toContain('Served, no shutdown announced');
    expect(text(html)).not.toMatch(/\blatest\b/i);
  });
});

describe('LifecycleBanner', () => {
  const model = entry('new-mini', { name: 'New mini', lifecycle: [shutdown] });
  const replacement = { id: 'test-terra', data: baseReplacement(), kind: 'replacement' as const };
  const names = new Map([['test-terra', 'Test Terra']]);
  const render = (
    day: string,
    lifecycle = model.data.lifecycle,
    providers: readonly unknown[] = [],
  ) =>
    container.renderToString(LifecycleBanner, {
      props: {
        model,
        state: lifecycleState(lifecycle, on(day, '2026-11-25')),
        replacement,
        names,
        providers: providers.length > 0 ? providerViews(providers, '2026-12-11', day) : [],
        index,
      },
    });

  it("says the date is OpenAI's, and links other providers' own where they give one", async () => {
    expect(text(await render('2026-12-06'))).toContain(
      "stop being served.[1] This date is OpenAI's, for its API. Replacement",
    );
    expect(text(await render('2026-12-06', undefined, [ROUTER_ROW, LISTING_ROW]))).toContain(
      "This date is OpenAI's, for its API; no other provider's date is stated in sources. " +
        'Replacement',
    );
    const html = await render('2026-12-06', undefined, [ROUTER_ROW, LISTING_ROW, CLOUD_ROW]);
    expect(text(html)).toContain(
      "This date is OpenAI's, for its API; other providers set their own. Replacement",
    );
    expect(html).toMatch(/<a href="#status-elsewhere"[^>]*>other providers set their own<\/a>/);
  });

  it('counts days left from the build day and names the replacement with its price', async () => {
    const html = text(await render('2026-12-06'));
    expect(html).toContain(
      'Shuts down Dec 11, 2026 5 days left as of Dec 6, 2026, the day this page was built. ' +
        'Dates last checked Nov 25, 2026.',
    );
    expect(html).toContain(
      'The alias new-mini and dated snapshot test-mini-2025-01-02 stop being served.',
    );
    expect(html).toContain(
      'Replacement listed by OpenAI: Test Terra (test-terra), ' +
        '$2.00 input / $8.00 output per 1M tokens.',
    );
    expect(html).toContain('Compare the two');
  });

  it('says "shut down", with the day its schedule was checked, once it has passed', async () => {
    const html = text(await render('2026-12-20'));
    expect(html).toContain(
      'Shut down Dec 11, 2026 Scheduled by OpenAI; dates last checked Nov 25, 2026. ' +
        'The alias new-mini and dated snapshot test-mini-2025-01-02 stopped being served.',
    );
    expect(html).not.toMatch(/left|countdown/);
  });

  it('gives several replacements as offered, by id where it knows no more', async () => {
    const offered = { ...shutdown, replacement: 'test-terra', alternatives: ['other-model'] };
    const html = text(await render('2026-12-06', [offered as never]));
    expect(html).toContain(
      'Replacements listed by OpenAI: Test Terra (test-terra) or other-model. Test Terra: ' +
        '$2.00 input / $8.00 output per 1M tokens. Compare the two.',
    );
  });

  it('is absent when no shutdown is known', async () => {
    const served = entry('served-mini');
    const html = await container.renderToString(LifecycleBanner, {
      props: {
        model: served,
        state: lifecycleState([], on('2026-11-25')),
        replacement: undefined,
        names,
        providers: [],
        index,
      },
    });
    expect(text(html)).toBe('');
  });
});

describe('StaleNote', () => {
  const render = (day: string, checked: string) => {
    const days = stateDays(day, checked);
    return container.renderToString(StaleNote, {
      props: { line: { days, stale: staleDays(days) } },
    });
  };

  it('says when the facts were last checked once that is more than two weeks back', async () => {
    const html = await render('2026-12-21', '2026-12-06');
    expect(html).toContain('class="stale-note');
    expect(html).toContain(`The facts on this page were last checked ${formatDate('2026-12-06')}`);
    expect(html).toContain(`before it was built (${formatDate('2026-12-21')})`);
  });

  it('says nothing while they are two weeks old or less', async () => {
    expect(await render('2026-12-20', '2026-12-06')).not.toContain('stale-note');
  });
});

/**
 * The data for machines, checked in the built site against the content: the API's JSON against
 * its published schema and against content/, the CSV, the feed, the calendar, the sitemap, the
 * share cards, canonical URLs and JSON-LD. Each file is parsed the way a consumer would parse it.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import sharp from 'sharp';
import { formatDate } from '../../src/lib/format.ts';
import type { Knowable } from '../../src/schemas/fact.ts';
import type { Shutdown } from '../../src/schemas/lifecycle.ts';
import type { Model } from '../../src/schemas/model.ts';
import { resolveSiteUrl } from '../../src/site-url.ts';
import { apiValidators } from '../support/api-schema.ts';
import { builtDay } from '../support/build-days.ts';
import { builtPages, redirectPages } from '../support/built-pages.ts';
import { loadContent } from '../support/content.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';
import { jsonLdProblems } from '../support/schema-org.ts';

const dist = join(PROJECT_ROOT, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const readJson = <T = Record<string, unknown>>(path: string) => JSON.parse(read(path)) as T;
/** The file a URL on the site is served from. */
const fileOf = (url: string) => {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
};
const origin = resolveSiteUrl(process.env['SITE_URL']).origin;
const content = loadContent();
/** Lines as the catalog orders them: by name, numbers by value. */
const lines = [...content.lines].sort(([, a], [, b]) =>
  a.name.localeCompare(b.name, 'en', { numeric: true }),
);
const verified =
  lines
    .map(([, l]) => l.verified)
    .sort()
    .at(-1) ?? '';
/** The day the site was built on: every status is computed for it. */
const day = builtDay();
/** Every version, line by line, oldest first, with the day its line was verified. */
const versions = lines.flatMap(([lineId, line]) =>
  line.members.map((id) => {
    const model = content.models.get(id);
    if (!model) throw new Error(`No model ${id}`);
    return { id, line: lineId, verified: line.verified, data: model.data };
  }),
);
const sourceUrls = new Set([...content.sources.values()].map((s) => s.url));
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
/** An object without the given keys. */
const without = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

/** The newest reading of a version's shutdown as of `asOf`, computed here from the events. */
function newestShutdown(model: Model, asOf: string): Shutdown | undefined {
  return model.lifecycle
    .filter((e): e is Shutdown => e.type === 'shutdown' && e.asOf <= asOf)
    .reduce<Shutdown | undefined>(
      (newest, e) => (!newest || e.asOf >= newest.asOf ? e : newest),
      undefined,
    );
}

/** Every `source` id named anywhere inside a value. */
function sourceIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => sourceIds(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'source' && typeof item === 'string') into.add(item);
      else if (key === 'corroboratedBy' && Array.isArray(item))
        item.forEach((id) => into.add(String(id)));
      else sourceIds(item, into);
    }
  }
  return into;
}

/** The <head> values of a built page. */
function head(file: string) {
  const html = read(file);
  const meta = (attr: string, name: string) =>
    new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
  return {
    canonical: /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1],
    ogUrl: meta('property', 'og:url'),
    ogImage: meta('property', 'og:image'),
    ogImageWidth: meta('property', 'og:image:width'),
    ogImageHeight: meta('property', 'og:image:height'),
    ogImageAlt: meta('property', 'og:image:alt'),
    twitterCard: meta('name', 'twitter:card'),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? 'null') as Record<string, unknown>,
    ),
  };
}
const pageFile = (path: string) => (path.endsWith('.html') ? path : `${path}index.html`);

test.describe('the API', () => {
  const schema = readJson('/api/v1/schema.json');
  const validators = apiValidators(schema);
  const apiFiles = readdirSync(join(dist, 'api/v1'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && file !== 'schema.json')
    .map((file) => `/api/v1/${file}`);
  const catalog = readJson<{
    asOf: string;
    lines: Record<string, unknown>[];
    versions: (Record<string, unknown> & { id: string; status: Record<string, unknown> })[];
    replacements: (Record<string, unknown> & { id: string; replaces: string[] })[];
    benchmarks: Record<string, unknown>[];
    sources: Record<string, unknown>[];
  }>('/api/v1/catalog.json');

  test('every JSON file validates against the published schema it names', () => {
    // Compiling the 100 KB schema takes ajv about a second, many more on a busy machine.
    test.setTimeout(120_000);
    expect(schema['$id']).toBe(`${origin}/api/v1/schema.json`);
    expect(apiFiles.sort()).toEqual(
      [
        '/api/v1/catalog.json',
        '/api/v1/sources.json',
        ...versions.map((v) => `/api/v1/models/${v.id}.json`),
        ...[...content.replacements.keys()].map((id) => `/api/v1/replacements/${id}.json`),
      ].sort(),
    );
    for (const path of apiFiles) {
      const file = readJson<{ $schema: string }>(path);
      expect(file.$schema, path).toMatch(new RegExp(`^${origin}/api/v1/schema\\.json#/\\$defs/`));
      const validate = validators.forRef(file.$schema);
      validate(file);
      expect(validators.errors(validate), path).toEqual([]);
    }
  });

  test('catalog.json holds the content: lines, versions, replacements, benchmarks, sources', () => {
    expect(catalog.asOf).toBe(verified);
    expect(catalog.lines).toEqual(lines.map(([id, line]) => plain({ id, ...line })));
    expect(catalog.versions.map((v) => v.id)).toEqual(versions.map((v) => v.id));
    for (const [i, published] of catalog.versions.entries()) {
      // The content, plus what publishing adds: id, line, links, the derived status and the
      // rows at other providers (their own content, checked in tests/e2e/providers.spec.ts).
      const { id, line, links } = published;
      const rest = without(published, ['id', 'line', 'links', 'status', 'providers']);
      const version = versions[i];
      expect(rest, id).toEqual(plain(version?.data));
      expect(line).toBe(version?.line);
      expect(links).toEqual({
        page: `${origin}/models/${id}/`,
        markdown: `${origin}/models/${id}.md`,
        json: `${origin}/api/v1/models/${id}.json`,
      });
    }
    expect(
      catalog.replacements.map((r) => [r.id, without(r, ['id', 'links', 'replaces', 'providers'])]),
    ).toEqual(
      [...content.replacements]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, data]) => [id, plain(data)]),
    );
    // Sorted by id: the order does not depend on how a loader lists the collection.
    const sorted = <T>(map: Map<string, T>) =>
      [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, v]) => plain({ id, ...v }));
    expect(catalog.sources).toEqual(sorted(content.sources));
    expect(catalog.benchmarks).toEqual(sorted(content.benchmarks));
  });

  test("a version's status is its newest shutdown reading, as of its line's day", () => {
    for (const [i, published] of catalog.versions.entries()) {
      const version = versions[i];
      if (!version) throw new Error('More versions published than in content');
      const shutdown = newestShutdown(version.data, version.verified);
      expect(published.status['asOf']).toBe(day);
      expect(published.status['checked']).toBe(version.verified);
      expect(published.status['shutdown'], version.id).toEqual(shutdown ? plain(shutdown) : null);
      expect(published.status['replacement']).toBe(shutdown?.replacement ?? null);
      expect(published.status['phase']).toBe(
        !shutdown
          ? 'available'
          : shutdown.date > day
            ? 'shutdown-scheduled'
            : shutdown.date === day
              ? 'shutdown-today'
              : 'shut-down',
      );
    }
    for (const replacement of catalog.replacements) {
      expect(replacement.replaces).toEqual(
        catalog.versions.filter((v) => v.status['replacement'] === replacement.id).map((v) => v.id),
      );
    }
  });

  test("each entry's own file is its catalog entry, with the sources it names", () => {
    for (const version of catalog.versions) {
      const file = readJson<{
        version: unknown;
        sources: { id: string }[];
        benchmarks: { id: string }[];
      }>(`/api/v1/models/${version.id}.json`);
      expect(file.version).toEqual(version);
      expect(new Set(file.sources.map((s) => s.id))).toEqual(sourceIds(version));
      expect(new Set(file.benchmarks.map((b) => b.id))).toEqual(
        new Set((version['benchmarks'] as { benchmark: string }[]).map((s) => s.benchmark)),
      );
    }
    for (const replacement of catalog.replacements) {
      const file = readJson<{ replacement: unknown; sources: { id: string }[] }>(
        `/api/v1/replacements/${replacement.id}.json`,
      );
      expect(file.replacement).toEqual(replacement);
      expect(new Set(file.sources.map((s) => s.id))).toEqual(sourceIds(replacement));
    }
    expect(readJson<{ sources: unknown }>('/api/v1/sources.json').sources).toEqual(catalog.sources);
  });
});

test('lineage.csv parses back to the lineage table, unknowns empty with the reason', () => {
  const { data, errors, meta } = Papa.parse<Record<string, string>>(read('/api/v1/lineage.csv'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(errors).toEqual([]);
  expect(meta.fields?.slice(0, 3)).toEqual(['line', 'id', 'name']);
  // Newest first within each line, as the table shows them.
  expect(data.map((row) => row['id'])).toEqual(
    lines.flatMap(([, line]) => [...line.members].reverse()),
  );
  const url = (id: string) => content.sources.get(id)?.url;
  for (const row of data) {
    const version = versions.find((v) => v.id === row['id']);
    if (!version) throw new Error(`CSV row for unknown version ${row['id']}`);
    const m = version.data;
    const sources = new Map(
      row['sources']?.split('; ').map((p) => p.split(': ') as [string, string]),
    );
    const unknown = row['unknown']?.split('; ').filter(Boolean) ?? [];
    const cells = {
      released: m.released,
      context_window_tokens: m.contextWindow,
      max_output_tokens: m.maxOutput,
      input_usd_per_1m: m.pricing.input,
      cached_input_usd_per_1m: m.pricing.cachedInput,
      output_usd_per_1m: m.pricing.output,
      ...Object.fromEntries(
        (['audio', 'image'] as const).flatMap((kind) =>
          (
            [
              ['input', 'input'],
              ['cached_input', 'cachedInput'],
              ['output', 'output'],
            ] as const
          ).flatMap(([column, part]) => {
            const item = m.pricing[kind]?.[part];
            return item ? [[`${kind}_${column}_usd_per_1m`, item]] : [];
          }),
        ),
      ),
    };
    for (const [column, fact] of Object.entries(cells)) {
      if ('value' in fact) {
        expect(row[column], `${version.id} ${column}`).toBe(String(fact.value));
        expect(sources.get(column)).toBe(url(fact.source));
        expect(row['third_party']?.split('; ').includes(column)).toBe(fact.confidence === 'medium');
      } else {
        expect(row[column]).toBe('');
        expect(unknown.some((u) => u.startsWith(`${column}: `))).toBe(true);
      }
    }
    const inputs = m.modalities.input;
    expect(row['input_modalities']).toBe('value' in inputs ? inputs.value.join('; ') : '');
    const shutdown = newestShutdown(m, version.verified);
    expect(row['shutdown_date']).toBe(shutdown?.date ?? '');
    expect(row['replacement']).toBe(shutdown?.replacement ?? '');
    expect(row['status_as_of']).toBe(day);
    expect(row['dates_checked']).toBe(version.verified);
  }
});

test('the feed parses, and every item links a source and is dated by its event', () => {
  const xml = read('/feed.xml');
  const feed = parseFeed(xml);
  const raw = new XMLParser().parse(xml) as {
    rss: { channel: { item: { guid: string; 'dc:date': string; category: string[] }[] } };
  };
  const items = feed.items.map((item, i) => {
    const rawItem = raw.rss.channel.item[i];
    return {
      item,
      date: String(rawItem?.['dc:date']),
      kind: rawItem?.category[0] ?? '',
      subject: rawItem?.category[1] ?? '',
    };
  });
  expect(items.length).toBeGreaterThan(versions.length);
  const dated = (kind: string, subject: string) =>
    items.filter((i) => i.kind === kind && i.subject === subject).map((i) => i.date);
  for (const { item, date } of items) {
    expect(sourceUrls.has(item.url ?? ''), item.title ?? '').toBe(true);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date))
      expect(item.published?.toISOString().slice(0, 10)).toBe(date);
  }
  for (const version of versions) {
    const m = version.data;
    expect(dated('released', version.id)).toEqual([m.released.value]);
    expect(dated('fine-tuning-deadline', version.id).sort()).toEqual(
      m.lifecycle.flatMap((e) => (e.type === 'fine-tuning-deadline' ? [e.date] : [])).sort(),
    );
    const shutdown = newestShutdown(m, version.verified);
    const readings = m.lifecycle
      .filter((e): e is Shutdown => e.type === 'shutdown')
      .map((e) => e.asOf);
    expect(dated('shutdown-scheduled', version.id)).toEqual(
      shutdown ? [shutdown.announced ?? readings.sort()[0]] : [],
    );
    // Once its day has passed, the shutdown itself is an item, dated by the schedule.
    expect(dated('shut-down', version.id)).toEqual(
      shutdown && shutdown.date < day ? [shutdown.date] : [],
    );
  }
  for (const [id, replacement] of content.replacements) {
    for (const fact of [replacement.pricing.input, replacement.pricing.output]) {
      if (!('value' in fact) || !fact.history?.length) continue;
      expect(dated('price-changed', id)).toContain(fact.since ?? verified);
    }
  }
});

test('the calendar parses, with one all-day event per scheduled shutdown on its day', () => {
  const text = read('/shutdowns.ics');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const expected = versions.flatMap((v) => {
    const shutdown = newestShutdown(v.data, v.verified);
    return shutdown ? [{ id: v.id, date: shutdown.date }] : [];
  });
  expect(events).toHaveLength(expected.length);
  for (const { id, date } of expected) {
    const event = events.find((e) => e.uid === `shutdown-${id}@gpt-mini-catalog`);
    expect(event?.startDate.isDate, id).toBe(true);
    expect(event?.startDate.toString()).toBe(date);
    expect(event?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      `${verified}T00:00:00Z`,
    );
  }
  expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
});

test('the sitemap lists every page and only pages; robots.txt points at it', () => {
  const parser = new XMLParser();
  const locs = (xml: string, list: 'sitemapindex' | 'urlset', key: 'sitemap' | 'url') => {
    const entries = (parser.parse(xml) as Record<string, Record<string, unknown>>)[list]?.[key];
    return ([] as { loc: string }[]).concat((entries ?? []) as { loc: string }[]).map((e) => e.loc);
  };
  const sitemaps = locs(read('/sitemap-index.xml'), 'sitemapindex', 'sitemap');
  const listed = sitemaps.flatMap((sitemap) => locs(read(fileOf(sitemap)), 'urlset', 'url'));
  const pages = builtPages().filter((path) => path !== '/404.html');
  expect(listed.sort()).toEqual(pages.map((path) => `${origin}${path}`).sort());
  expect(read('/robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
});

test('canonical and og:url use the production origin, never localhost', () => {
  for (const path of [...builtPages(), ...redirectPages()].filter((p) => p !== '/404.html')) {
    const { canonical, ogUrl } = head(pageFile(path));
    expect(canonical, path).toMatch(new RegExp(`^${origin}/`));
    expect(ogUrl, path).toBe(canonical);
    expect(`${canonical} ${ogUrl}`).not.toMatch(/localhost|127\.0\.0\.1/);
    if (!redirectPages().includes(path)) expect(canonical).toBe(`${origin}${path}`);
  }
});

test('the 404 page, served at any unknown address, names no address of its own', () => {
  const { canonical, ogUrl, jsonLd, ogImage } = head('/404.html');
  expect([canonical, ogUrl]).toEqual([undefined, undefined]);
  expect(jsonLd.filter((b) => b['@type'] === 'BreadcrumbList')).toEqual([]);
  // It still previews as the site when a broken link is shared.
  expect(ogImage).toBe(`${origin}/cards/site.png`);
});

test('every og:image is a PNG of the stated size, at most 60 KB', async () => {
  const seen = new Set<string>();
  for (const path of [...builtPages(), ...redirectPages()]) {
    const h = head(pageFile(path));
    expect(h.twitterCard, path).toBe('summary_large_image');
    expect(h.ogImageAlt?.length, path).toBeGreaterThan(20);
    expect(h.ogImage, path).toMatch(new RegExp(`^${origin}/cards/`));
    // A version's page and each pre-rendered comparison have a card of their own.
    if (
      /^\/models\/[^/]+\/$|^\/compare\/[^/]+-vs-[^/]+\/$/.test(path) &&
      builtPages().includes(path)
    )
      expect(h.ogImage, path).toBe(`${origin}/cards${path.slice(0, -1)}.png`);
    const file = fileOf(h.ogImage ?? '');
    if (seen.has(file)) continue;
    seen.add(file);
    const png = readFileSync(join(dist, file));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height], file).toEqual([
      'png',
      Number(h.ogImageWidth),
      Number(h.ogImageHeight),
    ]);
    expect(statSync(join(dist, file)).size, file).toBeLessThanOrEqual(60 * 1024);
  }
  expect(seen.size).toBeGreaterThan(versions.length);
});

test('JSON-LD uses schema.org types and properties; every page has its breadcrumb trail', () => {
  for (const path of builtPages().filter((p) => p !== '/404.html')) {
    const { jsonLd, canonical } = head(pageFile(path));
    for (const block of jsonLd) expect(jsonLdProblems(block), path).toEqual([]);
    const trails = jsonLd.filter((b) => b['@type'] === 'BreadcrumbList');
    expect(trails, path).toHaveLength(1);
    const items = trails[0]?.['itemListElement'] as { item: string; position: number }[];
    expect(items[0]?.item).toBe(`${origin}/`);
    expect(items.at(-1)?.item).toBe(canonical);
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
  }
});

test('each version page is a SoftwareApplication with an Offer per known price', () => {
  for (const version of versions) {
    const apps = head(`/models/${version.id}/index.html`).jsonLd.filter(
      (b) => b['@type'] === 'SoftwareApplication',
    );
    expect(apps, version.id).toHaveLength(1);
    const { pricing } = version.data;
    type Rates = Record<'input' | 'cachedInput' | 'output', Knowable<number>>;
    const known = (rates: Rates | undefined) =>
      rates ? [rates.input, rates.cachedInput, rates.output].filter((p) => 'value' in p) : [];
    // Each kind of token the sources price has its own standard offers: text, audio, image.
    const text = known(pricing);
    const standard = [...text, ...known(pricing.audio), ...known(pricing.image)];
    // A tier given as a factor applies to the text rates.
    const tierRates = pricing.tiers.reduce(
      (n, tier) => n + (tier.rates ? tier.rates.length : text.length),
      0,
    );
    const offers = apps[0]?.['offers'] as { priceSpecification: { price: number } }[];
    expect(offers, version.id).toHaveLength(standard.length + tierRates);
    expect(offers.slice(0, standard.length).map((o) => o.priceSpecification.price)).toEqual(
      standard.map((p) => ('value' in p ? p.value : NaN)),
    );
    expect(apps[0]?.['datePublished']).toBe(version.data.released.value);
  }
});

test('each version as Markdown: sources as links, unknowns as unknown, status as of a date', () => {
  for (const version of versions) {
    const md = read(`/models/${version.id}.md`);
    const m = version.data;
    expect(md.split('\n')[0]).toBe(`# ${m.name} (\`${version.id}\`)`);
    expect(md).toContain(`## Status as of ${formatDate(day)}`);
    expect(md).toContain(`](${content.sources.get(m.released.source)?.url})`);
    if (!('value' in m.parameters))
      expect(md).toMatch(/\| Parameters \| Not (disclosed|stated in sources) \| — \|/);
    const shutdown = newestShutdown(m, version.verified);
    if (shutdown) expect(md).toContain(formatDate(shutdown.date));
    // A model id may end in "-latest" (codex-mini-latest): that is its name, not a claim.
    expect(md.replaceAll(/[\w.-]+-latest\b/g, '')).not.toMatch(/\blatest\b/i);
  }
});

test('llms.txt links every version as Markdown and every data file, all of which exist', () => {
  const text = read('/llms.txt');
  const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  for (const version of versions) expect(links).toContain(`${origin}/models/${version.id}.md`);
  for (const link of links) {
    expect(link.startsWith(`${origin}/`), link).toBe(true);
    expect(existsSync(join(dist, fileOf(link))), link).toBe(true);
  }
});

test('the about page lists the data for machines, and every file it links is served', async ({
  page,
  request,
}) => {
  await page.goto('/about/');
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'Data for machines' }),
  });
  const hrefs = await section
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toEqual(
    expect.arrayContaining([
      '/api/v1/catalog.json',
      '/api/v1/schema.json',
      '/api/v1/sources.json',
      '/api/v1/lineage.csv',
      '/api/v1/providers.csv',
      '/feed.xml',
      '/shutdowns.ics',
      '/shutdowns/azure.ics',
      '/llms.txt',
    ]),
  );
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

/**
 * One run of the source watch: load the catalog, ask OpenAI's API for its model list, fetch each
 * first-party page, and hand every outcome to the report. The IO of the watch lives here and in
 * http.ts; every decision is made by the pure modules beside them.
 */
import { citedValues, type Check, type CitedValue, type SkipReason } from './cited-values.ts';
import { fetchText, mapConcurrent } from './http.ts';
import { loadWatchedCatalog, type WatchedCatalog } from './load-catalog.ts';
import { catalogIds, compareModelsList, parseModelsList } from './models-list.ts';
import { checkPage } from './page-values.ts';
import { buildReport, type ApiOutcome, type PageOutcome, type Report } from './report.ts';
import { rewriteUrl, type WatchOptions } from './options.ts';

export interface WatchIo {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Called with one line per source as it is checked (the script passes it on a TTY only). */
  progress?: (line: string) => void;
  now: Date;
}

type Checkable = CitedValue & { check: Check };

async function checkApi(
  options: WatchOptions,
  io: WatchIo,
  catalog: WatchedCatalog,
): Promise<ApiOutcome> {
  if (options.apiKey === undefined) {
    return {
      status: 'skipped',
      reason: 'OPENAI_API_KEY is not set, so shutdown dates were not read from the API',
    };
  }
  const url = options.modelsUrl;
  const fetched = await fetchText(
    url,
    {
      headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      retryDelayMs: options.retryDelayMs,
    },
    io.fetch,
    io.sleep,
  );
  io.progress?.(`OpenAI API ${url}: ${fetched.ok ? `HTTP ${fetched.status}` : fetched.reason}`);
  if (!fetched.ok) return { status: 'failed', url, reason: fetched.reason };
  const list = parseModelsList(fetched);
  if (!list.ok) return { status: 'failed', url, reason: list.reason };
  const versions = catalog.entries.filter(
    (entry) => entry.collection === 'models' || entry.collection === 'replacements',
  );
  const comparison = compareModelsList(
    catalogIds(versions, options.today),
    list.models,
    options.today,
    catalog.uncatalogued,
  );
  return { status: 'checked', url, listed: list.models.size, comparison };
}

/** Runs the watch and returns its report; throws only when the content itself cannot be read. */
export async function runWatch(options: WatchOptions, io: WatchIo): Promise<Report> {
  const catalog = loadWatchedCatalog(options.contentDir);
  const cited = citedValues(catalog.entries);
  const isFirstParty = (value: CitedValue) =>
    catalog.sources.get(value.source)?.kind === 'first-party';
  const watched = cited.filter(isFirstParty);
  const checkable = watched.filter((value): value is Checkable => 'check' in value);
  const skipped = watched.filter(
    (value): value is CitedValue & { skipped: SkipReason } => 'skipped' in value,
  );

  const api = await checkApi(options, io, catalog);

  // One fetch per address, for every first-party source at it that has a value to look for.
  const byUrl = new Map<
    string,
    { sources: { id: string; title: string }[]; values: Checkable[] }
  >();
  for (const [id, source] of catalog.sources) {
    if (source.kind !== 'first-party') continue;
    const values = checkable.filter((value) => value.source === id);
    if (values.length === 0) continue;
    const url = source.url.replace(/#.*$/, '');
    const page = byUrl.get(url) ?? { sources: [], values: [] };
    page.sources.push({ id, title: source.title });
    page.values.push(...values);
    byUrl.set(url, page);
  }
  const addresses = [...byUrl];
  let done = 0;
  const pages = await mapConcurrent(addresses, options.concurrency, async ([url, page]) => {
    const fetched = await fetchText(
      rewriteUrl(url, options.origins),
      {
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        retryDelayMs: options.retryDelayMs,
      },
      io.fetch,
      io.sleep,
    );
    const result = checkPage(page.values, fetched);
    done += 1;
    io.progress?.(
      `[${done}/${addresses.length}] ${url}: ` +
        (result.ok
          ? `${result.lookups.length} values, ` +
            `${result.lookups.filter((l) => !l.lookup.found).length} not found`
          : `unchecked, ${result.reason}`),
    );
    return { url, sources: page.sources, result } satisfies PageOutcome;
  });

  return buildReport({
    generatedAt: io.now.toISOString().replace(/\.\d+Z$/, 'Z'),
    today: options.today,
    api,
    pages,
    skipped,
    thirdParty: cited.length - watched.length,
    groupOrder: catalog.entries.map((entry) => `${entry.collection}/${entry.id}`),
  });
}

/**
 * The address of every page and file the site links to by an address built from data (a model's
 * page, its Markdown and JSON, a comparison, a share card) and of the files it publishes for
 * machines and for sharing. Routes, links, the docs' tables and the tests all read these, so a
 * page cannot move without all of them seeing it; a unit test (tests/unit/paths.test.ts) fails on
 * a model page's address typed anywhere else in src/. Paths start at the site root; `absolute`
 * makes them URLs on the configured origin. Pure.
 */
import { API_VERSION } from '../site.ts';
import { FEATURED_LINE } from '../site.ts';
import { REPLACEMENTS_GROUP } from './compare/types.ts';

const API = `/api/${API_VERSION}`;

export const PATHS = {
  catalog: `${API}/catalog.json`,
  sources: `${API}/sources.json`,
  schema: `${API}/schema.json`,
  lineageCsv: `${API}/lineage.csv`,
  /** Every model at every provider, one row each. */
  providersCsv: `${API}/providers.csv`,
  feed: '/feed.xml',
  calendar: '/shutdowns.ics',
  llmsTxt: '/llms.txt',
  robots: '/robots.txt',
  sitemap: '/sitemap-index.xml',
  /** Every id the catalog answers for; the model-id form submits here without JavaScript. */
  modelIds: '/models/',
  /** The same ids, compact, for the model-id lookup in the browser. */
  modelIdIndex: '/models/ids.json',
  /** The share card of a page without one of its own. */
  siteCard: '/cards/site.png',
} as const;

/** /models/<id>/: a version's page. */
export const modelPagePath = (id: string) => `/models/${id}/`;
/** /models/<id>/#access: the page's "Where to run it" section, its providers and their dates. */
export const modelProvidersPath = (id: string) => `${modelPagePath(id)}#access`;
/** /providers/<id>/: what is going away at one provider, by its own dates. */
export const providerPagePath = (provider: string) => `/providers/${provider}/`;
/** /shutdowns/<provider>.ics: one provider's own retirement dates; /shutdowns.ics is OpenAI's. */
export const providerCalendarPath = (provider: string) => `/shutdowns/${provider}.ics`;
/** /feed/<provider>.xml: one provider's own dated events; /feed.xml is the catalog's. */
export const providerFeedPath = (provider: string) => `/feed/${provider}.xml`;
/** /models/<id>.md: the same page as Markdown. */
export const modelMarkdownPath = (id: string) => `/models/${id}.md`;
/** /cards/models/<id>.png: a version page's share card. */
export const modelCardPath = (id: string) => `/cards/models/${id}.png`;
/** /api/v1/models/<id>.json */
export const versionJsonPath = (id: string) => `${API}/models/${id}.json`;
/** /api/v1/replacements/<id>.json */
export const replacementJsonPath = (id: string) => `${API}/replacements/${id}.json`;

/** A path as a URL on `origin` (`https://example.org`, no trailing slash). */
export function absolute(origin: string, path: string): string {
  return new URL(path, `${origin}/`).href;
}

/** A pre-rendered comparison, older first: `/compare/gpt-4o-mini-vs-gpt-5-mini/`. */
export const pairPath = (a: string, b: string) => `/compare/${a}-vs-${b}/`;

/** The share card of a pre-rendered comparison. */
export const pairCardPath = (a: string, b: string) => `/cards/compare/${a}-vs-${b}.png`;

/** The interactive comparison with `ids` chosen: `/compare/?models=a,b`. */
export const compareSelectionPath = (ids: readonly string[]) => `/compare/?models=${ids.join(',')}`;

/** One model's comparison file. */
export const dataPath = (id: string) => `/compare/data/${id}.json`;

/** A picker group's member list, fetched when the group is opened. */
export const groupPath = (group: string) =>
  group === REPLACEMENTS_GROUP ? '/compare/replacements.json' : `/compare/lines/${group}.json`;

/** A line's page of ready-made comparisons, which works without JavaScript. */
export const linePagePath = (line: string) => `/compare/lines/${line}/`;

/** Where a line lives: the featured line is the home page, every other line has its own page. */
export function linePath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/' : `/lines/${lineId}/`;
}

/** Where a line's benchmark scores are listed. */
export function lineBenchmarksPath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/benchmarks/' : `/lines/${lineId}/benchmarks/`;
}

/** A line's cost calculator: /calculator/ for the featured line, under /lines/ for the others. */
export function lineCalculatorPath(lineId: string): string {
  return lineId === FEATURED_LINE ? '/calculator/' : `/lines/${lineId}/calculator/`;
}

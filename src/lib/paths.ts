/**
 * The address of every file the site publishes for machines and for sharing. Routes, links, the
 * the docs' tables and the tests all read these, so a file cannot move without all of them seeing
 * it. Paths start at the site root; `absolute` makes them URLs on the configured origin. Pure.
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
  feed: '/feed.xml',
  calendar: '/shutdowns.ics',
  llmsTxt: '/llms.txt',
  robots: '/robots.txt',
  sitemap: '/sitemap-index.xml',
} as const;

/** /models/<id>/: a version's page. */
export const modelPagePath = (id: string) => `/models/${id}/`;
/** /models/<id>.md: the same page as Markdown. */
export const modelMarkdownPath = (id: string) => `/models/${id}.md`;
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

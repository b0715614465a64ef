/**
 * The address of every file the site publishes for machines and for sharing. Routes, links, the
 * README's tables and the tests all read these, so a file cannot move without all of them seeing
 * it. Paths start at the site root; `absolute` makes them URLs on the configured origin. Pure.
 */
import { API_VERSION } from '../../schemas/api.ts';

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

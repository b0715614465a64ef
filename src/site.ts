/**
 * Choices this site makes about itself (not facts about models): names and what the home page
 * shows.
 */

/** The site's name, in titles and the header. */
export const SITE_NAME = 'GPT mini catalog';

/**
 * The line shown in full on the home page (and whose scores /benchmarks/ lists). Every other line
 * has a page of its own under /lines/<id>/, so no page lists the whole catalog as it grows.
 */
export const FEATURED_LINE = 'gpt-mini';

/**
 * The home page's caps, so it grows by a bounded number of entries per line, never by every
 * version: models shown per line in the family overview (a longer line links its page for the
 * rest), and entries of each kind (going away, recently shut down) in the family-wide list.
 */
export const HOME_MODELS_PER_LINE = 6;
export const HOME_LIFECYCLE_SHOWN = 10;

/**
 * The version of the published API; a breaking change of any file's shape gets a new one. Here,
 * not beside the API's schemas: the addresses the browser builds use it, and the schemas bring
 * zod, which must not reach a page's script (its code generator trips the CSP's script-src).
 */
export const API_VERSION = 'v1';

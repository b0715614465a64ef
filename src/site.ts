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

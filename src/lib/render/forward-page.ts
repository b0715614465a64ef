/**
 * The page at a reversed comparison address (`/compare/<newer>-vs-<older>/`): a whole document that
 * forwards at once to the canonical address, older first, with or without JavaScript. It carries
 * the canonical page's card and address, so a link shared in either order previews the same, and
 * it asks search engines not to index it. It links the site's base stylesheet, so it has the
 * site's own background and text colours in light and dark (the CSP allows no inline style), rather
 * than the browser's default canvas, which contrast checkers cannot see. Pure: the bulk-files
 * integration writes one per pre-rendered comparison after the pages
 * (src/integrations/bulk-files/index.ts says why).
 */
import { CARD_HEIGHT, CARD_WIDTH } from '../cards/template.ts';
import { CONTENT_SECURITY_POLICY } from '../host/content-security-policy.ts';
import { Html, markup } from './html.ts';
import { SITE_NAME } from '../page/site-nav.ts';

/**
 * The site's policy, written as is (as Astro writes it on every other page): a constant whose
 * single quotes need no escaping in a double-quoted attribute.
 */
const POLICY = new Html(CONTENT_SECURITY_POLICY);

export interface Forward {
  /** The reversed address, `/compare/<b>-vs-<a>/`. */
  from: string;
  /** The canonical address it forwards to. */
  to: string;
  /** The comparison's name, older first: "GPT-4o mini vs GPT-4.1 mini". */
  title: string;
  /** The canonical page's share card. */
  card: { path: string; alt: string };
}

/** What every forwarding page of a build shares. */
interface ForwardSite {
  /** The configured origin, for absolute URLs. */
  origin: string;
  /** The path of the site's base stylesheet. */
  stylesheet: string;
}

/** The HTML document served at `forward.from`. */
export function forwardPage(forward: Forward, { origin, stylesheet }: ForwardSite): string {
  const { to, title, card } = forward;
  const canonical = new URL(to, origin).href;
  const fullTitle = `${title} (moved) · ${SITE_NAME}`;
  const description = `This comparison lives at ${to}.`;
  const head = [
    // The security policy comes first in <head>, before anything it governs, as on every page.
    markup`<meta charset="utf-8">`,
    markup`<meta http-equiv="content-security-policy" content="${POLICY}">`,
    markup`<meta name="viewport" content="width=device-width, initial-scale=1">`,
    markup`<title>${fullTitle}</title>`,
    markup`<meta name="description" content="${description}">`,
    markup`<link rel="canonical" href="${canonical}">`,
    markup`<link rel="icon" href="/favicon.svg" type="image/svg+xml">`,
    markup`<meta name="color-scheme" content="light dark">`,
    markup`<link rel="stylesheet" href="${stylesheet}">`,
    markup`<meta property="og:title" content="${fullTitle}">`,
    markup`<meta property="og:description" content="${description}">`,
    markup`<meta property="og:type" content="website">`,
    markup`<meta property="og:url" content="${canonical}">`,
    markup`<meta property="og:image" content="${new URL(card.path, origin).href}">`,
    markup`<meta property="og:image:type" content="image/png">`,
    markup`<meta property="og:image:width" content="${CARD_WIDTH}">`,
    markup`<meta property="og:image:height" content="${CARD_HEIGHT}">`,
    markup`<meta property="og:image:alt" content="${card.alt}">`,
    markup`<meta name="twitter:card" content="summary_large_image">`,
    markup`<meta http-equiv="refresh" content="${`0; url=${to}`}">`,
    markup`<meta name="robots" content="noindex">`,
  ];
  const link = markup`<a href="${to}">${to}</a>`;
  const where = markup`<p>This comparison is at ${link}, with the older first.</p>`;
  const body = markup`<main><h1>${title}</h1>${where}</main>`;
  const page = markup`<html lang="en"><head>${head}</head><body>${body}</body></html>`;
  return `<!DOCTYPE html>${page.value}`;
}

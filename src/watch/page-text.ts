/**
 * The text a reader sees on a fetched page, flattened to one normalised string the value matchers
 * search. Pure: takes the body as text, returns text.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never shown as text on the page. */
const HIDDEN = new Set(['head', 'script', 'style', 'template']);

/**
 * Elements that start a new line or cell. Text on either side of them is two words; text across
 * an inline element (`<b>400</b>,000`, `$<span>0.25</span>`) stays one.
 */
const BREAKING = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * One spelling for characters that pages vary: no-break and thin spaces become spaces, the
 * Unicode hyphens and dashes (GPT‑4o with U+2011, 2024–2025) become "-", curly quotes become
 * straight ones, and runs of white space become one space.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The visible text of an HTML document: no scripts, styles or head; entities decoded. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hiddenDepth += 1;
        else if (BREAKING.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        else if (BREAKING.has(name)) parts.push(' ');
      },
      ontext(text) {
        if (hiddenDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return normalizeText(parts.join(''));
}

/** A media type the watch reads as a page, and how to turn its body into text. */
export function pageText(
  contentType: string,
  body: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === '') {
    return { ok: true, text: htmlToText(body) };
  }
  if (type.startsWith('text/')) return { ok: true, text: normalizeText(body) };
  return { ok: false, reason: `not a page the watch can read (${type})` };
}

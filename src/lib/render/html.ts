/**
 * Escaped HTML for the renderers that the build and the browser share (src/lib/render/). A value
 * interpolated into `markup` is escaped unless it is already Html, so no text from the data can
 * become markup. Pure: no DOM, so the same code runs in Astro components and in the browser.
 */

/** A piece of markup that is safe as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template takes: `false`, `null` and `undefined` render nothing, lists render in order. */
type HtmlPart = Html | string | number | false | null | undefined | readonly HtmlPart[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/;

/**
 * Text made safe for element content and double-quoted attribute values. Most text has nothing
 * to escape, and a test is cheaper than a replace that allocates a new string.
 */
export const escapeHtml = (text: string): string =>
  SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;

function render(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/**
 * `markup\`<li>${text}</li>\``: markup with every interpolated value escaped. Not named `html`:
 * Prettier reformats templates tagged `html`, and the whitespace it adds would change the text.
 */
export function markup(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  let out = strings[0] ?? '';
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/**
 * The one rule for showing a vendor's own words (a fact marked `verbatim`): a quotation in curly
 * quotes, never the site's voice, attributed to whoever published the source and dated as of
 * when it said so. Every page, Markdown file, FAQ answer and browser-drawn view words a quotation
 * through this module, so they cannot drift. Pure.
 *
 * "As of" is the fact's own `asOf` where it has one (a timely fact: the day the source showed it),
 * else the source's date at the precision the source gives; an undated source gives no date rather
 * than a guessed one.
 */
import type { Source } from '../../schemas/source.ts';
import { formatDate } from '../format.ts';

/** The parts of a quotation, for a renderer that lays them out itself. */
export interface Quotation {
  /** The words, exactly as the source gives them. */
  words: string;
  /** Who said them: the source's publisher. */
  speaker: string;
  /** When they were said, as YYYY, YYYY-MM or YYYY-MM-DD; absent when nothing dates them. */
  asOf?: string;
}

/** What a quotation needs to know of a source. */
export type QuotedSource = Pick<Source, 'publisher' | 'date'>;

/** A fact as far as quoting goes: its source, whether its value is that source's own words. */
export interface Said {
  source: string;
  verbatim?: boolean | undefined;
  /** The day the source showed the value (timely facts). */
  asOf?: string | undefined;
}

function sourceOf(sources: ReadonlyMap<string, QuotedSource>, id: string): QuotedSource {
  const source = sources.get(id);
  if (!source) throw new Error(`Source "${id}" is not in content/sources.yaml`);
  return source;
}

/** The parts of `words` quoted from the source `said.source`. */
export function quotation(
  words: string,
  said: Said,
  sources: ReadonlyMap<string, QuotedSource>,
): Quotation {
  const source = sourceOf(sources, said.source);
  const asOf = said.asOf ?? source.date ?? undefined;
  return { words, speaker: source.publisher, ...(asOf ? { asOf } : {}) };
}

/** A quotation as one line of text: `OpenAI, Jul 18, 2024: “…”`. */
export function quotationText({ words, speaker, asOf }: Quotation): string {
  return `${asOf ? `${speaker}, ${formatDate(asOf)}` : speaker}: “${words}”`;
}

/**
 * A fact's value in words: quoted and attributed when the value is its source's own words,
 * as it is otherwise. `text` is the value already formatted for reading.
 */
export function spokenText(
  text: string,
  said: Said,
  sources: ReadonlyMap<string, QuotedSource>,
): string {
  return said.verbatim ? quotationText(quotation(text, said, sources)) : text;
}

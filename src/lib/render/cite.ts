/**
 * Source markers: each source's footnote number, linking to the page's source list, named for
 * screen readers and shown on hover and focus ("source 3: GPT-5 mini model page, OpenAI"); and one
 * quiet mark for a value that is not OpenAI's own text: "third-party", or "unconfirmed" when it
 * rests on one third party alone.
 */
import type { MarkerIndex } from '../sources/citations.ts';
import {
  leastSure,
  markOf,
  type ConfidenceLevel,
  type ConfidenceMark,
} from '../sources/confidence.ts';
import { markup, type Html } from './html.ts';

/** A source a value rests on, and how sure it is. */
export interface CiteRef {
  source: string;
  confidence?: ConfidenceLevel | undefined;
}

/** The sources of a fact or an event: its own, then those that say the same. */
export function refsOf(item: {
  source: string;
  confidence: ConfidenceLevel;
  corroboratedBy?: readonly string[] | undefined;
}): CiteRef[] {
  return [item, ...(item.corroboratedBy ?? []).map((source) => ({ source }))];
}

/** The mark of a value that is not OpenAI's own text. The leading space is the gap. */
const confidenceMark = (mark: ConfidenceMark): Html =>
  markup` <span class="pill pill-${mark}">${mark}</span>`;

/**
 * One marker. Its name says which source it is; the first marker of each source on the page is a
 * Tab stop, later ones are not (they stay links for the mouse and for screen readers' link lists),
 * so a page that cites three sources a hundred times has three citation Tab stops, not a hundred.
 * Throws when the source is not in the page's list, so a marker can never point nowhere.
 */
function marker(index: MarkerIndex, source: string): Html {
  const n = index.numbers.get(source);
  const about = index.sources.get(source);
  if (n === undefined || about === undefined) {
    throw new Error(`Source "${source}" is cited but not in this page's source list`);
  }
  const name = `source ${n}: ${about.title}, ${about.publisher}`;
  const repeat = index.tabbed.has(source);
  index.tabbed.add(source);
  return markup`<sup class="cite"><a href="#source-${source}" aria-label="${name}"${
    repeat && markup` tabindex="-1"`
  }>[${n}]</a></sup>`;
}

/**
 * The markers of every source a value rests on, then one mark for the least sure of them: the
 * value's own confidence decides; sources that only corroborate it never make it less sure.
 */
export function cites(index: MarkerIndex, refs: readonly CiteRef[]): Html {
  const unique = refs.filter((ref, i) => refs.findIndex((r) => r.source === ref.source) === i);
  const mark = markOf(leastSure(unique.map((ref) => ref.confidence)));
  return markup`${unique.map((ref) => marker(index, ref.source))}${mark && confidenceMark(mark)}`;
}

/** The marker of one source, and the mark of a fact that is not OpenAI's own text. */
export function cite(
  index: MarkerIndex,
  source: string,
  confidence: ConfidenceLevel = 'high',
): Html {
  return cites(index, [{ source, confidence }]);
}

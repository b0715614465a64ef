/** Source markers: the footnote number linking to the page's source list; the third-party mark. */
import { citationFor, type CitationIndex } from '../citations.ts';
import { markup, type Html } from '../html.ts';

/** The "third-party" mark: data that is not OpenAI's own text. The leading space is the gap. */
export const thirdPartyMark = (): Html =>
  markup` <span class="pill pill-third-party">third-party</span>`;

/**
 * `[3]` linking to the source's entry, and the third-party mark for a medium-confidence fact.
 * Throws when the source is not in the page's list, so a marker can never point nowhere.
 */
export function cite(
  index: CitationIndex,
  source: string,
  confidence: 'high' | 'medium' = 'high',
): Html {
  const { n } = citationFor(index, source);
  const mark = confidence === 'medium' && thirdPartyMark();
  return markup`<sup class="cite"><a href="#source-${source}">[${n}]</a></sup>${mark}`;
}

/** The numbered list of every source a page cites; source markers link to its entries. */
import { citedSources, type CitationIndex } from '../sources/citations.ts';
import { formatDate } from '../format.ts';
import { markup, type Html } from './html.ts';

/** Each entry: title (linked), publisher, date or "date not given", and the third-party mark. */
export function sourceList(index: CitationIndex): Html {
  const items = citedSources(index).map(({ id, n, source }) => {
    const date = source.date ? `, ${formatDate(source.date)}` : ', date not given';
    // First-party sources are OpenAI's own, which the publisher already says.
    const kind = source.kind === 'third-party' ? ' · third-party' : '';
    const title = markup`<a href="${source.url}">${source.title}</a>`;
    const about = markup`<span class="muted"> — ${source.publisher}${date}${kind}</span>`;
    return markup`<li id="source-${id}" value="${n}">${title}${about}</li>`;
  });
  const heading = markup`<h2 id="sources">Sources</h2>`;
  const list = markup`<ol class="source-list">${items}</ol>`;
  return markup`<section aria-labelledby="sources">${heading}${list}</section>`;
}

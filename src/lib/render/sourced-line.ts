/** A line written from the data, with the sources it rests on; a quotation is attributed. */
import type { CitationIndex } from '../sources/citations.ts';
import { markup, type Html } from './html.ts';
import type { SourcedLine } from '../compare/types.ts';
import { cites } from './cite.ts';

export function sourcedLine(line: SourcedLine, index: CitationIndex): Html {
  const [first] = line.sources;
  const speaker = first ? (index.sources.get(first.source)?.publisher ?? first.source) : '';
  const text = line.quote ? `${speaker}: “${line.text}”` : line.text;
  return markup`${text}${cites(index, line.sources)}`;
}

/** A line written from the data, with the sources it rests on; a quotation is attributed. */
import type { CitationIndex } from '../sources/citations.ts';
import { markup, type Html } from './html.ts';
import type { SourcedLine } from '../compare/types.ts';
import { quotation, quotationText } from '../sources/quotation.ts';
import { cites } from './cite.ts';

export function sourcedLine(line: SourcedLine, index: CitationIndex): Html {
  const [first] = line.sources;
  const text =
    line.quote && first ? quotationText(quotation(line.text, first, index.sources)) : line.text;
  return markup`${text}${cites(index, line.sources)}`;
}

/**
 * The comparison table: one column per model, rows grouped, the better value marked in words,
 * ratios and point differences against the first column, and a source marker on every value.
 */
import type { CitationIndex } from '../sources/citations.ts';
import type { Cell, Row } from '../compare/cells.ts';
import { markup, type Html } from './html.ts';
import { cite } from './cite.ts';

function cell(row: Row, value: Cell | null, i: number, first: string, index: CitationIndex): Html {
  if (!value) return markup`<td class="missing">—</td>`;
  const best = row.best.includes(i);
  const marker = value.source && cite(index, value.source, value.confidence);
  const delta = value.delta && markup`<span class="delta">${value.delta} vs ${first}</span>`;
  const word = best && markup`<span class="pill pill-good">${row.betterWord ?? 'better'}</span>`;
  return markup`<td${best && markup` class="best"`}>${value.display}${marker}${delta}${word}</td>`;
}

function bodyRow(row: Row, first: string, index: CitationIndex): Html {
  const note = row.note && markup`<span class="row-note">${row.note}</span>`;
  const label = markup`<th scope="row">${row.label}${note}</th>`;
  const cells = row.cells.map((value, i) => cell(row, value, i, first, index));
  return markup`<tr${row.same && markup` data-same=""`}>${label}${cells}</tr>`;
}

/**
 * The table in its scroll box. With more than two columns a phone cannot show them all, so the
 * box scrolls sideways with the fact column pinned, and says so (`cols-N` sets the widths).
 */
export function compareTable(
  names: readonly string[],
  rows: readonly Row[],
  index: CitationIndex,
): Html {
  const first = names[0] ?? '';
  const span = names.length + 1;
  const bodies = [...new Set(rows.map((r) => r.group))].map((group) => {
    const title = markup`<th scope="colgroup" colspan="${span}"><span>${group}</span></th>`;
    const body = rows.filter((r) => r.group === group).map((r) => bodyRow(r, first, index));
    return markup`<tbody><tr class="group-row">${title}</tr>${body}</tbody>`;
  });
  const columns = names.map((n) => markup`<th scope="col">${n}</th>`);
  const head = markup`<thead><tr><th scope="col">Fact</th>${columns}</tr></thead>`;
  const title = names.join(' compared with ');
  const caption = markup`<caption class="visually-hidden">${title}</caption>`;
  const table = markup`<table class="compare-table">${caption}${head}${bodies}</table>`;
  const cueText = `Scroll the table sideways to see all ${names.length} models →`;
  const cue = names.length > 2 && markup`<p class="scroll-cue" aria-hidden="true">${cueText}</p>`;
  const region = markup`role="region" aria-label="Comparison table" tabindex="0"`;
  return markup`${cue}<div class="compare-scroll cols-${names.length}" ${region}>${table}</div>`;
}

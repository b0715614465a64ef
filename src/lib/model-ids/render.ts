/**
 * The answer to a looked-up id, as escaped HTML: what the id is and where its page is, or that it
 * is not in the catalog with the nearest ids. Drawn by the lookup in the browser; the list of every
 * id, /models/, renders each row's answer with the same function at build time. Pure.
 */
import { markup, type Html } from '../render/html.ts';
import type { IdRecord, Lookup } from './lookup.ts';

/** Where a record's link goes, in words. */
const LINK_WORDS: Record<IdRecord['kind'], string> = {
  model: 'Open its page',
  snapshot: "Open its model's page",
  provider: 'See where it runs',
  replacement: 'Compare it with the model it replaces',
  named: 'Open the page of the model it replaces',
  'not-model': 'Read the source',
};

/** What an id is, with the link to follow: the answer beside the field and a row of /models/. */
export function recordWhatHtml(record: IdRecord): Html {
  const link = record.href && markup` <a href="${record.href}">${LINK_WORDS[record.kind]}</a>`;
  return markup`${record.text}${link}`;
}

function recordHtml(record: IdRecord): Html {
  return markup`<code>${record.id}</code>: ${recordWhatHtml(record)}`;
}

/** The answer, with how the id was read from what was typed. */
export function lookupHtml(lookup: Lookup, everyIdPath: string): Html {
  if (lookup.found) {
    const read =
      lookup.via === 'fine-tune'
        ? markup`<p>A fine-tuned model built on <code>${lookup.id}</code>.</p>`
        : lookup.via === 'provider-prefix'
          ? markup`<p>Read as OpenAI's id <code>${lookup.id}</code>.</p>`
          : '';
    return markup`${read}<p>${recordHtml(lookup.record)}</p>`;
  }
  const nearest =
    lookup.suggestions.length > 0
      ? markup`<p>Nearest ids:</p><ul>${lookup.suggestions.map(
          (record) => markup`<li>${recordHtml(record)}</li>`,
        )}</ul>`
      : '';
  const every = markup`<p><a href="${everyIdPath}">Every id this catalog knows</a></p>`;
  return markup`<p>“${lookup.query}” is not in this catalog.</p>${nearest}${every}`;
}

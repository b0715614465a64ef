/**
 * <id-lookup>: the "paste your model id" field. Without JavaScript its form asks for the list of
 * every id (/models/); with it, the first use fetches the index (/models/ids.json) and the answer
 * comes at once: a model or snapshot opens its page, anything else is said beside the field. On
 * the 404 page, a mistyped /models/<id>/ address is looked up the same way when the page opens,
 * and on the list of every id, the id a model page's form (which has no script) sent there.
 */
import {
  lookUp,
  readIndex,
  type IdRecord,
  type PublishedIdIndex,
} from '../lib/model-ids/lookup.ts';
import { lookupHtml } from '../lib/model-ids/render.ts';

/** Ids whose answer is a page to open rather than a sentence to read. */
const OPENS: readonly IdRecord['kind'][] = ['model', 'snapshot'];

let index: Promise<Map<string, IdRecord>> | undefined;

function loadIndex(url: string): Promise<Map<string, IdRecord>> {
  index ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<PublishedIdIndex>;
    })
    .then(readIndex)
    .catch((error: unknown) => {
      index = undefined;
      throw error;
    });
  return index;
}

class IdLookup extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const output = this.querySelector<HTMLElement>('.id-lookup-result');
    const url = this.dataset['index'];
    const everyId = form?.getAttribute('action');
    if (!form || !input || !output || !url || !everyId) return;
    const answer = async (raw: string, open: boolean) => {
      try {
        const lookup = lookUp(raw, await loadIndex(url));
        const href = lookup.found ? lookup.record.href : undefined;
        if (open && lookup.found && href && OPENS.includes(lookup.record.kind)) {
          window.location.assign(href);
          return;
        }
        output.innerHTML = lookupHtml(lookup, everyId).value;
      } catch {
        output.textContent = 'The list of ids could not be loaded. ';
        const link = document.createElement('a');
        link.href = everyId;
        link.textContent = 'See every id this catalog knows';
        output.append(link);
      }
    };
    form.addEventListener('submit', (event) => {
      if (input.value.trim() === '') return;
      event.preventDefault();
      void answer(input.value, true);
    });
    // On the 404 page: the id in a mistyped /models/<id>/ address. On the list of every id: the
    // id a form without this script (a model page's) sent, answered in place above the list.
    const missing =
      this.dataset['lookupPath'] === 'true'
        ? /^\/models\/([^/]+)\/?$/.exec(window.location.pathname)?.[1]
        : undefined;
    const sent =
      this.dataset['lookupQuery'] === 'true'
        ? new URLSearchParams(window.location.search).get('id')?.trim()
        : undefined;
    if (missing) {
      let id = missing;
      try {
        id = decodeURIComponent(missing);
      } catch {
        // A malformed escape is looked up as typed.
      }
      input.value = id;
      void answer(id, false);
    } else if (sent) {
      input.value = sent;
      void answer(sent, false);
    }
  }
}

if (!customElements.get('id-lookup')) customElements.define('id-lookup', IdLookup);

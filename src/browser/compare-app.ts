/**
 * <compare-app>: draws any selection in the browser with the renderer the build uses for the
 * pre-rendered comparisons (src/lib/render/compare-view.ts), from the chosen models' own files
 * (/compare/data/<id>.json): a selection loads what it shows and nothing more. The choice lives in
 * the address (?models=a,b), so it can be shared, bookmarked, and moved through with back and
 * forward. The charts it draws are <bar-chart> elements, defined by the page's Enhancements script.
 */
import { mergeFiles } from '../lib/compare/files.ts';
import { dataPath, groupPath } from '../lib/paths.ts';
import {
  candidateIds,
  MAX_SELECTED,
  MIN_SELECTED,
  notInCatalog,
  parseSelection,
} from '../lib/compare/selection.ts';
import type { CompareFile, CompareGroup } from '../lib/compare/types.ts';
import { comparisonView } from '../lib/compare/view.ts';
import { markup } from '../lib/render/html.ts';
import { chosenText, groupChoices } from '../lib/render/compare-picker.ts';
import { compareView } from '../lib/render/compare-view.ts';

const FAILED_GROUP = 'This list could not be loaded. Close and open it to try again.';

/** A model's file, or null when the catalog has no such model. */
async function fetchFile(id: string): Promise<CompareFile | null> {
  const response = await fetch(dataPath(id));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${dataPath(id)}: HTTP ${response.status}`);
  return (await response.json()) as CompareFile;
}

class CompareApp extends HTMLElement {
  /** Files fetched so far (a failed fetch is forgotten, so the next choice tries again). */
  #files = new Map<string, Promise<CompareFile | null>>();
  /** The models chosen, in column order. */
  #chosen: string[] = [];
  /** Bumped by every new choice, so an answer that arrives late never overwrites a newer one. */
  #request = 0;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.picker');
    form?.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || box.name !== 'models') return;
      // The choice is the reader's at once, not when its files arrive: a second box ticked before
      // the first one's files came back builds on the first, never on the selection before it.
      const rest = this.#chosen.filter((id) => id !== box.value);
      this.#chosen = box.checked ? [...rest, box.value] : rest;
      void this.show(this.#chosen, true);
    });
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.show(this.#chosen, true);
    });
    for (const group of this.querySelectorAll<HTMLDetailsElement>('details.group'))
      group.addEventListener('toggle', () => void (group.open && this.#loadGroup(group)));
    window.addEventListener('popstate', () => void this.show(this.#fromUrl(), false));
    this.#chosen = this.#defaults();
    if (new URLSearchParams(location.search).has('models')) {
      // Until the files arrive, the pre-rendered default is on screen: mark it as being replaced.
      this.#view()?.setAttribute('aria-busy', 'true');
      void this.show(this.#fromUrl(), false);
    }
  }

  #defaults = () => (this.dataset['default'] ?? '').split(',');

  #fromUrl(): string[] {
    const values = new URLSearchParams(location.search).getAll('models');
    return values.length > 0 ? values : this.#defaults();
  }

  #view = () => this.querySelector<HTMLElement>('.compare-view');

  #file(id: string): Promise<CompareFile | null> {
    let file = this.#files.get(id);
    if (!file) {
      file = fetchFile(id);
      file.catch(() => this.#files.delete(id));
      this.#files.set(id, file);
    }
    return file;
  }

  /**
   * The selection `values` name: ids are looked up in order, a few at a time, until there are
   * enough, so a long address costs no more than a short one.
   */
  async #read(values: string[]) {
    const candidates = candidateIds(values);
    const files = new Map<string, CompareFile>();
    const failed = new Set<string>();
    let next = 0;
    while (files.size < MAX_SELECTED && next < candidates.length) {
      const batch = candidates.slice(next, next + MAX_SELECTED - files.size);
      next += batch.length;
      await Promise.all(
        batch.map((id) =>
          this.#file(id).then(
            (file) => void (file && files.set(id, file)),
            () => void failed.add(id),
          ),
        ),
      );
    }
    const { ids, errors } = parseSelection(values, (id) => files.has(id));
    const messages = errors.map((error) => {
      const id = [...failed].find((f) => error === notInCatalog(f));
      return id ? `“${id}” could not be loaded: check the connection, then choose again.` : error;
    });
    return { ids, errors: messages, files: ids.flatMap((id) => files.get(id) ?? []) };
  }

  /** Draws a group's checkboxes the first time it is opened. */
  async #loadGroup(group: HTMLDetailsElement) {
    const box = group.querySelector('.group-choices');
    const id = group.dataset['group'];
    if (!box || !id || box.querySelector('input')) return;
    try {
      const response = await fetch(groupPath(id));
      if (!response.ok) throw new Error(`${groupPath(id)}: HTTP ${response.status}`);
      const members = (await response.json()) as CompareGroup;
      box.innerHTML = groupChoices(members, new Set(this.#chosen)).value;
    } catch (error) {
      box.innerHTML = markup`<p>${FAILED_GROUP}</p>`.value;
      console.error(error);
    }
  }

  /** Ticks the boxes of the chosen models and counts them in each group's title. */
  #reflect(files: readonly CompareFile[]) {
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="models"]'))
      box.checked = this.#chosen.includes(box.value);
    for (const group of this.querySelectorAll<HTMLElement>('details.group')) {
      const count = files.filter((f) => f.model.group === group.dataset['group']).length;
      const label = group.querySelector('.group-chosen');
      if (label) label.textContent = chosenText(count);
    }
  }

  async show(values: string[], push: boolean) {
    const request = ++this.#request;
    const { ids, errors, files } = await this.#read(values);
    if (request !== this.#request) return;
    this.#chosen = ids;
    this.#reflect(files);
    const messages = this.querySelector('.compare-messages');
    const items = errors.map((e) => markup`<li>${e}</li>`);
    if (messages) messages.innerHTML = errors.length > 0 ? markup`<ul>${items}</ul>`.value : '';
    // Pressing Compare again on the same choice adds no step to the history.
    const search = `?models=${ids.join(',')}`;
    if (push && location.search !== search) history.pushState(null, '', search);
    const view = this.#view();
    if (!view) return;
    view.removeAttribute('aria-busy');
    const status = this.querySelector('[role="status"]');
    if (ids.length < MIN_SELECTED) {
      view.innerHTML =
        markup`<p>Choose at least ${MIN_SELECTED} above to see them side by side.</p>`.value;
      if (status) status.textContent = '';
      return;
    }
    const comparison = comparisonView(mergeFiles(files), ids);
    view.innerHTML = compareView(comparison, { inline: true }).value;
    const names = comparison.models.map((m) => m.name);
    if (status) status.textContent = `Showing ${names.join(', ')}.`;
    document.title = `${names.join(' vs ')} · Compare · GPT mini catalog`;
  }
}

if (!customElements.get('compare-app')) customElements.define('compare-app', CompareApp);

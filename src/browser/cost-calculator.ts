/**
 * <cost-calculator>: prices the form's request on every model as the reader types, with the same
 * pure functions and renderer the build pre-renders with. The inputs live in the address: each
 * committed change (a menu choice, leaving a field, Enter, a preset) adds a history entry, so the
 * address can be shared and back and forward step through the changes.
 */
import { rankCosts } from '../lib/calculator/cost.ts';
import {
  FIELD_LABELS,
  FIELDS,
  readInputs,
  toQuery,
  type ReadInputs,
} from '../lib/calculator/input.ts';
import { renderResults, resultsSummary, type CalculatorData } from '../lib/calculator/table.ts';
import { markerIndex } from '../lib/sources/citations.ts';

class CostCalculator extends HTMLElement {
  #data: CalculatorData | undefined;

  get #form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const form = this.#form;
    if (!json || !form) return;
    this.#data = JSON.parse(json) as CalculatorData;
    form.addEventListener('input', () => this.#show(this.#formInputs(), false));
    form.addEventListener('change', () => this.#commit());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit();
    });
    form.addEventListener('click', (event) => {
      const preset = (event.target as Element).closest<HTMLButtonElement>('button[data-input]');
      if (!preset) return;
      for (const [name, value] of Object.entries(preset.dataset)) this.#field(name, value);
      this.#commit();
    });
    window.addEventListener('popstate', () => this.#show(this.#addressInputs(), true));
    // The build drew the defaults; an address with inputs is drawn at once.
    if (location.search) this.#show(this.#addressInputs(), true);
  }

  #addressInputs() {
    return new URLSearchParams(location.search);
  }

  #formInputs() {
    const form = this.#form;
    return new URLSearchParams(form ? [...new FormData(form)].map(([k, v]) => [k, String(v)]) : []);
  }

  #field(name: string, value?: string) {
    const control = this.#form?.elements.namedItem(name) as HTMLInputElement | null;
    if (control && value !== undefined) control.value = value;
    return control;
  }

  #commit() {
    const { raw } = this.#show(this.#formInputs(), false);
    const query = toQuery(raw);
    if (query !== location.search) history.pushState(null, '', query);
  }

  /** Checks the inputs, marks each field, and draws the results or says what to fix. */
  #show(params: URLSearchParams, fill: boolean): ReadInputs {
    const data = this.#data as CalculatorData;
    const read = readInputs(params, data);
    for (const name of FIELDS) {
      const control = this.#field(name, fill ? read.raw[name] : undefined);
      if (read.invalid.includes(name)) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
      const message = this.querySelector(`[data-message-for="${name}"]`);
      if (message) message.textContent = read.messages[name] ?? '';
    }
    const status = this.querySelector('.calc-summary');
    const output = this.querySelector('.calc-output');
    if (!status || !output) return read;
    if (read.workload) {
      const view = {
        rows: rankCosts(data.models, read.workload, read.model.id),
        workload: read.workload,
        asOf: data.asOf,
        cite: markerIndex(data.cite),
      };
      output.innerHTML = renderResults(view).value;
      status.textContent = resultsSummary(view);
    } else {
      output.replaceChildren();
      const problems = read.invalid.map((f) => `${FIELD_LABELS[f]}: ${read.messages[f]}`);
      status.textContent = `No costs until the marked fields are fixed. ${problems.join(' ')}`;
    }
    return read;
  }
}

if (!customElements.get('cost-calculator'))
  customElements.define('cost-calculator', CostCalculator);

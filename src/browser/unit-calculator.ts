/**
 * <unit-calculator>: prices the form's request unit by unit on every model as the reader types,
 * with the same pure functions and renderer the build pre-renders with. The inputs live in the
 * address: each committed change (a menu choice, leaving a field, Enter) adds a history entry, so
 * the address can be shared and back and forward step through the changes. Loaded only on the
 * calculators of lines whose models price more than text tokens.
 */
import {
  readUnitInputs,
  toUnitQuery,
  UNIT_FIELD_LABELS,
  type ReadUnitInputs,
} from '../lib/calculator/unit-input.ts';
import { rankUnitCosts } from '../lib/calculator/units.ts';
import {
  renderUnitResults,
  unitResultsSummary,
  type UnitCalculatorData,
} from '../lib/calculator/unit-table.ts';
import { markerIndex } from '../lib/sources/citations.ts';

class UnitCalculator extends HTMLElement {
  #data: UnitCalculatorData | undefined;

  get #form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const form = this.#form;
    if (!json || !form) return;
    this.#data = JSON.parse(json) as UnitCalculatorData;
    form.addEventListener('input', () => this.#show(this.#formInputs(), false));
    form.addEventListener('change', () => this.#commit());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit();
    });
    window.addEventListener('popstate', () => this.#show(this.#addressInputs(), true));
    // The build drew the opening request; an address with inputs is drawn at once.
    if (location.search) this.#show(this.#addressInputs(), true);
  }

  #addressInputs() {
    return new URLSearchParams(location.search);
  }

  #formInputs() {
    const form = this.#form;
    return new URLSearchParams(form ? [...new FormData(form)].map(([k, v]) => [k, String(v)]) : []);
  }

  #commit() {
    const { raw } = this.#show(this.#formInputs(), false);
    const query = toUnitQuery(raw, (this.#data as UnitCalculatorData).fields);
    if (query !== location.search) history.pushState(null, '', query);
  }

  /** Checks the inputs, marks each field, and draws the results or says what to fix. */
  #show(params: URLSearchParams, fill: boolean): ReadUnitInputs {
    const data = this.#data as UnitCalculatorData;
    const read = readUnitInputs(params, data);
    for (const name of data.fields) {
      const control = this.#form?.elements.namedItem(name) as HTMLInputElement | null;
      if (control && fill) control.value = read.raw[name] ?? '';
      if (read.invalid.includes(name)) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
      const message = this.querySelector(`[data-message-for="${name}"]`);
      if (message) message.textContent = read.messages[name] ?? '';
    }
    const status = this.querySelector('.calc-summary');
    const output = this.querySelector('.calc-output');
    if (!status || !output) return read;
    if (read.request) {
      const costs = rankUnitCosts(data.models, read.request);
      const view = {
        costs,
        request: read.request,
        fields: data.fields,
        cite: markerIndex(data.cite),
      };
      output.innerHTML = renderUnitResults(view, data.asOf).value;
      status.textContent = unitResultsSummary(costs);
    } else {
      output.replaceChildren();
      const problems = read.invalid.map((f) => `${UNIT_FIELD_LABELS[f]}: ${read.messages[f]}`);
      status.textContent = `No costs until the marked fields are fixed. ${problems.join(' ')}`;
    }
    return read;
  }
}

if (!customElements.get('unit-calculator'))
  customElements.define('unit-calculator', UnitCalculator);

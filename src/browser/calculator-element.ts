/**
 * What both calculators' elements do with their form, whatever they price: read the inputs from
 * the form as the reader types and from the address on load and on back and forward; mark each
 * field with its message; draw the results with the renderer the build pre-rendered them with, or
 * say what to fix; fill a preset's fields; and make each committed change (a menu choice, leaving
 * a field, Enter, a preset) a history entry, so the address can be shared. A calculator supplies
 * how to read, word and draw its own inputs (cost-calculator.ts for text tokens,
 * unit-calculator.ts for other units).
 */

/** What a calculator's reading of its inputs tells the element. */
export interface ReadForm<Field extends string> {
  /** What each field shows: the text read, a known value in place of an unknown one. */
  raw: Partial<Record<Field, string>>;
  messages: Partial<Record<Field, string>>;
  invalid: readonly Field[];
}

/** Drawn results: the table's markup and the one-line summary read out to screen readers. */
export interface Drawn {
  html: string;
  summary: string;
}

/** The address's inputs: what a shared link or back and forward brings. */
const addressInputs = () => new URLSearchParams(location.search);

/** The form's inputs as the reader has them. */
const formInputs = (form: HTMLFormElement) =>
  new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));

export abstract class CalculatorElement<
  Data,
  Field extends string,
  Read extends ReadForm<Field>,
> extends HTMLElement {
  // Set when connected, before any use; declared only, so no field is emitted to hold undefined.
  declare protected data: Data;
  declare protected form: HTMLFormElement;

  /** The inputs checked against the data. */
  protected abstract read(params: URLSearchParams): Read;
  /** The address for inputs as read. */
  protected abstract query(read: Read): string;
  /** The results, or nothing while an input is wrong. */
  protected abstract draw(read: Read): Drawn | undefined;
  /** A field's name as its label says it, for the summary of what to fix. */
  protected abstract label(field: Field): string;

  connectedCallback() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const form = this.querySelector('form');
    if (!json || !form) return;
    this.data = JSON.parse(json) as Data;
    this.form = form;
    form.addEventListener('input', () => this.show());
    form.addEventListener('change', () => this.commit());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit();
    });
    // A preset (a button with data-* inputs) fills its fields at once: one committed change.
    form.addEventListener('click', (event) => {
      const preset = (event.target as Element).closest<HTMLButtonElement>('button[data-input]');
      if (!preset) return;
      // A data attribute's value is always a string.
      for (const [name, value] of Object.entries(preset.dataset as Record<string, string>)) {
        const control = form.elements.namedItem(name) as HTMLInputElement | null;
        if (control) control.value = value;
      }
      this.commit();
    });
    window.addEventListener('popstate', () => this.show(addressInputs()));
    // The build drew the opening request; an address with inputs is drawn at once.
    if (location.search) this.show(addressInputs());
  }

  protected commit() {
    const query = this.query(this.show());
    if (query !== location.search) history.pushState(null, '', query);
  }

  /**
   * Checks the inputs, marks each field, and draws the results or says what to fix. Inputs from
   * the address (`params`) are also written into the form; without them, the form's are read.
   */
  private show(params?: URLSearchParams): Read {
    const read = this.read(params ?? formInputs(this.form));
    // The form's own fields: each named control (menus and number fields; buttons have no name).
    for (const control of this.form.elements as Iterable<HTMLInputElement>) {
      const name = control.name as Field;
      if (!name) continue;
      if (params) control.value = read.raw[name] ?? '';
      if (read.invalid.includes(name)) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      const message = this.querySelector(`[data-message-for="${name}"]`);
      if (message) message.textContent = read.messages[name] ?? '';
    }
    // Both are the results' own markup (CostResults.astro, UnitResults.astro), always rendered.
    const status = this.querySelector('.calc-summary') as Element;
    const output = this.querySelector('.calc-output') as Element;
    const drawn = this.draw(read);
    if (drawn) {
      output.innerHTML = drawn.html;
      status.textContent = drawn.summary;
    } else {
      output.replaceChildren();
      const problems = read.invalid.map((f) => `${this.label(f)}: ${read.messages[f]}`);
      status.textContent = `No costs until the marked fields are fixed. ${problems.join(' ')}`;
    }
    return read;
  }
}

/**
 * <unit-calculator>: prices the form's request unit by unit on every model as the reader types,
 * with the same pure functions and renderer the build pre-renders with (the form's handling is
 * calculator-element.ts's). Loaded only on the calculators of lines whose models price more than
 * text tokens.
 */
import {
  readUnitInputs,
  toUnitQuery,
  UNIT_FIELD_LABELS,
  type ReadUnitInputs,
  type UnitField,
} from '../lib/calculator/unit-input.ts';
import { rankUnitCosts } from '../lib/calculator/units.ts';
import {
  renderUnitResults,
  unitResultsSummary,
  type UnitCalculatorData,
} from '../lib/calculator/unit-table.ts';
import { markerIndex } from '../lib/sources/citations.ts';
import { CalculatorElement } from './calculator-element.ts';

class UnitCalculator extends CalculatorElement<UnitCalculatorData, UnitField, ReadUnitInputs> {
  protected read(params: URLSearchParams) {
    return readUnitInputs(params, this.data);
  }

  protected query(read: ReadUnitInputs) {
    return toUnitQuery(read.raw, this.data.fields);
  }

  protected label(field: UnitField) {
    return UNIT_FIELD_LABELS[field];
  }

  protected draw({ request }: ReadUnitInputs) {
    if (!request) return undefined;
    const { models, fields, cite, asOf } = this.data;
    const costs = rankUnitCosts(models, request);
    const view = { costs, request, fields, cite: markerIndex(cite) };
    return { html: renderUnitResults(view, asOf).value, summary: unitResultsSummary(costs) };
  }
}

if (!customElements.get('unit-calculator'))
  customElements.define('unit-calculator', UnitCalculator);

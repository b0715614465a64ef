/**
 * <cost-calculator>: prices the form's request on every model as the reader types, with the same
 * pure functions and renderer the build pre-renders with (the form's handling is
 * calculator-element.ts's, its presets' included).
 */
import { rankCosts } from '../lib/calculator/cost.ts';
import {
  FIELD_LABELS,
  readInputs,
  toQuery,
  type FieldName,
  type ReadInputs,
} from '../lib/calculator/input.ts';
import { renderResults, resultsSummary, type CalculatorData } from '../lib/calculator/table.ts';
import { markerIndex } from '../lib/sources/citations.ts';
import { CalculatorElement } from './calculator-element.ts';

class CostCalculator extends CalculatorElement<CalculatorData, FieldName, ReadInputs> {
  protected read(params: URLSearchParams) {
    return readInputs(params, this.data);
  }

  protected query(read: ReadInputs) {
    return toQuery(read.raw);
  }

  protected label(field: FieldName) {
    return FIELD_LABELS[field];
  }

  protected draw({ workload, model }: ReadInputs) {
    if (!workload) return undefined;
    const view = {
      rows: rankCosts(this.data.models, workload, model.id),
      workload,
      asOf: this.data.asOf,
      cite: markerIndex(this.data.cite),
    };
    return { html: renderResults(view).value, summary: resultsSummary(view) };
  }
}

if (!customElements.get('cost-calculator'))
  customElements.define('cost-calculator', CostCalculator);

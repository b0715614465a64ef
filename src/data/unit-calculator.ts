/**
 * What a line's unit calculator needs: the same models as its cost calculator (every version and
 * every model named as a replacement for one, shut-down ones marked), as compact unit data
 * (shipped to the browser too), the fields the line's models price, the opening request and the
 * page's source numbering. For the lines whose models price more than text tokens. Built once per
 * line and build.
 */
import { buildCitationIndex, markerData, type CitationIndex } from '../lib/sources/citations.ts';
import { toUnitModel } from '../lib/calculator/unit-model.ts';
import { imagePriceOptions, unitFields } from '../lib/calculator/unit-input.ts';
import { unitDefaults } from '../lib/calculator/unit-defaults.ts';
import type { UnitCalculatorData } from '../lib/calculator/unit-table.ts';
import { getCalculator, type CalculatorModel } from './calculator.ts';
import { getCatalog } from './catalog.ts';
import { oncePerKey } from './once.ts';

export interface UnitCalculatorPage {
  models: CalculatorModel[];
  data: UnitCalculatorData;
  index: CitationIndex;
}

async function build(lineId: string): Promise<UnitCalculatorPage> {
  const catalog = await getCatalog();
  const { models } = await getCalculator(lineId);
  const units = models.map((m) => ({
    ...toUnitModel(m.cost.id, m.cost.shutDown, m.data),
    ...(m.cost.replaces ? { replaces: m.cost.replaces } : {}),
  }));
  const facts = (m: CalculatorModel) =>
    [m.data.reasoning, m.data.contextWindow, m.data.maxInput, m.data.maxOutput].map((f) =>
      'value' in f ? { source: f.source, corroboratedBy: f.corroboratedBy } : null,
    );
  // Numbered in page order: the results' rates and modalities, then the models table.
  const index = buildCitationIndex(
    [
      ...units.map((u) => [u.rates, u.perImage, u.inputs, u.outputs]),
      ...models.map((m) => [
        m.namings.map((n) => ({
          source: n.reading.source,
          corroboratedBy: n.reading.corroboratedBy,
        })),
        facts(m),
      ]),
    ],
    catalog.sources,
  );
  const fields = unitFields(units);
  const imagePrices = imagePriceOptions(units);
  const line = catalog.lineById.get(lineId);
  if (!line) throw new Error(`No line "${lineId}" in content/lines for a unit calculator`);
  // The opening request is one the line's newest version still served takes (else its newest).
  const members = new Set(line.members.map((m) => m.id));
  const versions = units.filter((u) => members.has(u.id));
  const opening = versions.findLast((u) => u.shutDown === null) ?? versions.at(-1);
  if (!opening) throw new Error(`The unit calculator of line "${lineId}" needs a version`);
  return {
    models,
    index,
    data: {
      models: units,
      fields,
      imagePrices,
      defaults: unitDefaults(opening, fields, imagePrices),
      asOf: line.data.verified,
      cite: markerData(index),
    },
  };
}

/** A line's unit calculator: its models, data and sources, built once per build. */
export const getUnitCalculator = oncePerKey(build);

/**
 * The real content's provider rows, as the data layer (src/data/providers.ts) shapes them: each
 * availability file's rows with their standing on TEST_BUILD_DAY against OpenAI's shutdown day as
 * the model's line computes it, named as the catalog names models. For the tests of the files
 * built from every row (the provider calendars, providers.csv) against what content says.
 */
import type { ModelProviderRows } from '../../src/lib/export/provider-calendar.ts';
import { lifecycleState, stateDays } from '../../src/lib/lifecycle/state.ts';
import { providerRows } from '../../src/lib/providers/rows.ts';
import {
  AvailabilitySchema,
  ProviderSchema,
  type Availability,
  type Provider,
} from '../../src/schemas/index.ts';
import { loadContentTree } from '../../src/validation/load-content.ts';
import { TEST_BUILD_DAY } from './build-days.ts';
import { loadContent } from './content.ts';
import { CONTENT_DIR } from './fixtures.ts';

export interface RealProviderContent {
  providers: ReadonlyMap<string, Provider>;
  availability: ReadonlyMap<string, Availability>;
  /** OpenAI's shutdown day of each version that has one, on TEST_BUILD_DAY. */
  openai: ReadonlyMap<string, string>;
  models: ModelProviderRows[];
  sources: ReturnType<typeof loadContent>['sources'];
  names: ReadonlyMap<string, string>;
}

export function realProviderContent(): RealProviderContent {
  const content = loadContent();
  const { tree } = loadContentTree(CONTENT_DIR);
  const providers = new Map(tree.providers.map((e) => [e.id, ProviderSchema.parse(e.data)]));
  const availability = new Map(
    tree.availability.map((e) => [e.id, AvailabilitySchema.parse(e.data)]),
  );
  const openai = new Map<string, string>();
  for (const line of content.lines.values())
    for (const id of line.members) {
      const model = content.models.get(id);
      const date = model
        ? lifecycleState(model.data.lifecycle, stateDays(TEST_BUILD_DAY, line.verified)).shutdown
            ?.date
        : undefined;
      if (date) openai.set(id, date);
    }
  const names = new Map([
    ...[...content.replacements].map(([id, r]) => [id, r.name] as const),
    ...[...content.models].map(([id, m]) => [id, m.data.name] as const),
  ]);
  const models = [...availability]
    .toSorted(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, file]) => ({
      id,
      name: names.get(id) ?? id,
      rows: providerRows(file.providers, providers, openai.get(id), TEST_BUILD_DAY),
    }));
  return { providers, availability, openai, models, sources: content.sources, names };
}

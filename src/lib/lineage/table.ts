/** Rows of the lineage table ("every version"), newest first. Pure. */
import type { Fact, Knowable } from '../../schemas/fact.ts';
import type { ModalityName } from '../../schemas/primitives.ts';
import type { Pricing } from '../../schemas/pricing.ts';
import { newestFirst, type ModelEntry } from './members.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { pricedByKind, ratesOf, type HeadlineRate } from '../pricing/headline.ts';

/** The state the catalog computed for `id`; a missing one is a bug in the caller, said plainly. */
function stateIn(status: ReadonlyMap<string, LifecycleState>, id: string): LifecycleState {
  const state = status.get(id);
  if (!state) throw new Error(`No lifecycle state for "${id}"`);
  return state;
}

export interface LineageRow {
  id: string;
  name: string;
  isNewest: boolean;
  released: Fact<string>;
  contextWindow: Knowable<number>;
  maxOutput: Knowable<number>;
  /** Standard rates, each kind of token on its own (the CSV's columns). */
  input: Knowable<number>;
  cachedInput: Knowable<number>;
  output: Knowable<number>;
  audio: Pricing['audio'];
  image: Pricing['image'];
  /** The same rates as the table shows them: by kind of token where the sources price several. */
  rates: {
    byKind: boolean;
    input: HeadlineRate[];
    cachedInput: HeadlineRate[];
    output: HeadlineRate[];
  };
  inputModalities: Knowable<ModalityName[]>;
  outputModalities: Knowable<ModalityName[]>;
  lifecycle: LifecycleState;
}

/** One row per member, newest first, each with its state from `status` (the catalog's). */
export function lineageRows(
  oldestFirst: readonly ModelEntry[],
  status: ReadonlyMap<string, LifecycleState>,
): LineageRow[] {
  const newestId = oldestFirst.at(-1)?.id;
  return newestFirst(oldestFirst).map(({ id, data }) => ({
    id,
    name: data.name,
    isNewest: id === newestId,
    released: data.released,
    contextWindow: data.contextWindow,
    maxOutput: data.maxOutput,
    input: data.pricing.input,
    cachedInput: data.pricing.cachedInput,
    output: data.pricing.output,
    audio: data.pricing.audio,
    image: data.pricing.image,
    rates: {
      byKind: pricedByKind(data.pricing),
      input: ratesOf(data.pricing, 'input'),
      cachedInput: ratesOf(data.pricing, 'cachedInput'),
      output: ratesOf(data.pricing, 'output'),
    },
    inputModalities: data.modalities.input,
    outputModalities: data.modalities.output,
    lifecycle: stateIn(status, id),
  }));
}

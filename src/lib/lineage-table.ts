/** Rows of the lineage table ("every version"), newest first. Pure. */
import type { Fact, Knowable } from '../schemas/fact.ts';
import type { ModalityName } from '../schemas/primitives.ts';
import { newestFirst, type ModelEntry } from './lineage.ts';
import { lifecycleState, type LifecycleState } from './lifecycle.ts';

export interface LineageRow {
  id: string;
  name: string;
  isNewest: boolean;
  released: Fact<string>;
  contextWindow: Knowable<number>;
  maxOutput: Knowable<number>;
  input: Knowable<number>;
  cachedInput: Knowable<number>;
  output: Knowable<number>;
  inputModalities: Fact<ModalityName[]>;
  outputModalities: Fact<ModalityName[]>;
  lifecycle: LifecycleState;
}

/** One row per member, newest first; `asOf` is the day the data was verified. */
export function lineageRows(oldestFirst: readonly ModelEntry[], asOf: string): LineageRow[] {
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
    inputModalities: data.modalities.input,
    outputModalities: data.modalities.output,
    lifecycle: lifecycleState(data.lifecycle, asOf),
  }));
}

/**
 * FAQ questions generated from a model's data, so an answer can never disagree with the page:
 * every topic in reading order, and the hand-written entries merged in by their order. The
 * answers are written in specs.ts, lifecycle.ts and versus.ts, on the Answer of answer.ts.
 */
import type { Model } from '../../schemas/model.ts';
import type { LinePosition } from '../lineage/members.ts';
import type { FaqContext, FaqItem } from './answer.ts';
import { availability, fineTuning, shutdownAnswer } from './lifecycle.ts';
import {
  contextWindow,
  knowledgeCutoff,
  modalities,
  modelId,
  pricing,
  reasoning,
} from './specs.ts';
import { vsPredecessor } from './versus.ts';

/** Every generated question for `model`, in reading order. */
export function generateFaq(
  id: string,
  model: Model,
  position: LinePosition,
  ctx: FaqContext,
): FaqItem[] {
  const items = [
    shutdownAnswer(model, ctx),
    pricing(model, ctx),
    contextWindow(model),
    modalities(model),
    knowledgeCutoff(model),
    availability(model, position, ctx),
    modelId(id, model),
    reasoning(model),
    fineTuning(model, ctx),
  ];
  if (position.predecessor) items.push(vsPredecessor(model, position.predecessor));
  return items;
}

/** Generated and hand-written questions together, by `order`, ties in the given order. */
export function mergeFaq(
  generated: readonly FaqItem[],
  handWritten: readonly FaqItem[],
): FaqItem[] {
  return [...generated, ...handWritten].sort((x, y) => x.order - y.order);
}

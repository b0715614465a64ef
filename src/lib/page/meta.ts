/**
 * Page titles and descriptions written from the data, for search results and link previews. Pure.
 */
import type { Model } from '../../schemas/model.ts';
import { formatDate } from '../format.ts';
import { pricePhrase } from '../pricing/headline.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { statusText } from '../lifecycle/wording.ts';

/**
 * `GPT-5 mini (gpt-5-mini), released Aug 7, 2025: $0.25 input / $2.00 output per 1M tokens. …`, the
 * rates as every short price is written (by kind of token where the sources price several).
 */
export function modelPageDescription(id: string, model: Model, state: LifecycleState): string {
  const rates = pricePhrase(model.pricing);
  const price = rates ? ` ${rates}.` : '';
  const status = state.shutdown
    ? ` ${statusText(state)}${state.replacement ? `; replacement: ${state.replacement}` : ''}.`
    : '';
  return (
    `${model.name} (${id}), released ${formatDate(model.released.value)}:${price}${status}` +
    ' Specs, benchmarks, pricing and FAQ, every figure sourced.'
  );
}

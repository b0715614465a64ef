/**
 * The sentences both calculators (the text one, table.ts, and the unit one, unit-table.ts) say of
 * a model no longer served where the request is priced: at OpenAI, or at the provider whose price
 * list the reader chose. Pure.
 */
import { formatDate } from '../format.ts';

/**
 * `Shut down Dec 11, 2026: no longer served, priced for comparison only`; at another provider,
 * `Retired on Azure OpenAI / Microsoft Foundry Feb 9, 2027: …`.
 */
export function noLongerServedText(day: string, provider?: string): string {
  const what = provider ? `Retired on ${provider}` : 'Shut down';
  return `${what} ${formatDate(day)}: no longer served, priced for comparison only`;
}

/** Said instead of a cheapest model when every model priced is no longer served there. */
export function allGoneText(provider?: string): string {
  const gone = provider ? `is retired on ${provider}` : 'has shut down';
  return `Every model here ${gone}: the costs are a record, not an option.`;
}

/**
 * What a page of OpenAI's dates says for a provider the reader chose earlier in the visit: that
 * provider's own retirements among the page's models (soonest first, then those already retired),
 * and how many of the page's models it serves with no date, does not offer, or the provider check
 * did not cover. The home page covers every model; a line's page, the line's members. Pure.
 */
import type { ProviderEntry, ProviderGoingAway } from './going-away.ts';

export interface ChosenProvider {
  /** Retiring (soonest first), then retired (latest first): its own dates. */
  dated: ProviderEntry[];
  /** Served with no retirement date stated. */
  undated: number;
  /** Not offered, or no citable source says it is. */
  absent: number;
  /** Not in the provider check. */
  unchecked: number;
}

/** `going` restricted to `scope` (model ids); every model when no scope is given. */
export function chosenProvider(
  going: ProviderGoingAway,
  scope?: ReadonlySet<string>,
): ChosenProvider {
  const inScope = (id: string) => !scope || scope.has(id);
  const entries = (list: readonly ProviderEntry[]) => list.filter((e) => inScope(e.model.id));
  return {
    dated: [...entries(going.retiring), ...entries(going.retired)],
    undated: entries(going.undated).length,
    absent: entries(going.absent).length,
    unchecked: going.unchecked.filter((m) => inScope(m.id)).length,
  };
}

/**
 * Sentences the calculator's form states from the data: which models reason (and their default
 * effort) and which charge a long-context surcharge. Build-time only; pure.
 */
import { reasoningBilling, type CostModel } from './cost.ts';
import { formatList, formatTokens } from '../format.ts';
import { effortLabel } from '../labels.ts';
import type { Score } from '../../schemas/model.ts';

/** Which models bill reasoning tokens, at which default effort, and which do not or may not. */
export function reasoningHint(models: readonly CostModel[]): string {
  const by = (kind: ReturnType<typeof reasoningBilling>) =>
    models.filter((m) => reasoningBilling(m) === kind);
  const reasons = by('counted').map((m) => {
    const effort = m.reasoning?.default;
    const label = effort ? effortLabel(effort as Score['effort']) : 'not stated';
    return `${m.name} (default effort: ${label})`;
  });
  const none = by('no-reasoning').map((m) => m.name);
  const unknown = by('not-stated').map((m) => m.name);
  const parts = [
    'Billed as output tokens, and counted only for ' +
      (reasons.length > 0
        ? `the models that reason: ${formatList(reasons)}.`
        : 'models the sources say reason: none here.'),
  ];
  if (none.length > 0)
    parts.push(`${formatList(none)} ${none.length > 1 ? 'have' : 'has'} no reasoning step.`);
  if (unknown.length > 0)
    parts.push(`For ${formatList(unknown)} the sources do not say, so none are counted.`);
  return parts.join(' ');
}

/** Who charges a long-context surcharge, above which input size, or null when nobody does. */
export function longContextHint(models: readonly CostModel[]): string | null {
  const groups = Map.groupBy(
    models.filter((m) => m.longContext),
    (m) => m.longContext?.aboveInputTokens ?? 0,
  );
  if (groups.size === 0) return null;
  const sentences = [...groups].map(
    ([above, list]) =>
      `${formatList(list.map((m) => m.name))} charge${list.length > 1 ? '' : 's'} more for the ` +
      `whole request when its input is above ${formatTokens(above)} tokens.`,
  );
  return `${sentences.join(' ')} The calculator applies the surcharge where it is due.`;
}

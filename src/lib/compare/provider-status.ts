/**
 * A model's status at each provider, as its comparison file carries it: worded once, when the file
 * is published, so the browser only shows the text. Third-party listings of a provider are left
 * out: they are not a provider's own offer. Pure; never shipped to the browser.
 */
import type { ProviderRowView } from '../providers/rows.ts';
import { standingSentence } from '../providers/wording.ts';
import type { CompareProviderStatus } from './types.ts';

/** The source a status rests on: the provider's retirement date where it states one. */
function sourceOf({ row }: ProviderRowView): {
  source?: string;
  confidence: CompareProviderStatus['confidence'];
} {
  if (row.offer === 'offered' && 'value' in row.lifecycle.retirement) {
    const { source, confidence } = row.lifecycle.retirement;
    return { source, confidence };
  }
  if (row.offer === 'uncited' || row.source === undefined) return { confidence: row.confidence };
  return { source: row.source, confidence: row.confidence };
}

/** Each provider's status for one model, by provider id, in the order of `views`. */
export function providerStatuses(
  views: readonly ProviderRowView[],
): Record<string, CompareProviderStatus> {
  return Object.fromEntries(
    views
      .filter((view) => view.provider.data.kind !== 'catalog')
      .map((view) => {
        const status: CompareProviderStatus = {
          name: view.provider.data.name,
          display: standingSentence(view.standing),
          ...sourceOf(view),
        };
        if (view.row.offer === 'offered') status.offered = true;
        return [view.provider.id, status];
      }),
  );
}

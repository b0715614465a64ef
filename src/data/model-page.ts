/**
 * Everything a model page shows beyond the model itself: its line, state, replacement, the
 * providers it runs at, and its FAQ.
 */
import { render } from 'astro:content';
import { faqAnchor, faqSlug, type FaqItem } from '../lib/faq/answer.ts';
import { generateFaq, mergeFaq } from '../lib/faq/generate.ts';
import { providerFaq } from '../lib/faq/providers.ts';
import { type LifecycleState } from '../lib/lifecycle/state.ts';
import { positionIn, type LinePosition, type ModelEntry } from '../lib/lineage/members.ts';
import type { ProviderRowView } from '../lib/providers/rows.ts';
import { providerRowsOf } from './providers.ts';

import {
  getCatalog,
  listedReplacement,
  stateOf,
  type LineView,
  type ListedReplacement,
} from './catalog.ts';

/** A hand-written FAQ entry, ready to render. */
export interface HandWrittenFaqItem extends FaqItem {
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** Everything a model page shows beyond the model itself. */
export interface ModelPageData {
  model: ModelEntry;
  line: LineView;
  position: LinePosition;
  lifecycle: LifecycleState;
  /** The model OpenAI names as the replacement, when one is named and the catalog describes it. */
  replacement: ListedReplacement | undefined;
  /** Where else it runs: each provider's row, in page order; none where no source says. */
  providers: ProviderRowView[];
  faq: (FaqItem | HandWrittenFaqItem)[];
}

/** Data for /models/<id>/. */
export async function getModelPage(id: string): Promise<ModelPageData> {
  const catalog = await getCatalog();
  const model = catalog.models.get(id);
  const line = catalog.lineOfModel.get(id);
  if (!model || !line) throw new Error(`No model "${id}" in any line`);
  const position = positionIn(line.id, line.data, line.members, id);
  const handWritten = await Promise.all(
    catalog.faqEntries
      .filter((entry) => entry.data.model === id)
      .map(async (entry): Promise<HandWrittenFaqItem> => ({
        anchor: faqAnchor(faqSlug(entry.id)),
        question: entry.data.question,
        answer: entry.data.summary,
        sources: entry.data.sources,
        confidence: entry.data.confidence,
        order: entry.data.order,
        Content: (await render(entry)).Content,
      })),
  );
  const lifecycle = stateOf(catalog, id);
  const context = {
    state: lifecycle,
    names: catalog.modelNames,
    lineRecommendations: line.data.recommendations,
    sources: catalog.sources,
  };
  const providers = await providerRowsOf(id);
  const generated = [
    ...generateFaq(id, model.data, position, context),
    ...providerFaq(model.data, providers, context),
  ];
  return {
    model,
    line,
    position,
    lifecycle,
    replacement: listedReplacement(catalog, model),
    providers,
    faq: mergeFaq(generated, handWritten),
  };
}

/**
 * A place other than OpenAI's API where a model is offered (content/providers.yaml, keyed by the
 * provider's id): a cloud, a router, a gateway, an assistant. Each model's offer there is in
 * content/availability/<model-id>.yaml (src/schemas/availability.ts).
 */
import { z } from 'astro/zod';
import { Id, SourceId } from './primitives.ts';

/**
 * What kind of place it is. `catalog`: third-party data that lists another provider's offer (its
 * ids and prices), not a place to run a model; `describes` names that provider. Reader-facing names
 * live in src/lib/labels.ts.
 */
const ProviderKind = z.enum(
  ['cloud', 'router', 'gateway', 'assistant', 'hosted-api', 'data-platform', 'catalog'],
  {
    error:
      'kind is cloud, router, gateway, assistant, hosted-api, data-platform or catalog ' +
      '(third-party data listing another provider)',
  },
);

export const ProviderSchema = z
  .strictObject({
    /** The name readers know it by, such as "OpenRouter". */
    name: z.string().min(1, { error: 'A provider needs a name' }),
    kind: ProviderKind,
    /** For a `catalog`: the provider whose offer it lists (an id in content/providers.yaml). */
    describes: Id.optional(),
    /**
     * The provider's own list of its models, as a source in content/sources.yaml; absent when no
     * source the catalog holds is one.
     */
    modelList: z.strictObject({ source: SourceId }).optional(),
  })
  .superRefine((provider, ctx) => {
    if ((provider.kind === 'catalog') !== (provider.describes !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['describes'],
        message:
          provider.kind === 'catalog'
            ? 'A catalog lists another provider: name it in describes'
            : 'Only a catalog (kind: catalog) describes another provider',
      });
    }
  });

export type Provider = z.infer<typeof ProviderSchema>;

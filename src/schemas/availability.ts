/**
 * How one model is offered outside OpenAI's API (content/availability/<model-id>.yaml, the file
 * name being a model of content/models or content/replacements): one row per provider, with the
 * provider's own ids, prices, limits and lifecycle, every value sourced. A provider's dates are its
 * own: they are never copied from OpenAI's, and the page says how far apart they are.
 */
import { z } from 'astro/zod';
import { Confidence, Conflict, fact, knowable, orUnknown, timely } from './fact.ts';
import { Day, Id, SourceId, TokenCount, UsdPer1M } from './primitives.ts';

/** Key of an entry in content/providers.yaml. */
const ProviderId = Id.describe('Key of an entry in content/providers.yaml');

/** Key of an entry in content/uncitable-sources.yaml: evidence that is named, never cited. */
const UncitableSourceId = Id.describe('Key of an entry in content/uncitable-sources.yaml');

/** A source a price must name: a missing one is said plainly, not as "expected an id". */
const PriceSource = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'A price needs its source: the key of an entry in content/sources.yaml'
        : 'Expected an id (a string)',
  })
  .pipe(SourceId);

const sourced = {
  source: SourceId,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
  /** Other sources that say the same. */
  corroboratedBy: z.array(SourceId).min(1).optional(),
};

/**
 * An id (or the name a product shows) that selects the model at the provider, as the source writes
 * it: `openai/gpt-5-mini`, `gpt-5-mini`, `GPT-5 mini` in Copilot's picker.
 */
const ProviderModelId = z.strictObject({
  id: z
    .string({ error: 'Expected the id as text' })
    .regex(/^\S(?:.*\S)?$/, { error: 'An id is text without spaces at its ends' }),
  /** Which id this is, where there are several (`dated slug`, `Runtime inference profile`). */
  label: z.string().min(1).optional(),
  ...sourced,
});

/**
 * Which price list a rate is from. Azure's deployment types price differently (`global`,
 * `data-zone`, `regional`, and their batch, priority and flex variants); `standard` is a provider's
 * one list price and `batch` its batch price; `eu-in-region` is OpenRouter's routing within the
 * EU. Names for readers live in src/lib/labels.ts.
 */
const ProviderTier = z.enum(
  [
    'standard',
    'batch',
    'global',
    'data-zone',
    'regional',
    'global-batch',
    'global-priority',
    'global-flex',
    'eu-in-region',
  ],
  {
    error:
      'tier is standard, batch, global, data-zone, regional, global-batch, global-priority, ' +
      'global-flex or eu-in-region',
  },
);

/** Kinds of rate a provider lists, each in US dollars per 1M tokens. */
const ProviderRateKind = z.enum(['input', 'cached-input', 'cache-write', 'output'], {
  error: 'Rate kind is input, cached-input, cache-write or output',
});

/** The rates of one tier (and region) as one source lists them. */
const ProviderPrice = z.strictObject({
  tier: ProviderTier,
  /** The region or zone the rates apply in, where the source prices regions apart. */
  region: z.string().min(1).optional(),
  /** Rates for requests whose input is above this many tokens (a long-context price). */
  aboveInputTokens: TokenCount.optional(),
  rates: z
    .array(z.strictObject({ kind: ProviderRateKind, usdPer1M: UsdPer1M }))
    .min(1, { error: 'A price needs at least one rate' }),
  source: PriceSource,
  confidence: Confidence.default('high'),
  note: z.string().min(1).optional(),
  corroboratedBy: z.array(SourceId).min(1).optional(),
  conflicts: z.array(Conflict).optional(),
});

/** What happens to the model at this provider, each event as of the day a source showed it. */
const ProviderLifecycle = z.strictObject({
  /** The provider's own word for its state (GA, Deprecated, Legacy). */
  status: timely(z.string().min(1)).optional(),
  /**
   * The day the provider retires it, with earlier editions of its schedule as history; unknown
   * when no source states one (the note says what was looked at).
   */
  retirement: orUnknown(timely(Day)),
  /** The earliest day the provider says it may retire it ("EOL no sooner than"). */
  notBefore: timely(Day).optional(),
  /** New deployments refused from this day; existing ones keep running until retirement. */
  noNewDeploymentsSince: timely(Day).optional(),
  /**
   * The replacement the provider names (a model of the catalog), or null where its schedule says
   * it names none.
   */
  replacement: timely(Id.nullable()).optional(),
  /** The day the provider made it available, where it states one. */
  launched: timely(Day).optional(),
  /** Fine-tuned models on it: when training may stop at the earliest, and deployments retire. */
  fineTuned: timely(
    z.strictObject({ trainingRetiresNoEarlierThan: Day, deploymentsRetire: Day }),
  ).optional(),
});

const rowFields = {
  provider: ProviderId,
  /** The day the provider check read this row. */
  checked: Day,
  /**
   * Evidence with no public address the provider check read for this row: never cited, only
   * counted, so a reader knows it exists.
   */
  uncitedEvidence: z.array(UncitableSourceId).min(1).optional(),
};

/** The provider offers it: `source` is where that was read (`confidence`, `note` say how sure). */
const OfferedRow = z
  .strictObject({
    ...rowFields,
    offer: z.literal('offered'),
    ...sourced,
    /** The ids that select it there, the main one first; unknown where no source gives one. */
    ids: orUnknown(z.array(ProviderModelId).min(1, { error: 'List at least one id' })),
    /** The provider's version of it (Azure's model version, such as 2025-08-07). */
    version: fact(z.string().min(1)).optional(),
    /** The ways it can be deployed (Azure's deployment types). */
    deploymentTypes: fact(z.array(z.string().min(1)).min(1)).optional(),
    /** Where it runs, as the source says it. */
    regions: knowable(z.string().min(1)).optional(),
    /** The context and output limits as the source writes them ("400,000 / 128,000 output"). */
    context: knowable(z.string().min(1)),
    /** Rates per tier and region, US dollars per 1M tokens; unknown where none is sourced. */
    prices: orUnknown(z.array(ProviderPrice).min(1, { error: 'List at least one price' })),
    lifecycle: ProviderLifecycle,
    /** Sourced remarks about the offer (a related change the provider made, a caveat). */
    notes: z.array(fact(z.string().min(1))).optional(),
  })
  .superRefine((row, ctx) => {
    const { lifecycle } = row;
    const retirement = 'value' in lifecycle.retirement ? lifecycle.retirement.value : undefined;
    const before = (field: keyof typeof lifecycle, day: string | undefined, what: string) => {
      if (retirement !== undefined && day !== undefined && day > retirement) {
        ctx.addIssue({
          code: 'custom',
          path: ['lifecycle', field, 'value'],
          message: `${what} (${day}) is after the retirement (${retirement})`,
        });
      }
    };
    before(
      'noNewDeploymentsSince',
      lifecycle.noNewDeploymentsSince?.value,
      'The day new deployments stop',
    );
    before('notBefore', lifecycle.notBefore?.value, 'The earliest retirement');
    before('launched', lifecycle.launched?.value, 'The launch');
    const tuned = lifecycle.fineTuned?.value;
    if (tuned && tuned.trainingRetiresNoEarlierThan > tuned.deploymentsRetire) {
      ctx.addIssue({
        code: 'custom',
        path: ['lifecycle', 'fineTuned', 'value', 'trainingRetiresNoEarlierThan'],
        message: 'Training on a fine-tune cannot outlast its deployments',
      });
    }
  });

/** The provider's own list shows it does not offer the model. */
const NotOfferedRow = z.strictObject({
  ...rowFields,
  offer: z.literal('not-offered'),
  ...sourced,
  note: z.string().min(1, { error: 'Say what shows it is not offered' }),
});

/**
 * Looked for and not found: `source` is the list that was searched, where there was one; the note
 * says what was looked at. Never read as "not offered".
 */
const NotFoundRow = z.strictObject({
  ...rowFields,
  offer: z.literal('not-found'),
  source: SourceId.optional(),
  confidence: Confidence.default('low'),
  note: z.string().min(1, { error: 'Say what was searched' }),
});

/**
 * Only evidence with no public address reports an offer: the catalog names that evidence in
 * `uncitedEvidence` and states nothing from it.
 */
const UncitedRow = z.strictObject({
  ...rowFields,
  offer: z.literal('uncited'),
  uncitedEvidence: z.array(UncitableSourceId).min(1, { error: 'Name the uncitable evidence' }),
  confidence: Confidence.default('low'),
  note: z.string().min(1, { error: 'Say what the evidence reports' }),
});

export const AvailabilityRowSchema = z.discriminatedUnion(
  'offer',
  [OfferedRow, NotOfferedRow, NotFoundRow, UncitedRow],
  { error: 'offer is offered, not-offered, not-found or uncited' },
);

export const AvailabilitySchema = z
  .strictObject({
    /** One row per provider, in the order the page lists them within each group. */
    providers: z.array(AvailabilityRowSchema).min(1, { error: 'List at least one provider' }),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.providers.forEach((row, index) => {
      if (seen.has(row.provider)) {
        ctx.addIssue({
          code: 'custom',
          path: ['providers', index, 'provider'],
          message: `"${row.provider}" already has a row: one row per provider`,
        });
      }
      seen.add(row.provider);
    });
  });

export type Availability = z.infer<typeof AvailabilitySchema>;
export type AvailabilityRow = z.infer<typeof AvailabilityRowSchema>;
export type OfferedAvailability = z.infer<typeof OfferedRow>;
export type ProviderPriceRow = z.infer<typeof ProviderPrice>;
export type ProviderTierName = z.infer<typeof ProviderTier>;
export type ProviderRateKindName = z.infer<typeof ProviderRateKind>;

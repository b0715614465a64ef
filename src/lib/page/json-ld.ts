/**
 * schema.org JSON-LD builders, typed with schema-dts so a misspelt type or property fails the
 * type-check; a test also checks every @type and property of the built pages against schema.org's
 * vocabulary file (tests/support/schema-org.ts). Pure.
 */
import type {
  BreadcrumbList,
  CreativeWork,
  Offer,
  SoftwareApplication,
  WithContext,
} from 'schema-dts';
import type { ConfidenceLevel, Knowable } from '../../schemas/fact.ts';
import { markOf } from '../sources/confidence.ts';
import type { Model } from '../../schemas/model.ts';
import { TOKENS_PER_PRICE } from '../../schemas/primitives.ts';
import type { RateKindName } from '../../schemas/pricing.ts';
import type { Source } from '../../schemas/source.ts';
import type { FaqItem } from '../faq/answer.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { RATE_LABELS, TIER_LABELS } from '../labels.ts';
import { tierRate, tokenRateRows } from '../pricing/rates.ts';

/** Serialises for a <script> block: `<` is escaped so no text can close the element. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A FAQPage whose questions and answers are exactly the visible ones. */
export function faqPageJsonLd(items: readonly Pick<FaqItem, 'question' | 'answer'>[]): string {
  return toScriptJson({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  });
}

/** One step of a breadcrumb trail: a page's short name and its absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** The page's place in the site, home first, the page itself last. */
export function breadcrumbJsonLd(trail: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** A source as a cited work. */
function citation(source: Source): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
  };
}

const RATE_KINDS: readonly RateKindName[] = ['input', 'cached-input', 'output', 'training'];

export interface ModelJsonLdInput {
  id: string;
  model: Model;
  state: LifecycleState;
  /** The page's absolute URL. */
  url: string;
  /** The page's meta description, written from the data. */
  description: string;
  sources: ReadonlyMap<string, Source>;
}

/**
 * A version as a schema.org SoftwareApplication, with an Offer per published price: the standard
 * input, cached input and output rates, and every rate of every tier.
 *
 * Why SoftwareApplication rather than Product: a model is software reached over an API, not a
 * good; SoftwareApplication (a CreativeWork) has what the page knows (release date, version,
 * creator, offers) and can cite its sources, which Product cannot. `alternateName` is the API
 * model id, `softwareVersion` its dated snapshot. Each Offer is priced per 1M tokens through a
 * UnitPriceSpecification, says in `description` where the price comes from (third-party marked),
 * and ends on the shutdown day when a shutdown of this very id is scheduled. Unknown prices get no
 * Offer: nothing is published for a value no source states.
 */
export function modelJsonLd(input: ModelJsonLdInput): WithContext<SoftwareApplication> {
  const { id, model, state, sources } = input;
  const sourceLine = (sourceId: string, confidence: ConfidenceLevel, derived = false) => {
    const source = sources.get(sourceId);
    if (!source) throw new Error(`Source "${sourceId}" is not in content/sources.yaml`);
    return (
      `Source: ${source.publisher}, ${source.title}` +
      `${markOf(confidence) ? ` (${markOf(confidence)})` : ''}` +
      `${derived ? '; derived from the standard rate' : ''}.`
    );
  };
  // Ends on the shutdown day only if the alias itself (this page's id) is named as shutting down.
  const ends = state.shutdown?.ids.some((i) => i.id === id) ? state.shutdown.date : undefined;
  // The price sits in the unit price specification only (schema.org allows either place):
  // stating it twice would add ~15% to the page's structured data for nothing.
  const offer = (name: string, usd: number, description: string): Offer => ({
    '@type': 'Offer',
    name,
    priceSpecification: {
      '@type': 'UnitPriceSpecification',
      price: usd,
      priceCurrency: 'USD',
      referenceQuantity: {
        '@type': 'QuantitativeValue',
        value: TOKENS_PER_PRICE,
        unitText: 'tokens',
      },
    },
    description,
    ...(ends ? { availabilityEnds: ends } : {}),
  });
  // Each kind of token the sources price (text, audio, image) at its own rates, named by kind
  // where there are several: "Standard rate: audio output tokens".
  const kinds = tokenRateRows(model.pricing);
  const standard = kinds.flatMap(({ kind, rates }) =>
    (
      [
        ['input', rates.input],
        ['cached-input', rates.cachedInput],
        ['output', rates.output],
      ] as [RateKindName, Knowable<number>][]
    ).map(([rate, item]) => {
      const name = `${kinds.length > 1 ? `${kind} ` : ''}${RATE_LABELS[rate]}`;
      return [name, item] as const;
    }),
  );
  const offers: Offer[] = [
    ...standard.flatMap(([name, item]) =>
      'value' in item
        ? [
            offer(
              `Standard rate: ${name} tokens`,
              item.value,
              sourceLine(item.source, item.confidence),
            ),
          ]
        : [],
    ),
    ...model.pricing.tiers.flatMap((tier) =>
      RATE_KINDS.flatMap((kind) => {
        const rate = tierRate(tier, kind, model.pricing);
        if (!rate) return [];
        return [
          offer(
            `${TIER_LABELS[tier.tier]}: ${RATE_LABELS[kind]} tokens`,
            rate.usdPer1M,
            sourceLine(tier.source, tier.confidence, rate.derived),
          ),
        ];
      }),
    ),
  ];
  const released = sources.get(model.released.source);
  const cited = new Set([
    model.released.source,
    ...standard.flatMap(([, item]) => ('value' in item ? [item.source] : [])),
    ...model.pricing.tiers.map((tier) => tier.source),
  ]);
  return {
    '@context': 'https://schema.org',
    '@type': 'SoftwareApplication',
    name: model.name,
    alternateName: id,
    url: input.url,
    description: input.description,
    applicationCategory: 'DeveloperApplication',
    datePublished: model.released.value,
    ...(model.snapshots[0] ? { softwareVersion: model.snapshots[0].id } : {}),
    // The maker, as the release's own first-party source names its publisher.
    ...(released?.kind === 'first-party'
      ? { creator: { '@type': 'Organization', name: released.publisher } }
      : {}),
    offers,
    citation: [...cited].flatMap((sourceId) => {
      const source = sources.get(sourceId);
      return source ? [citation(source)] : [];
    }),
  };
}

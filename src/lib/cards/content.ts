/**
 * What each share card says, written from the data: a version's card, a comparison's card, and
 * the site's card. A card shows a few facts, each marked when it is third-party, the status on the
 * build's day with the day its dates were last checked, and where the sources are; its alt text
 * says the same. A card never names the build's day: cards are cached by their content, and one
 * that changed every day would be rendered again by every daily build. Pure.
 */
import type { Knowable } from '../../schemas/fact.ts';
import { markOf, type ConfidenceMark } from '../sources/confidence.ts';
import { formatDate, formatTokens } from '../format.ts';
import { perMillionShort } from '../pricing/rates.ts';
import { leadRates, rateLabel, type PricedKinds } from '../pricing/headline.ts';
import { unknownLabel } from '../labels.ts';
import type { LifecycleState } from '../lifecycle/state.ts';
import { checkedOn, statusText } from '../lifecycle/wording.ts';
import { SITE_NAME } from '../page/site-nav.ts';

interface CardFact {
  label: string;
  value: string;
  /** Not OpenAI's own text: the card marks it, and its alt text says which mark. */
  mark: ConfidenceMark | undefined;
}

export interface CardColumn {
  heading: string | undefined;
  facts: CardFact[];
}

export interface CardContent {
  /** The small line above the title. */
  eyebrow: string;
  title: string;
  columns: CardColumn[];
  /** The status line, as of the data's day; `warning` when a shutdown is announced. */
  status: { text: string; warning: boolean; mark: ConfidenceMark | undefined } | undefined;
  /** Where the sources are, and the as-of date. */
  footer: string;
  /** The card in words, for og:image:alt. */
  alt: string;
}

/** The facts of a model that fit on a card. */
export interface CardModel {
  name: string;
  released: Knowable<string>;
  contextWindow: Knowable<number>;
  pricing: PricedKinds;
}

function fact<T>(label: string, item: Knowable<T>, format: (value: T) => string): CardFact {
  return 'value' in item
    ? { label, value: format(item.value), mark: markOf(item.confidence) }
    : { label, value: unknownLabel(item.unknown), mark: undefined };
}

/**
 * Input and output, one rate each: a card has room for two prices. A model priced by several kinds
 * of token shows the kind that sets it apart, named ("Audio output"); its page shows them all.
 */
function pricedFacts(pricing: CardModel['pricing']): CardFact[] {
  const { byKind, rates } = leadRates(pricing);
  return rates.map((r) => fact(rateLabel(r, byKind), r.rate, perMillionShort));
}

function modelFacts(model: CardModel): CardFact[] {
  return [
    fact('Released', model.released, formatDate),
    fact('Context window', model.contextWindow, (n: number) => `${formatTokens(n)} tokens`),
    ...pricedFacts(model.pricing),
  ];
}

const sentence = (facts: readonly CardFact[]) =>
  facts.map((f) => `${f.label.toLowerCase()} ${f.value}${f.mark ? ` (${f.mark})` : ''}`);

/** The status line of a version, or undefined while it has no announced shutdown. */
function statusLine(
  state: LifecycleState,
  replacements: string | undefined,
): CardContent['status'] {
  if (!state.shutdown) return undefined;
  const replacement = replacements ? ` · replacement: ${replacements}` : '';
  return {
    text: `${statusText(state)}${replacement} · ${checkedOn(state.checked)}`,
    warning: true,
    mark: markOf(state.shutdown.confidence),
  };
}

/** The card of a version's page. `host` is the site's host name, `path` the page's path. */
export function modelCard(input: {
  model: CardModel;
  lineName: string;
  position: { index: number; total: number };
  state: LifecycleState;
  /** The replacements as the card names them (src/lib/lifecycle/wording.ts, replacementNames). */
  replacements: string | undefined;
  host: string;
  path: string;
}): CardContent {
  const { model, state } = input;
  const facts = modelFacts(model);
  const status = statusLine(state, input.replacements);
  const checked = checkedOn(state.checked);
  const replacementClause = input.replacements ? `, replacement listed: ${input.replacements}` : '';
  return {
    eyebrow:
      `${SITE_NAME} · version ${input.position.index + 1} of ${input.position.total} ` +
      `of the ${input.lineName} line`,
    title: model.name,
    columns: [{ heading: undefined, facts }],
    status: status ?? {
      text: `${statusText(state)} · ${checked}`,
      warning: false,
      mark: undefined,
    },
    footer: `Sources of every fact: ${input.host}${input.path}`,
    alt:
      `${model.name}: ${sentence(facts).join(', ')} (prices in US dollars per 1M tokens). ` +
      `${statusText(state)}${replacementClause}; ${checked}.`,
  };
}

/** The card of a pre-rendered comparison page. */
export function pairCard(input: {
  models: [CardModel, CardModel];
  asOf: string;
  host: string;
  path: string;
}): CardContent {
  const [a, b] = input.models;
  const columns = input.models.map((m) => ({ heading: m.name, facts: modelFacts(m) }));
  const asOf = formatDate(input.asOf);
  return {
    eyebrow: `${SITE_NAME} · side by side`,
    title: `${a.name} vs ${b.name}`,
    columns,
    status: undefined,
    footer: `As of ${asOf} · sources: ${input.host}${input.path}`,
    alt:
      `${a.name} compared with ${b.name}. ` +
      columns.map((c) => `${c.heading}: ${sentence(c.facts).join(', ')}.`).join(' ') +
      ` Prices in US dollars per 1M tokens, as of ${asOf}.`,
  };
}

/** The card of every other page: the catalog itself. */
export function siteCard(input: {
  lineName: string;
  versions: number;
  first: { name: string; released: string };
  last: { name: string; released: string };
  /** Whether either release date is third-party. */
  releasedThirdParty: boolean;
  asOf: string;
  host: string;
}): CardContent {
  const span = `${formatDate(input.first.released)} to ${formatDate(input.last.released)}`;
  const asOf = formatDate(input.asOf);
  const facts: CardFact[] = [
    {
      label: 'Versions',
      value: `${input.versions}, ${input.first.name} to ${input.last.name}`,
      mark: undefined,
    },
    {
      label: 'Released',
      value: span,
      mark: input.releasedThirdParty ? 'third-party' : undefined,
    },
  ];
  return {
    eyebrow: `Every version of OpenAI's ${input.lineName} line`,
    title: SITE_NAME,
    columns: [{ heading: undefined, facts }],
    status: undefined,
    footer: `Specs, prices, benchmarks and shutdowns, each sourced, as of ${asOf} · ${input.host}`,
    alt:
      `${SITE_NAME}: ${input.versions} versions of OpenAI's ${input.lineName} line, from ` +
      `${input.first.name} to ${input.last.name}, released ${span}. ` +
      `Every fact sourced, as of ${asOf}.`,
  };
}

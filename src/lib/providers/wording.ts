/**
 * Every sentence the site says about a model at a provider: its retirement there, how that day
 * sits against OpenAI's, new deployments refused, the replacement the provider names, its price
 * lists. The model page, the Markdown file and the API all word a provider's row through here, so
 * they cannot drift apart. Pure.
 */
import type { ProviderPriceRow } from '../../schemas/availability.ts';
import { formatDate, formatTokens } from '../format.ts';
import { PROVIDER_TIER_LABELS } from '../labels.ts';
import { dayCount } from '../lifecycle/days.ts';
import { builtOn, nameWithId } from '../lifecycle/wording.ts';
import { describeProviderRates } from '../pricing/rates.ts';
import type { ProviderStanding, VersusOpenAI } from './lifecycle.ts';

/**
 * What "Where to run it" says before its table: that each provider's id, price and date are its
 * own, and when they were checked; with no provider row, that the sources name none.
 */
export function whereToRunIntro(name: string, checked: string | undefined): string {
  if (checked === undefined)
    return `${name} on OpenAI's API. Where else it runs is not stated in sources.`;
  return (
    `Each provider sets its own id, price and retirement date; a date that differs from ` +
    `OpenAI's says by how much. Providers checked ${formatDate(checked)}.`
  );
}

/** Said where the sources give no value ("not found" in the provider check). */
const NOT_STATED = 'Not stated in sources';

/**
 * The provider's own status in a few words: `Retires Feb 9, 2027`, `Retired Feb 9, 2027`,
 * `Retirement date not stated in sources`, `Not offered`, `Not stated in sources`. A third-party
 * listing's date is what the listing gives, never a plan: `Date listed: Nov 4, 2026`.
 */
export function providerStatusText(standing: ProviderStanding): string {
  switch (standing.offer) {
    case 'not-offered':
      return 'Not offered';
    case 'not-found':
    case 'uncited':
      return NOT_STATED;
    case 'offered':
      break;
  }
  const { retirement, phase } = standing;
  if (retirement === undefined) return 'Retirement date not stated in sources';
  const date = formatDate(retirement);
  if (standing.listing) return `Date listed: ${date}`;
  if (phase === 'retired') return `Retired ${date}`;
  if (phase === 'retires-today') return `Retires today, ${date}`;
  return `Retires ${date}`;
}

/**
 * How the provider's date sits against OpenAI's: `60 days after OpenAI's Dec 11, 2026`, `the same
 * day as OpenAI's`, `OpenAI has announced no shutdown`, `OpenAI's shutdown: Dec 11, 2026`; nothing
 * when neither gives a date.
 */
export function versusOpenAIText(versus: VersusOpenAI): string | undefined {
  switch (versus.kind) {
    case 'later':
    case 'earlier':
      return (
        `${dayCount(versus.days)} ${versus.kind === 'later' ? 'after' : 'before'} ` +
        `OpenAI's ${formatDate(versus.openai)}`
      );
    case 'same-day':
      return `the same day as OpenAI's`;
    case 'provider-only':
      return 'OpenAI has announced no shutdown';
    case 'openai-only':
      return `OpenAI's shutdown: ${formatDate(versus.openai)}`;
    case 'neither':
      return undefined;
  }
}

/**
 * The status with its comparison, as one sentence: `Retires Feb 9, 2027, 60 days after OpenAI's
 * Dec 11, 2026.`, `Retirement date not stated in sources; OpenAI's shutdown: Dec 11, 2026.`
 */
export function standingSentence(standing: ProviderStanding): string {
  const status = providerStatusText(standing);
  if (standing.offer !== 'offered') return `${status}.`;
  const versus = versusOpenAIText(standing.versus);
  if (!versus) return `${status}.`;
  const dated = ['later', 'earlier', 'same-day'].includes(standing.versus.kind);
  return `${status}${dated ? ', ' : '; '}${versus}.`;
}

/** `No new deployments since Mar 31, 2026`; `No new deployments from …` for a day ahead. */
export function noNewDeploymentsText(date: string, day: string): string {
  return `No new deployments ${date <= day ? 'since' : 'from'} ${formatDate(date)}`;
}

/** `End of life no sooner than Oct 26, 2027` (a provider's floor, not a date). */
export function notBeforeText(date: string): string {
  return `End of life no sooner than ${formatDate(date)}`;
}

/** `Available there since Oct 26, 2026`. */
export function launchedText(date: string): string {
  return `Available there since ${formatDate(date)}`;
}

/** The provider's own word for its state: `Listed as GA`. */
export function providerStatusWord(value: string): string {
  return `Listed as ${value}`;
}

/**
 * The replacement a provider names: `Names GPT-4.1 mini (gpt-4.1-mini) as the replacement`, or
 * `Names no replacement` where its schedule shows none; `undefined` where no source says either.
 */
export function providerReplacementText(
  id: string | null | undefined,
  nameOf: (id: string) => string | undefined,
): string {
  if (id === undefined) return 'Replacement not stated in sources';
  return id === null
    ? 'Names no replacement'
    : `Names ${nameWithId(id, nameOf(id))} as the replacement`;
}

/** The ids that select it at the provider: `Id there: gpt-5-mini`, `Ids there: GPT-5 mini (Copilot
 * model name), gpt-5-mini (API id)`, `Id there: not stated in sources`. */
export function idsThereText(
  ids: readonly { id: string; label?: string | undefined }[] | undefined,
): string {
  if (ids === undefined) return 'Id there: not stated in sources';
  const named = ids.map((i) => (i.label ? `${i.id} (${i.label})` : i.id));
  return `${named.length > 1 ? 'Ids' : 'Id'} there: ${named.join(', ')}`;
}

/** The name of a provider's calendar of retirements: `Retirements at Azure OpenAI`. */
export function providerCalendarName(provider: string): string {
  return `Retirements at ${provider}`;
}

/** What introduces the links to provider calendars on a model page. */
export const PROVIDER_CALENDARS_LABEL = 'These dates in a calendar (iCalendar):';

/** `Fine-tuned deployments retire Oct 1, 2027; their training no earlier than Apr 1, 2027`. */
export function fineTunedText(value: {
  trainingRetiresNoEarlierThan: string;
  deploymentsRetire: string;
}): string {
  return (
    `Fine-tuned deployments retire ${formatDate(value.deploymentsRetire)}; ` +
    `their training no earlier than ${formatDate(value.trainingRetiresNoEarlierThan)}`
  );
}

/** Sentences in a row: each ends with a full stop. `Listed as GA. Names no replacement.` */
export function joinSentences(texts: readonly string[]): string {
  return texts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' ');
}

/** An earlier edition's value: `Earlier (as of Apr 23, 2026): Feb 6, 2027`. */
export function earlierText(asOf: string, value: string): string {
  return `Earlier (as of ${formatDate(asOf)}): ${value}`;
}

/** `Data Zone (US)`, `Global, above 272,000 input tokens`, `Regional (West Europe)`. */
export function priceLabel(
  price: Pick<ProviderPriceRow, 'tier' | 'region' | 'aboveInputTokens'>,
): string {
  const name = PROVIDER_TIER_LABELS[price.tier];
  const region = price.region ? ` (${price.region})` : '';
  const above = price.aboveInputTokens
    ? `, above ${formatTokens(price.aboveInputTokens)} input tokens`
    : '';
  return `${name}${region}${above}`;
}

/** `Global: $0.25 input / $0.025 cached input / $2.00 output per 1M tokens`. */
export function priceText(price: ProviderPriceRow): string {
  return `${priceLabel(price)}: ${describeProviderRates(price.rates)}`;
}

/**
 * Evidence the catalog cannot cite, counted so a reader knows it exists: `Also read: 2 sources
 * with no public address, not cited.`
 */
export function uncitedText(count: number): string {
  const sources = count === 1 ? 'source' : 'sources';
  return `Also read: ${count} ${sources} with no public address, not cited.`;
}

/**
 * Said after OpenAI's date in the banner: whose date it is, and whether other providers give their
 * own (then `link` words the link to them). `dated`: how many providers offering the model give a
 * date; `offered`: whether any other provider offers it. Short: the banner is the first screen.
 */
export function whoseDateText(
  dated: number,
  offered: boolean,
): { lead: string; link: string | undefined } {
  const lead = "This date is OpenAI's, for its API";
  if (dated > 0) return { lead: `${lead}; `, link: 'other providers set their own' };
  if (offered)
    return { lead: `${lead}; no other provider's date is stated in sources.`, link: undefined };
  return { lead: `${lead}.`, link: undefined };
}

/** `Azure OpenAI / Microsoft Foundry: Retires Feb 9, 2027, 60 days after OpenAI's Dec 11, 2026.` */
export function elsewhereText(provider: string, standing: ProviderStanding): string {
  return `${provider}: ${standingSentence(standing)}`;
}

/**
 * Days to a provider's retirement, counted from the build's day: `66 days left as of Dec 6, 2026,
 * the day this page was built`; undefined once the day has passed or with no date.
 */
export function providerDaysLeftText(standing: ProviderStanding, day: string): string | undefined {
  if (standing.offer !== 'offered' || standing.daysLeft === undefined) return undefined;
  if (standing.daysLeft < 0) return undefined;
  if (standing.daysLeft === 0) return `Retires today, ${builtOn(day)}`;
  return `${dayCount(standing.daysLeft)} left as of ${builtOn(day)}`;
}

/**
 * What a provider's page says first: whose dates these are, and when they were read. `Azure
 * OpenAI / Microsoft Foundry's own ids and retirement dates for the models of this catalog: its
 * dates, not OpenAI's; each says how far it is from OpenAI's. Checked Dec 6, 2026.`
 */
export function providerPageIntro(provider: string, checked: string): string {
  return (
    `${provider}'s own ids and retirement dates for the models of this catalog: its dates, not ` +
    `OpenAI's; each says how far it is from OpenAI's. Checked ${formatDate(checked)}.`
  );
}

/** `4 models` / `1 model`. */
const models = (n: number) => `${n} model${n === 1 ? '' : 's'}`;

/**
 * The rest of a remembered provider's standing on a page of OpenAI's dates, after its own dates:
 * `It serves 3 models here with no retirement date stated; 18 models here were not in the provider
 * check.` Empty when nothing is left to say.
 */
export function chosenRestText(rest: {
  undated: number;
  absent: number;
  unchecked: number;
}): string {
  const parts = [
    rest.undated > 0 && `it serves ${models(rest.undated)} here with no retirement date stated`,
    rest.absent > 0 &&
      `${models(rest.absent)} here ${rest.absent === 1 ? 'is' : 'are'} not offered there, or no ` +
        'citable source says so',
    rest.unchecked > 0 &&
      `${models(rest.unchecked)} here ${rest.unchecked === 1 ? 'was' : 'were'} not in the ` +
        'provider check',
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return '';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * What a model page says of it at the provider the reader chose, when the provider check has no
 * row for it there: its date there is unknown, never assumed to be OpenAI's.
 */
export function uncheckedAtChosenText(model: string): string {
  return (
    `The provider check has no row for ${model} at the provider you chose, so its date there ` +
    `is unknown. The dates on this page are OpenAI's, for its API.`
  );
}

/**
 * A model at a provider: its retirement there against OpenAI's shutdown (later, earlier, the same
 * day, a date on one side only, none), not offered or not found, new deployments refused, and how
 * each is said. Test data is built here, not read from content.
 */
import { describe, expect, it } from 'vitest';
import { standing, standingInput, type StandingInput } from '../../src/lib/providers/lifecycle.ts';
import {
  earlierText,
  fineTunedText,
  launchedText,
  noNewDeploymentsText,
  notBeforeText,
  priceLabel,
  priceText,
  providerReplacementText,
  providerStatusWord,
  providerStatusText,
  standingSentence,
  uncitedText,
  versusOpenAIText,
} from '../../src/lib/providers/wording.ts';
import { AvailabilitySchema } from '../../src/schemas/availability.ts';

const BUILT = '2026-12-06';
const offered = (retirement?: string, extra: Partial<StandingInput> = {}): StandingInput => ({
  offer: 'offered',
  retirement,
  ...extra,
});

describe.each([
  {
    case: 'a provider retiring it later than OpenAI',
    input: offered('2027-02-09'),
    openai: '2026-12-11',
    versus: { kind: 'later', days: 60, openai: '2026-12-11' },
    status: 'Retires Feb 9, 2027',
    sentence: "Retires Feb 9, 2027, 60 days after OpenAI's Dec 11, 2026.",
  },
  {
    case: 'a provider retiring it a day earlier',
    input: offered('2026-12-10'),
    openai: '2026-12-11',
    versus: { kind: 'earlier', days: 1, openai: '2026-12-11' },
    status: 'Retires Dec 10, 2026',
    sentence: "Retires Dec 10, 2026, 1 day before OpenAI's Dec 11, 2026.",
  },
  {
    case: 'a provider retiring it the same day',
    input: offered('2027-01-14'),
    openai: '2027-01-14',
    versus: { kind: 'same-day', openai: '2027-01-14' },
    status: 'Retires Jan 14, 2027',
    sentence: "Retires Jan 14, 2027, the same day as OpenAI's.",
  },
  {
    case: 'a provider giving no date while OpenAI has one',
    input: offered(undefined),
    openai: '2026-12-11',
    versus: { kind: 'openai-only', openai: '2026-12-11' },
    status: 'Retirement date not stated in sources',
    sentence: "Retirement date not stated in sources; OpenAI's shutdown: Dec 11, 2026.",
  },
  {
    case: 'a provider giving a date where OpenAI has none',
    input: offered('2027-09-21'),
    openai: undefined,
    versus: { kind: 'provider-only' },
    status: 'Retires Sep 21, 2027',
    sentence: 'Retires Sep 21, 2027; OpenAI has announced no shutdown.',
  },
  {
    case: 'no date on either side',
    input: offered(undefined),
    openai: undefined,
    versus: { kind: 'neither' },
    status: 'Retirement date not stated in sources',
    sentence: 'Retirement date not stated in sources.',
  },
  {
    case: "third-party data listing a date: a listing, never the provider's plan",
    input: offered('2026-11-04', { listing: true }),
    openai: '2027-01-14',
    versus: { kind: 'earlier', days: 71, openai: '2027-01-14' },
    status: 'Date listed: Nov 4, 2026',
    sentence: "Date listed: Nov 4, 2026, 71 days before OpenAI's Jan 14, 2027.",
  },
] as const)('$case', ({ input, openai, versus, status, sentence }) => {
  const result = standing(input, openai, BUILT);

  it('compares the dates', () => {
    expect(result.offer === 'offered' && result.versus).toEqual(versus);
  });

  it(`says "${status}"`, () => {
    expect(providerStatusText(result)).toBe(status);
    expect(standingSentence(result)).toBe(sentence);
  });
});

describe.each([
  { offer: 'not-offered', status: 'Not offered' },
  { offer: 'not-found', status: 'Not stated in sources' },
  { offer: 'uncited', status: 'Not stated in sources' },
] as const)('a provider row that is $offer', ({ offer, status }) => {
  it(`says "${status}", with no date and no comparison`, () => {
    const result = standing({ offer, retirement: '2027-02-09' }, '2026-12-11', BUILT);
    expect(result).toEqual({ offer });
    expect(providerStatusText(result)).toBe(status);
    expect(standingSentence(result)).toBe(`${status}.`);
  });
});

describe.each([
  { day: '2027-02-08', phase: 'retires', daysLeft: 1, status: 'Retires Feb 9, 2027' },
  { day: '2027-02-09', phase: 'retires-today', daysLeft: 0, status: 'Retires today, Feb 9, 2027' },
  { day: '2027-02-10', phase: 'retired', daysLeft: -1, status: 'Retired Feb 9, 2027' },
] as const)('on $day', ({ day, phase, daysLeft, status }) => {
  it(`is ${phase} and says "${status}"; the comparison with OpenAI's date stays`, () => {
    const result = standing(offered('2027-02-09'), '2026-12-11', day);
    expect(result).toMatchObject({ phase, daysLeft });
    expect(standingSentence(result)).toBe(`${status}, 60 days after OpenAI's Dec 11, 2026.`);
  });
});

describe('new deployments refused', () => {
  it.each([
    ['2026-03-31', 'No new deployments since Mar 31, 2026'],
    [BUILT, 'No new deployments since Dec 6, 2026'],
    ['2027-01-01', 'No new deployments from Jan 1, 2027'],
  ])('from %s, as of the build', (date, text) => {
    expect(noNewDeploymentsText(date, BUILT)).toBe(text);
  });

  it('is carried beside the retirement date, which it does not change', () => {
    const result = standing(
      offered('2027-04-14', { noNewDeploymentsSince: '2026-03-31' }),
      '2027-01-14',
      BUILT,
    );
    expect(result).toMatchObject({
      noNewDeploymentsSince: '2026-03-31',
      versus: { kind: 'later', days: 90 },
    });
  });
});

describe('standingInput', () => {
  const [row, notOffered] = AvailabilitySchema.parse({
    providers: [
      {
        provider: 'cloud',
        offer: 'offered',
        source: 'docs',
        ids: [{ id: 'x', source: 'docs' }],
        context: { unknown: 'not-in-sources' },
        prices: { unknown: 'not-in-sources' },
        lifecycle: {
          retirement: { value: '2027-04-14', asOf: '2026-09-02', source: 'docs' },
          noNewDeploymentsSince: { value: '2026-03-31', asOf: '2026-04-07', source: 'docs' },
          notBefore: { value: '2027-01-01', asOf: '2026-09-02', source: 'docs' },
        },
        checked: BUILT,
      },
      { provider: 'other', offer: 'not-offered', source: 'docs', note: 'Absent.', checked: BUILT },
    ],
  }).providers;

  it('reads the dates of an offered row', () => {
    expect(row && standingInput(row, false)).toEqual({
      offer: 'offered',
      retirement: '2027-04-14',
      noNewDeploymentsSince: '2026-03-31',
      notBefore: '2027-01-01',
      listing: false,
    });
  });

  it('reads nothing but the offer of a row that is not offered', () => {
    expect(notOffered && standingInput(notOffered, false)).toEqual({ offer: 'not-offered' });
  });
});

describe('the other sentences of a row', () => {
  const names = new Map([['gpt-4.1-mini', 'GPT-4.1 mini']]);
  it.each([
    [
      providerReplacementText('gpt-4.1-mini', (id) => names.get(id)),
      'Names GPT-4.1 mini (gpt-4.1-mini) as the replacement',
    ],
    [providerReplacementText(null, (id) => names.get(id)), 'Names no replacement'],
    [notBeforeText('2027-10-26'), 'End of life no sooner than Oct 26, 2027'],
    [launchedText('2026-10-26'), 'Available there since Oct 26, 2026'],
    [providerStatusWord('Deprecated'), 'Listed as Deprecated'],
    [
      fineTunedText({
        trainingRetiresNoEarlierThan: '2027-04-01',
        deploymentsRetire: '2027-10-01',
      }),
      'Fine-tuned deployments retire Oct 1, 2027; their training no earlier than Apr 1, 2027',
    ],
    [earlierText('2026-04-23', 'Feb 6, 2027'), 'Earlier (as of Apr 23, 2026): Feb 6, 2027'],
    [
      priceLabel({ tier: 'global', region: undefined, aboveInputTokens: 272_000 }),
      'Global, above 272,000 input tokens',
    ],
    [
      priceLabel({ tier: 'data-zone', region: 'US', aboveInputTokens: undefined }),
      'Data Zone (US)',
    ],
    [
      priceText({
        tier: 'global',
        rates: [
          { kind: 'input', usdPer1M: 0.1 },
          { kind: 'cache-write', usdPer1M: 0.125 },
          { kind: 'output', usdPer1M: 0.5 },
        ],
        source: 'docs',
        confidence: 'medium',
      }),
      'Global: $0.10 input / $0.125 cache write / $0.50 output per 1M tokens',
    ],
    [uncitedText(1), 'Also read: 1 source with no public address, not cited.'],
    [versusOpenAIText({ kind: 'neither' }), undefined],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });
});

/**
 * Where a model stands at one provider on a given day, and how the provider's date compares with
 * OpenAI's: later or earlier by so many days, the same day, a date only one of them gives, or none.
 * Pure: the same row, OpenAI date and day always give the same answer. The data layer
 * (src/data/providers.ts) computes it once per row for the build's day; every view reads that.
 */
import type { AvailabilityRow } from '../../schemas/availability.ts';
import { daysBetween } from '../lifecycle/days.ts';

/** How the provider's retirement date sits against OpenAI's shutdown date. */
export type VersusOpenAI =
  | { kind: 'later' | 'earlier'; days: number; openai: string }
  | { kind: 'same-day'; openai: string }
  /** The provider gives a date; OpenAI has announced none. */
  | { kind: 'provider-only' }
  /** OpenAI has a date; the provider states none. */
  | { kind: 'openai-only'; openai: string }
  | { kind: 'neither' };

/** A provider's retirement on the day: ahead, today, past, or no date stated. */
type ProviderPhase = 'retires' | 'retires-today' | 'retired' | 'no-date';

export type ProviderStanding =
  | {
      offer: 'offered';
      /** Third-party data listing another provider's offer: its date is a listing, not a plan. */
      listing: boolean;
      retirement: string | undefined;
      phase: ProviderPhase;
      /** Whole days from the day to the retirement (negative after it). */
      daysLeft: number | undefined;
      versus: VersusOpenAI;
      /** New deployments refused from this day. */
      noNewDeploymentsSince: string | undefined;
      /** The earliest day the provider says it may retire it. */
      notBefore: string | undefined;
    }
  | { offer: 'not-offered' | 'not-found' | 'uncited' };

/** The facts the standing is computed from (a row of content/availability reduced to them). */
export interface StandingInput {
  offer: AvailabilityRow['offer'];
  retirement?: string | undefined;
  noNewDeploymentsSince?: string | undefined;
  notBefore?: string | undefined;
  listing?: boolean | undefined;
}

/** The input of `standing` from a content row; `listing` for a provider of kind `catalog`. */
export function standingInput(row: AvailabilityRow, listing: boolean): StandingInput {
  if (row.offer !== 'offered') return { offer: row.offer };
  const { retirement, noNewDeploymentsSince, notBefore } = row.lifecycle;
  return {
    offer: 'offered',
    retirement: 'value' in retirement ? retirement.value : undefined,
    noNewDeploymentsSince: noNewDeploymentsSince?.value,
    notBefore: notBefore?.value,
    listing,
  };
}

/** The provider's date against OpenAI's (`openai`: OpenAI's shutdown day, if one is scheduled). */
export function versusOpenAI(
  provider: string | undefined,
  openai: string | undefined,
): VersusOpenAI {
  if (provider === undefined)
    return openai === undefined ? { kind: 'neither' } : { kind: 'openai-only', openai };
  if (openai === undefined) return { kind: 'provider-only' };
  const days = daysBetween(openai, provider);
  if (days === 0) return { kind: 'same-day', openai };
  return { kind: days > 0 ? 'later' : 'earlier', days: Math.abs(days), openai };
}

/** Where the model stands at the provider on `day`, against OpenAI's shutdown day. */
export function standing(
  input: StandingInput,
  openai: string | undefined,
  day: string,
): ProviderStanding {
  if (input.offer !== 'offered') return { offer: input.offer };
  const { retirement } = input;
  const daysLeft = retirement === undefined ? undefined : daysBetween(day, retirement);
  const phase: ProviderPhase =
    daysLeft === undefined
      ? 'no-date'
      : daysLeft > 0
        ? 'retires'
        : daysLeft === 0
          ? 'retires-today'
          : 'retired';
  return {
    offer: 'offered',
    listing: input.listing ?? false,
    retirement,
    phase,
    daysLeft,
    versus: versusOpenAI(retirement, openai),
    noNewDeploymentsSince: input.noNewDeploymentsSince,
    notBefore: input.notBefore,
  };
}

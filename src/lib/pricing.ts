/** Price helpers: naming and describing the rates of a price tier. */
import type { PriceTier } from '../schemas/model.ts';
import { formatUsd } from './format.ts';

export type Rate = PriceTier['rates'][number];

const RATE_LABEL: Record<Rate['kind'], string> = {
  input: 'input',
  'cached-input': 'cached input',
  output: 'output',
  training: 'training',
  blended: 'blended',
};

/** Human name of a rate kind. */
export function rateLabel(kind: Rate['kind']): string {
  return RATE_LABEL[kind];
}

/** `$0.075 input / $0.30 output per 1M tokens`. */
export function describeRates(rates: readonly Rate[]): string {
  return `${rates.map((rate) => `${formatUsd(rate.usdPer1M)} ${rateLabel(rate.kind)}`).join(' / ')} per 1M tokens`;
}

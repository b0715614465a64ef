/** Reading the calculator's inputs from an address: defaults, a message per field, round trips. */
import { describe, expect, it } from 'vitest';
import { toCostModel } from '../../src/lib/cost.ts';
import {
  FIELDS,
  MAX_REQUESTS_PER_DAY,
  offeredTiers,
  readInputs,
  toQuery,
  type InputContext,
  type RawInputs,
} from '../../src/lib/cost-input.ts';
import { formatTokens } from '../../src/lib/format.ts';
import { baseModel, baseReplacement } from '../support/builders.ts';

// Builders, not content: these tests are about reading inputs, and state the limits they use.
const small = toCostModel(
  'small',
  'version',
  null,
  null,
  baseModel({
    name: 'Small mini',
    contextWindow: { value: 100000, source: 'docs' },
    maxInput: { unknown: 'not-in-sources' },
    maxOutput: { value: 10000, source: 'docs' },
    reasoning: { value: { efforts: ['low', 'high'], default: 'low' }, source: 'docs' },
  }),
);
const large = toCostModel(
  'large',
  'replacement',
  'Named to replace Small mini',
  null,
  baseReplacement({
    name: 'Large Terra',
    contextWindow: { value: 1000000, source: 'docs' },
    maxInput: { value: 900000, source: 'docs' },
    maxOutput: { value: 100000, source: 'docs' },
    pricing: {
      input: { value: 2, source: 'docs' },
      cachedInput: { value: 0.2, source: 'docs' },
      output: { value: 8, source: 'docs' },
      tiers: [{ tier: 'batch', factor: 0.5, source: 'docs' }],
      notes: [],
    },
  }),
);
const defaults: RawInputs = {
  model: 'small',
  tier: 'standard',
  input: '2000',
  cached: '50',
  output: '300',
  reasoning: '200',
  requests: '1000',
};
const ctx: InputContext = { models: [small, large], defaults, maxTokens: 1000000 };
const read = (query: string) => readInputs(new URLSearchParams(query), ctx);

describe('readInputs', () => {
  it('takes the defaults for anything the address leaves out', () => {
    const result = read('');
    expect(result.raw).toEqual(defaults);
    expect(result.messages).toEqual({});
    expect(result.workload).toEqual({
      inputTokens: 2000,
      cachedPercent: 50,
      outputTokens: 300,
      reasoningTokens: 200,
      requestsPerDay: 1000,
      tier: 'standard',
    });
  });

  it('accepts digits grouped with commas or spaces', () => {
    expect(read('input=12,000&requests=1 500').workload).toMatchObject({
      inputTokens: 12000,
      requestsPerDay: 1500,
    });
  });

  it.each([
    ['input', 'abc', 'That is not a number. Use digits only, such as 2000.'],
    ['input', '1e9', 'That is not a number. Use digits only, such as 2000.'],
    ['input', 'Infinity', 'That is not a number. Use digits only, such as 2000.'],
    ['input', '', 'Enter a number.'],
    ['input', '-5', 'This cannot be negative.'],
    ['input', '0', 'A request needs at least 1 input token.'],
    ['output', '2.5', 'Use a whole number.'],
    ['output', '-1', 'This cannot be negative.'],
    ['reasoning', 'lots', 'That is not a number. Use digits only, such as 2000.'],
    ['cached', '150', 'A share cannot be more than 100 %.'],
    ['cached', '-10', 'This cannot be negative.'],
    ['requests', '0', 'Enter at least 1 request a day.'],
    [
      'requests',
      String(MAX_REQUESTS_PER_DAY + 1),
      `Enter at most ${formatTokens(MAX_REQUESTS_PER_DAY)} requests a day.`,
    ],
    ['input', '1000001', 'No model here accepts more than 1,000,000 tokens in a request.'],
  ] as const)('%s=%s gets a message beside the field', (field, value, message) => {
    const result = read(`${field}=${encodeURIComponent(value)}`);
    expect(result.messages).toEqual({ [field]: message });
    expect(result.invalid).toEqual([field]);
    expect(result.workload).toBeNull();
    expect(result.raw[field]).toBe(value);
  });

  it('allows a share of the input with decimals, and 0 and 100', () => {
    expect(read('cached=12.5').workload?.cachedPercent).toBe(12.5);
    expect(read('cached=0').workload?.cachedPercent).toBe(0);
    expect(read('cached=100').workload?.cachedPercent).toBe(100);
  });

  it('reports every bad field at once', () => {
    expect(read('input=x&output=-1&cached=101').invalid).toEqual(['input', 'cached', 'output']);
  });

  describe('the selected model’s limits', () => {
    it('input and output beyond its context window (no max input known): on the input', () => {
      // Small mini: 100,000-token window; 99,000 + 1,000 output + 200 reasoning = 100,200.
      const result = read('input=99000&output=1000&reasoning=200');
      expect(result.messages).toEqual({
        input:
          "Input, output and reasoning tokens add up to 100,200, more than Small mini's " +
          'context window of 100,000 tokens.',
      });
      expect(result.workload).toBeNull();
    });

    it('input beyond its max input', () => {
      expect(read('model=large&input=900001').messages).toEqual({
        input: 'Large Terra accepts at most 900,000 input tokens in a request.',
      });
    });

    it('output beyond its max output: on the output', () => {
      expect(read('output=10001&reasoning=0').messages).toEqual({
        output: 'Small mini writes at most 10,000 output tokens in a request.',
      });
    });

    it('reasoning that takes output past its max output: on the reasoning', () => {
      expect(read('output=9900&reasoning=200').messages).toEqual({
        reasoning:
          'Small mini writes at most 10,000 output and reasoning tokens together in a request.',
      });
    });

    it('the same request is fine on a model with room for it', () => {
      expect(read('model=large&input=99000&output=1000').workload).not.toBeNull();
    });
  });

  it('an unknown model falls back to the default, with a message but a valid field', () => {
    const result = read('model=gpt-9-mini');
    expect(result.model.id).toBe('small');
    expect(result.raw.model).toBe('small');
    expect(result.messages.model).toBe(
      'The address names no model priced here, so Small mini is selected.',
    );
    expect(result.invalid).toEqual([]);
    expect(result.workload).not.toBeNull();
  });

  it('a tier no model has falls back to the standard rates, with a message', () => {
    const result = read('tier=priority');
    expect(result.workload?.tier).toBe('standard');
    expect(result.messages.tier).toBe(
      'The address names no price tier offered here, so standard rates are used.',
    );
  });

  it.each(['NaN', 'Infinity', '1e400', '-Infinity'])('never repeats %s back', (value) => {
    const { messages } = read(`input=${value}`);
    expect(messages.input).toBe('That is not a number. Use digits only, such as 2000.');
  });
});

describe('offeredTiers', () => {
  it('lists the standard rates and each tier some model has, in menu order', () => {
    expect(offeredTiers([small, large])).toEqual(['standard', 'batch']);
  });
});

describe('toQuery', () => {
  it('writes every input in form order, and reads back the same', () => {
    const raw: RawInputs = { ...defaults, model: 'large', tier: 'batch', input: '5,000' };
    const query = toQuery(raw);
    expect([...new URLSearchParams(query).keys()]).toEqual([...FIELDS]);
    expect(read(query.slice(1)).raw).toEqual(raw);
  });
});

/** Reading the calculator's inputs from an address: defaults, a message per field, round trips. */
import { describe, expect, it } from 'vitest';
import { toCostModel } from '../../src/lib/calculator/cost-model.ts';
import {
  FIELDS,
  MAX_REQUESTS_PER_DAY,
  offeredTiers,
  readInputs,
  SEPARATOR_MESSAGE,
  toQuery,
  type InputContext,
  type RawInputs,
} from '../../src/lib/calculator/input.ts';
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

  describe('numbers as readers write them: read one way, or refused, never misread', () => {
    // Every whole-number field reads alike; `input` and `requests` stand for them.
    it.each([
      ['2000', 2000],
      [' 2000 ', 2000],
      ['002000', 2000],
      ['12 000', 12000],
      ['654 321', 654321],
      ['12\u00a0000', 12000],
      ['12\u202f000', 12000],
      ['12\u2009000', 12000],
      ['12_000', 12000],
    ])('input=%j is %d tokens', (text, tokens) => {
      // The large model has room for every count here.
      const result = read(`model=large&input=${encodeURIComponent(text)}`);
      expect(result.messages).toEqual({});
      expect(result.workload?.inputTokens).toBe(tokens);
    });

    it.each([
      // A thousand in one convention, one in the other: refused, with what to type.
      ['1,000', SEPARATOR_MESSAGE],
      ['1.000', SEPARATOR_MESSAGE],
      ['12,000', SEPARATOR_MESSAGE],
      ['1.234.567', SEPARATOR_MESSAGE],
      ['1,234,567', SEPARATOR_MESSAGE],
      ['1.234,5', SEPARATOR_MESSAGE],
      ['2.5', SEPARATOR_MESSAGE],
      ['2,5', SEPARATOR_MESSAGE],
      ['1000.0', SEPARATOR_MESSAGE],
      ['.5', SEPARATOR_MESSAGE],
      ['-1,000', SEPARATOR_MESSAGE],
      // Groups that are not threes could be a slip of the finger: refused.
      ['20 00', 'That is not a number. Use digits only, such as 2000.'],
      ['1 0000', 'That is not a number. Use digits only, such as 2000.'],
      ['1__000', 'That is not a number. Use digits only, such as 2000.'],
      ['2 000 tokens', 'That is not a number. Use digits only, such as 2000.'],
      ['١٢٣', 'That is not a number. Use digits only, such as 2000.'],
      ['２０００', 'That is not a number. Use digits only, such as 2000.'],
      ['+2000', 'That is not a number. Use digits only, such as 2000.'],
    ])('input=%j is refused: %s', (text, message) => {
      for (const field of ['input', 'requests'] as const) {
        const result = read(`${field}=${encodeURIComponent(text)}`);
        expect(result.messages).toEqual({ [field]: message });
        expect(result.invalid).toEqual([field]);
        expect(result.workload).toBeNull();
        expect(result.raw[field]).toBe(text);
      }
    });

    it.each([
      ['2.5', 2.5, undefined],
      ['12.5', 12.5, undefined],
      ['.5', 0.5, undefined],
      ['50.', 50, undefined],
      ['100', 100, undefined],
      // The comma as decimal mark: a share is never 1,000 % or more, so it cannot group
      // thousands here. The reading is said beside the field.
      ['2,5', 2.5, 'Read as 2.5 %.'],
      ['12,75', 12.75, 'Read as 12.75 %.'],
      [',5', 0.5, 'Read as 0.5 %.'],
      ['1,000', 1, 'Read as 1 %.'],
    ])('cached=%j is a share of %d %%', (text, share, note) => {
      const result = read(`cached=${encodeURIComponent(text)}`);
      expect(result.workload?.cachedPercent).toBe(share);
      expect(result.messages).toEqual(note ? { cached: note } : {});
      expect(result.invalid).toEqual([]);
    });

    it.each([
      ['2,5,0', 'That is not a number. Use digits, such as 50 or 12.5.'],
      ['1.000,5', 'That is not a number. Use digits, such as 50 or 12.5.'],
      ['1 0', 'That is not a number. Use digits, such as 50 or 12.5.'],
      ['50 %', 'That is not a number. Use digits, such as 50 or 12.5.'],
      ['1e1', 'That is not a number. Use digits, such as 50 or 12.5.'],
      ['-2,5', 'This cannot be negative.'],
      ['250,5', 'A share cannot be more than 100 %.'],
    ])('cached=%j is refused: %s', (text, message) => {
      const result = read(`cached=${encodeURIComponent(text)}`);
      expect(result.messages).toEqual({ cached: message });
      expect(result.invalid).toEqual(['cached']);
      expect(result.workload).toBeNull();
    });

    it('reads "-0" as zero, never as a negative zero', () => {
      expect(Object.is(read('reasoning=-0').workload?.reasoningTokens, 0)).toBe(true);
      expect(Object.is(read('cached=-0').workload?.cachedPercent, 0)).toBe(true);
    });
  });

  it.each([
    ['input', 'abc', 'That is not a number. Use digits only, such as 2000.'],
    ['cached', 'half', 'That is not a number. Use digits, such as 50 or 12.5.'],
    ['input', '1e9', 'That is not a number. Use digits only, such as 2000.'],
    ['input', 'Infinity', 'That is not a number. Use digits only, such as 2000.'],
    ['input', '', 'Enter a number.'],
    ['input', '-5', 'This cannot be negative.'],
    ['input', '0', 'A request needs at least 1 input token.'],
    ['output', '2.5', SEPARATOR_MESSAGE],
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
    const raw: RawInputs = { ...defaults, model: 'large', tier: 'batch', input: '5 000' };
    const query = toQuery(raw);
    expect([...new URLSearchParams(query).keys()]).toEqual([...FIELDS]);
    expect(read(query.slice(1)).raw).toEqual(raw);
  });
});

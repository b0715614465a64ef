/**
 * Pricing a request unit by unit (src/lib/calculator/units.ts). The speech and image cases read
 * their prices from the real content, never typed: each expectation is the arithmetic on those
 * values, with the figures of the content at the time of writing in a comment. Cases the content
 * does not hold (a text rate beside an audio rate on one model, unknown modalities) come from the
 * builders.
 */
import { describe, expect, it } from 'vitest';
import { toUnitModel } from '../../src/lib/calculator/unit-model.ts';
import {
  pricesOtherUnits,
  rankUnitCosts,
  unitCostOf,
  type TokenKind,
  type UnitLine,
  type UnitModel,
  type UnitRequest,
} from '../../src/lib/calculator/units.ts';
import { baseModel } from '../support/builders.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();

function model(id: string, shutDown: string | null = null): UnitModel {
  const data = content.models.get(id)?.data;
  if (!data) throw new Error(`No model ${id} in content`);
  return toUnitModel(id, shutDown, data);
}

/** A sourced rate from the content: `rate('gpt-4o-mini-tts', 'audio', 'output')`. */
function rate(id: string, kind: TokenKind, part: 'input' | 'cachedInput' | 'output'): number {
  const pricing = content.models.get(id)?.data.pricing;
  const item = kind === 'text' ? pricing?.[part] : pricing?.[kind]?.[part];
  if (!item || !('value' in item)) throw new Error(`${id} has no ${kind} ${part} rate`);
  return item.value;
}

/** The price of one image at a size and quality, from the content. */
function perImage(id: string, key: string): number {
  const found = content.models
    .get(id)
    ?.data.pricing.perImage?.value.find((p) => `${p.size} ${p.quality}` === key);
  if (!found) throw new Error(`${id} has no ${key} image price`);
  return found.usd;
}

type Quantities = Partial<Record<TokenKind, Partial<UnitRequest['tokens'][TokenKind]>>>;

const request = (tokens: Quantities, images = 0, imagePrice: string | null = null) =>
  ({
    tokens: {
      text: { input: 0, cachedPercent: 0, output: 0, ...tokens.text },
      audio: { input: 0, cachedPercent: 0, output: 0, ...tokens.audio },
      image: { input: 0, cachedPercent: 0, output: 0, ...tokens.image },
    },
    images,
    imagePrice,
  }) satisfies UnitRequest;

/** A line as a test states it: unit, status and, when priced, the dollars. */
const brief = (line: UnitLine) =>
  line.status === 'priced'
    ? [line.unit, line.status, line.amount]
    : [line.unit, line.status, line.quantity];

const TTS = 'gpt-4o-mini-tts';
const TRANSCRIBE = 'gpt-4o-mini-transcribe';
const IMAGE = 'gpt-image-1-mini';

describe('a request priced unit by unit, on the content', () => {
  it.each([
    {
      // GPT-4o mini TTS: 1,000 text tokens in at $0.60 per 1M = $0.0006, and 50,000 audio
      // tokens out at $12 per 1M = $0.60: $0.6006 in all.
      case: 'speech: 1,000 text tokens in and 50,000 audio tokens out',
      id: TTS,
      request: request({ text: { input: 1000 }, audio: { output: 50_000 } }),
      lines: [
        ['text-input', 'priced', (1000 * rate(TTS, 'text', 'input')) / 1e6],
        ['audio-output', 'priced', (50_000 * rate(TTS, 'audio', 'output')) / 1e6],
      ],
      total: (1000 * rate(TTS, 'text', 'input') + 50_000 * rate(TTS, 'audio', 'output')) / 1e6,
    },
    {
      // GPT-4o mini Transcribe: 10,000 audio tokens in at $1.25 per 1M = $0.0125.
      case: 'transcription: 10,000 audio tokens in',
      id: TRANSCRIBE,
      request: request({ audio: { input: 10_000 } }),
      lines: [['audio-input', 'priced', (10_000 * rate(TRANSCRIBE, 'audio', 'input')) / 1e6]],
      total: (10_000 * rate(TRANSCRIBE, 'audio', 'input')) / 1e6,
    },
    ...(['low', 'medium', 'high'] as const).map((quality) => ({
      // GPT Image 1 mini: 3 images at 1024x1024 at $0.005 / $0.011 / $0.036 each.
      case: `image: 3 images at 1024x1024, ${quality} quality`,
      id: IMAGE,
      request: request({}, 3, `1024x1024 ${quality}`),
      lines: [['images', 'priced', 3 * perImage(IMAGE, `1024x1024 ${quality}`)]],
      total: 3 * perImage(IMAGE, `1024x1024 ${quality}`),
    })),
  ])('$case', ({ id, request: r, lines, total }) => {
    const cost = unitCostOf(model(id), r);
    expect(cost.lines.map(brief)).toEqual(
      lines.map(([u, s, n]) => [u, s, expect.closeTo(Number(n), 12)]),
    );
    expect(cost.total).toEqual({ status: 'exact', amount: expect.closeTo(total, 12) });
  });

  it('prices an image prompt and its image each in its own unit', () => {
    // 1,000 text tokens at $2.00 per 1M = $0.002, and 1 medium image at $0.011: $0.013.
    const cost = unitCostOf(
      model(IMAGE),
      request({ text: { input: 1000 } }, 1, '1024x1024 medium'),
    );
    expect(cost.total).toEqual({
      status: 'exact',
      amount: expect.closeTo(
        (1000 * rate(IMAGE, 'text', 'input')) / 1e6 + perImage(IMAGE, '1024x1024 medium'),
        12,
      ),
    });
  });
});

describe('a unit without a sourced rate, or one the model does not take', () => {
  it('calls a unit taken but unpriced "not stated", and the total a lower bound', () => {
    // Transcribe takes text in (its modalities) but no source gives a text input rate.
    const cost = unitCostOf(
      model(TRANSCRIBE),
      request({ text: { input: 500 }, audio: { input: 10_000 } }),
    );
    expect(cost.lines.map(brief)).toEqual([
      ['text-input', 'not-stated', 500],
      [
        'audio-input',
        'priced',
        expect.closeTo((10_000 * rate(TRANSCRIBE, 'audio', 'input')) / 1e6, 12),
      ],
    ]);
    expect(cost.total).toEqual({
      status: 'at-least',
      amount: expect.closeTo((10_000 * rate(TRANSCRIBE, 'audio', 'input')) / 1e6, 12),
      missing: 1,
    });
  });

  it('has no total, not $0, when no unit of the request has a sourced rate', () => {
    const cost = unitCostOf(model(TRANSCRIBE), request({ text: { input: 500 } }));
    expect(cost.total).toEqual({ status: 'unknown' });
  });

  it('prices a cached share on its own line, not stated where no rate is sourced', () => {
    // TTS states no cached text input rate: half of 1,000 tokens cached are not stated.
    const cost = unitCostOf(model(TTS), request({ text: { input: 1000, cachedPercent: 50 } }));
    expect(cost.lines.map(brief)).toEqual([
      ['text-input', 'priced', expect.closeTo((500 * rate(TTS, 'text', 'input')) / 1e6, 12)],
      ['text-cached', 'not-stated', 500],
    ]);
    expect(cost.total.status).toBe('at-least');
  });

  it.each([
    {
      case: 'transcribe gives no audio output',
      id: TRANSCRIBE,
      r: request({ audio: { output: 1000 } }),
      unit: 'audio-output',
    },
    {
      case: 'TTS takes no audio input',
      id: TTS,
      r: request({ audio: { input: 1000 } }),
      unit: 'audio-input',
    },
    { case: 'TTS makes no image', id: TTS, r: request({}, 1, '1024x1024 low'), unit: 'images' },
    {
      case: 'the image model gives no text output',
      id: IMAGE,
      r: request({ text: { output: 10 } }),
      unit: 'text-output',
    },
  ])('says a model does not take a unit: $case', ({ id, r, unit }) => {
    const cost = unitCostOf(model(id), r);
    expect(cost.lines.find((l) => l.unit === unit)?.status).toBe('not-taken');
    expect(cost.total).toEqual({ status: 'not-taken' });
  });

  it('keeps the rate a source lists for a unit the model does not take, unapplied', () => {
    // The comparison page lists a $5.00 "audio output" rate for transcribe, whose outputs are text.
    const [line] = unitCostOf(model(TRANSCRIBE), request({ audio: { output: 1000 } })).lines;
    expect(line).toMatchObject({
      status: 'not-taken',
      listed: { usdPer1M: rate(TRANSCRIBE, 'audio', 'output') },
    });
    expect(line).not.toHaveProperty('amount');
  });

  it('finds a request too long for the model by its sourced limit', () => {
    // TTS: at most 2,000 input tokens.
    const cost = unitCostOf(model(TTS), request({ text: { input: 2001 } }));
    expect(cost.total).toEqual({ status: 'too-long', limit: 'maxInput', tokens: 2001, max: 2000 });
  });
});

describe('each unit at its own rate', () => {
  // A model priced $1 per 1M text tokens and $100 per 1M audio tokens, each way.
  const both = toUnitModel(
    'both',
    null,
    baseModel({
      modalities: {
        input: { value: ['text', 'audio'], source: 'docs' },
        output: { value: ['text', 'audio'], source: 'docs' },
      },
      pricing: {
        input: { value: 1, source: 'docs' },
        cachedInput: { value: 0.5, source: 'docs' },
        output: { value: 1, source: 'docs' },
        audio: {
          input: { value: 100, source: 'docs' },
          cachedInput: { unknown: 'not-in-sources' },
          output: { value: 100, source: 'docs' },
        },
        tiers: [],
        notes: [],
      },
    }),
  );

  it('never adds an audio rate to a text rate: the total sums dollars', () => {
    const cost = unitCostOf(both, request({ text: { input: 1000 }, audio: { output: 5000 } }));
    expect(cost.lines).toMatchObject([
      { unit: 'text-input', rate: { usdPer1M: 1 }, amount: 0.001 },
      { unit: 'audio-output', rate: { usdPer1M: 100 }, amount: 0.5 },
    ]);
    expect(cost.total).toEqual({ status: 'exact', amount: 0.501 });
    // Rates added across units would have made 6,000 tokens × $101 per 1M.
    expect(cost.total).not.toEqual({ status: 'exact', amount: (6000 * 101) / 1e6 });
  });

  it('does not refuse a unit when the sources do not say what a model takes', () => {
    const unknownModalities = { ...both, inputs: null, outputs: null };
    const cost = unitCostOf(unknownModalities, request({ image: { input: 100 } }));
    expect(cost.lines.map(brief)).toEqual([['image-input', 'not-stated', 100]]);
    expect(cost.total).toEqual({ status: 'unknown' });
  });
});

describe('ranking', () => {
  it('ranks full prices, then lower bounds, then no total; shut-down models last', () => {
    const r = request({ text: { input: 1000 }, audio: { input: 1000 } });
    const ranked = rankUnitCosts(
      [model(IMAGE, '2026-12-01'), model(TTS), model(TRANSCRIBE), model('gpt-realtime-2.1-mini')],
      r,
    );
    expect(ranked.map((c) => [c.model.id, c.total.status])).toEqual([
      ['gpt-realtime-2.1-mini', 'exact'],
      [TRANSCRIBE, 'at-least'],
      [TTS, 'not-taken'],
      [IMAGE, 'not-taken'],
    ]);
  });
});

describe('which models price more than text tokens', () => {
  it.each([
    [TTS, true],
    [TRANSCRIBE, true],
    [IMAGE, true],
    ['gpt-realtime-2.1-mini', true],
    // Its audio block is there, but every rate in it is unknown.
    ['gpt-audio-mini', false],
    ['gpt-5-mini', false],
    // A fee per web search is not a unit the calculator prices.
    ['gpt-4o-mini-search-preview', false],
  ])('%s: %s', (id, expected) => {
    const pricing = content.models.get(id)?.data.pricing;
    if (!pricing) throw new Error(`No model ${id}`);
    expect(pricesOtherUnits(pricing)).toBe(expected);
  });
});

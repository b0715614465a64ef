/**
 * A model's price at a glance (src/lib/pricing/headline.ts) and everything written from it: a
 * text-to-speech model's output is its audio rate, never "not stated" beside an unused text rate,
 * and an audio rate is only ever named as one and set against another audio rate.
 */
import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../src/lib/compare/migration.ts';
import { modelCard } from '../../src/lib/cards/content.ts';
import { priceChart } from '../../src/lib/charts/data.ts';
import { lifecycleState, stateDays } from '../../src/lib/lifecycle/state.ts';
import { modelPageDescription } from '../../src/lib/page/meta.ts';
import {
  headline,
  leadRates,
  pricePhrase,
  rateColumns,
  replacementPricePhrase,
} from '../../src/lib/pricing/headline.ts';
import { baseModel, baseReplacement, entry } from '../support/builders.ts';

const known = (value: number) => ({ value, source: 'docs' });
const unknown = { unknown: 'not-in-sources' as const };
const tokens = (input: unknown, cachedInput: unknown, output: unknown) => ({
  input,
  cachedInput,
  output,
});

/** Pricing fields as the content files write them, by kind of token. */
const PRICINGS = {
  text: { ...tokens(known(0.15), known(0.075), known(0.6)), tiers: [], notes: [] },
  // Text in, audio out: the text output rate does not exist; the audio output rate is the price.
  speech: {
    ...tokens(known(0.6), unknown, unknown),
    audio: tokens(unknown, unknown, known(12)),
    tiers: [],
    notes: [],
  },
  // Audio in, text out, priced by the source as audio tokens only.
  transcription: {
    ...tokens(unknown, unknown, unknown),
    audio: tokens(known(1.25), unknown, known(5)),
    tiers: [],
    notes: [],
  },
  // Audio rates priced as a kind, but not stated: the text rates are shown, named as text.
  audioUnstated: {
    ...tokens(known(0.6), unknown, known(2.4)),
    audio: tokens(unknown, unknown, unknown),
    tiers: [],
    notes: [],
  },
  realtime: {
    ...tokens(known(0.6), known(0.06), known(2.4)),
    audio: tokens(known(10), known(0.3), known(20)),
    image: tokens(known(0.8), known(0.08), unknown),
    tiers: [],
    notes: [],
  },
  unpriced: { ...tokens(unknown, unknown, unknown), tiers: [], notes: [] },
};
const pricing = (name: keyof typeof PRICINGS) => baseModel({ pricing: PRICINGS[name] }).pricing;

describe('a price at a glance', () => {
  it.each<[keyof typeof PRICINGS, string | undefined]>([
    ['text', '$0.15 input / $0.60 output per 1M tokens'],
    ['speech', '$0.60 text input / $12.00 audio output per 1M tokens'],
    ['transcription', '$1.25 audio input / $5.00 audio output per 1M tokens'],
    ['audioUnstated', '$0.60 text input / $2.40 text output per 1M tokens'],
    [
      'realtime',
      '$0.60 text input / $10.00 audio input / $0.80 image input / $2.40 text output / ' +
        '$20.00 audio output per 1M tokens',
    ],
    ['unpriced', undefined],
  ])('of a %s model reads "%s"', (name, phrase) => {
    expect(pricePhrase(pricing(name))).toBe(phrase);
  });

  it('shows the text rate as unknown where no rate of a direction is known', () => {
    const { byKind, input, output } = headline(pricing('speech'));
    expect(byKind).toBe(true);
    expect(input.map((r) => [r.kind, 'value' in r.rate && r.rate.value])).toEqual([['text', 0.6]]);
    expect(output.map((r) => [r.kind, 'value' in r.rate && r.rate.value])).toEqual([['audio', 12]]);
    const none = headline(pricing('unpriced'));
    expect(none.byKind).toBe(false);
    expect(none.output).toEqual([{ direction: 'output', kind: 'text', rate: unknown }]);
  });

  it.each<[keyof typeof PRICINGS, string[]]>([
    ['text', ['text input', 'text output']],
    ['speech', ['text input', 'audio output']],
    ['realtime', ['audio input', 'audio output']],
    ['audioUnstated', ['text input', 'text output']],
  ])('leads a %s model with the kind that sets it apart: %j', (name, lead) => {
    expect(leadRates(pricing(name)).rates.map((r) => `${r.kind} ${r.direction}`)).toEqual(lead);
  });
});

describe("a replacement's price, in the kinds the reader's model uses", () => {
  const uses = (input: string[] | undefined, output: string[] | undefined) => ({
    input: input ? { value: input, source: 'docs', confidence: 'high' as const } : unknown,
    output: output ? { value: output, source: 'docs', confidence: 'high' as const } : unknown,
  });

  it.each<[string, ReturnType<typeof uses>, string]>([
    ['text in, audio out', uses(['text'], ['audio']), '$0.60 text input / $20.00 audio output'],
    ['text in, text out', uses(['text'], ['text']), '$0.60 text input / $2.40 text output'],
    [
      'text, audio and image in, text and audio out',
      uses(['text', 'audio', 'image'], ['text', 'audio']),
      '$10.00 audio input / $20.00 audio output',
    ],
    ['modalities unknown', uses(undefined, undefined), '$10.00 audio input / $20.00 audio output'],
    [
      'no kind the replacement prices',
      uses(['video'], ['video']),
      '$10.00 audio input / $20.00 audio output',
    ],
  ])('for a model with %s: one rate each way, in a kind it uses', (_, modalities, phrase) => {
    expect(replacementPricePhrase(pricing('realtime'), modalities)).toBe(`${phrase} per 1M tokens`);
  });

  it('is the plain phrase for a replacement priced by text tokens alone', () => {
    expect(replacementPricePhrase(pricing('text'), uses(['text', 'image'], ['text']))).toBe(
      '$0.15 input / $0.60 output per 1M tokens',
    );
  });
});

describe('what is written from it', () => {
  const tts = baseModel({ name: 'Speech mini', pricing: PRICINGS.speech });

  it('describes a speech model by its audio output, for search results', () => {
    const state = lifecycleState([], stateDays('2026-12-06', '2026-12-06'));
    expect(modelPageDescription('speech-mini', tts, state)).toContain(
      ': $0.60 text input / $12.00 audio output per 1M tokens.',
    );
  });

  it('puts a speech model on its card by its audio output, named as such', () => {
    const content = modelCard({
      model: tts,
      lineName: 'Speech',
      position: { index: 0, total: 1 },
      state: lifecycleState([], stateDays('2026-12-06', '2026-12-06')),
      replacements: undefined,
      host: 'example.com',
      path: '/models/speech-mini/',
    });
    const facts = content.columns.flatMap((c) => c.facts);
    expect(facts.filter((f) => f.label.endsWith('put'))).toEqual([
      { label: 'Text input', value: '$0.60 per 1M', mark: undefined },
      { label: 'Audio output', value: '$12.00 per 1M', mark: undefined },
    ]);
    expect(content.alt).toContain('audio output $12.00 per 1M');
  });

  it('sets an audio rate only against an audio rate when moving to the replacement', () => {
    const to = baseReplacement({ name: 'Realtime Luna', pricing: PRICINGS.realtime });
    const lines = keyFigures(tts, to).map((line) => line.text);
    expect(lines).toContain(
      "Audio output: $20.00 per 1M audio tokens (1.7× higher than Speech mini's " +
        '$12.00 per 1M audio tokens)',
    );
    expect(lines).toContain('Text input: $0.60 per 1M text tokens (the same as Speech mini)');
    // The replacement's text output is its own figure, compared with nothing.
    expect(lines).toContain('Text output: $2.40 per 1M text tokens');
    expect(lines.some((line) => /^(Input|Output):/.test(line))).toBe(false);
  });

  it('says what the replacement does not state, beside what the reader pays now', () => {
    const from = baseModel({ name: 'Realtime preview', pricing: PRICINGS.realtime });
    const to = baseReplacement({ name: 'Audio Luna', pricing: PRICINGS.audioUnstated });
    const lines = keyFigures(from, to).map((line) => line.text);
    expect(lines).toContain(
      'Audio output: not stated in sources (Realtime preview: $20.00 per 1M audio tokens)',
    );
  });

  it('keeps the plain wording for models priced by text tokens alone', () => {
    const from = baseModel({ name: 'Test mini' });
    const lines = keyFigures(from, baseReplacement()).map((line) => line.text);
    expect(lines.slice(0, 2)).toEqual([
      "Input: $2.00 per 1M tokens (2× higher than Test mini's $1.00 per 1M tokens)",
      "Output: $8.00 per 1M tokens (2× higher than Test mini's $4.00 per 1M tokens)",
    ]);
  });
});

describe("a line's price columns and chart", () => {
  it('are input and output for a line priced by text tokens alone', () => {
    const members = [entry('a'), entry('b', { pricing: PRICINGS.text })];
    expect(rateColumns(members.map((m) => m.data.pricing)).map((c) => c.label)).toEqual([
      'Input',
      'Output',
    ]);
  });

  it('are each kind a version states, named, for a speech line (no text output)', () => {
    const members = [
      entry('speech', { pricing: PRICINGS.speech }),
      entry('transcription', { pricing: PRICINGS.transcription }),
    ];
    const spec = priceChart('Speech', members);
    expect(spec.series.map((s) => [s.name, s.labels])).toEqual([
      ['Text input', ['$0.60', 'unknown']],
      ['Audio input', ['unknown', '$1.25']],
      ['Audio output', ['$12.00', '$5.00']],
    ]);
  });
});

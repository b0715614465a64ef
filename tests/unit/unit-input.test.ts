/**
 * The unit calculator's inputs and results as a reader meets them: only the fields a line's
 * models price, a message for each bad value (never NaN or a silent zero), and results whose
 * total says it is the sum of the lines. Models come from the content's speech and image lines.
 */
import { describe, expect, it } from 'vitest';
import { toUnitModel } from '../../src/lib/calculator/unit-model.ts';
import { unitDefaults } from '../../src/lib/calculator/unit-defaults.ts';
import {
  imagePriceOptions,
  readUnitInputs,
  toUnitQuery,
  unitFields,
  type UnitInputContext,
} from '../../src/lib/calculator/unit-input.ts';
import { SEPARATOR_MESSAGE } from '../../src/lib/calculator/input.ts';
import { rankUnitCosts } from '../../src/lib/calculator/units.ts';
import { renderUnitResults, unitResultsSummary } from '../../src/lib/calculator/unit-table.ts';
import { markerIndex } from '../../src/lib/sources/citations.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const unitModel = (id: string, shutDown: string | null = null) => {
  const data = content.models.get(id)?.data;
  if (!data) throw new Error(`No model ${id}`);
  return toUnitModel(id, shutDown, data);
};
const speech = [unitModel('gpt-4o-mini-tts'), unitModel('gpt-4o-mini-transcribe')];
const image = [unitModel('gpt-image-1-mini', '2026-12-01')];

function context(models: typeof speech): UnitInputContext {
  const fields = unitFields(models);
  const imagePrices = imagePriceOptions(models);
  const opening = models.at(-1);
  if (!opening) throw new Error('no models');
  return { fields, imagePrices, defaults: unitDefaults(opening, fields, imagePrices) };
}

/** Text as a reader reads it: tags dropped, entities decoded, whitespace folded. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('the fields a line shows', () => {
  it.each([
    // TTS prices text in and audio out, transcribe audio in and out: no text output, no cache.
    ['speech', speech, ['input', 'audio-input', 'audio-output']],
    [
      'image',
      image,
      ['input', 'cached', 'image-input', 'image-cached', 'image-output', 'images', 'image-price'],
    ],
  ])('%s: only the units its models price', (_, models, fields) => {
    expect(unitFields(models)).toEqual(fields);
  });

  it('offers the image sizes and qualities the sources price, in their order', () => {
    expect(imagePriceOptions(image)).toEqual([
      '1024x1024 low',
      '1024x1024 medium',
      '1024x1024 high',
    ]);
  });
});

describe('reading an address', () => {
  const ctx = context(speech);

  it('reads the quantities into a request', () => {
    const read = readUnitInputs(
      new URLSearchParams('input=1000&audio-input=0&audio-output=50000'),
      ctx,
    );
    expect(read.messages).toEqual({});
    expect(read.request?.tokens.text.input).toBe(1000);
    expect(read.request?.tokens.audio.output).toBe(50_000);
  });

  it.each([
    ['a word', 'input=lots', 'input', 'That is not a number. Use digits only, such as 2000.'],
    ['a comma', 'audio-output=50,000', 'audio-output', SEPARATOR_MESSAGE],
    ['a negative', 'audio-input=-5', 'audio-input', 'This cannot be negative.'],
    ['nothing', 'input=', 'input', 'Enter a number.'],
    ['too many', 'input=2000000000', 'input', 'Enter at most 1,000,000,000.'],
  ])('says what is wrong with %s beside its field, and prices nothing', (_, query, field, msg) => {
    const read = readUnitInputs(new URLSearchParams(query), ctx);
    expect(read.messages[field as 'input']).toBe(msg);
    expect(read.invalid).toEqual([field]);
    expect(read.request).toBeNull();
  });

  it('refuses a request of nothing rather than show $0', () => {
    const read = readUnitInputs(new URLSearchParams('input=0&audio-input=0&audio-output=0'), ctx);
    expect(read.request).toBeNull();
    expect(read.messages.input).toBe('Enter a quantity above 0 for at least one unit.');
  });

  it('replaces an image size no model prices, and says so', () => {
    const read = readUnitInputs(
      new URLSearchParams('images=1&image-price=9x9 low'),
      context(image),
    );
    expect(read.raw['image-price']).toBe('1024x1024 low');
    expect(read.messages['image-price']).toBe(
      'The address names no image size and quality priced here.',
    );
    expect(read.request?.imagePrice).toBe('1024x1024 low');
  });

  it('writes back an address of the shown fields only, in form order', () => {
    const read = readUnitInputs(new URLSearchParams('audio-output=7&model=x&input=3'), ctx);
    expect(toUnitQuery(read.raw, ctx.fields)).toBe('?input=3&audio-input=10000&audio-output=7');
  });
});

describe('the results', () => {
  const ctx = context(speech);
  const cite = markerIndex({
    'tts-ja': [1, 'TTS page', 'OpenAI'],
    'transcribe-compare': [2, 'Compare page', 'OpenAI'],
    'transcribe-docs': [3, 'Transcribe page', 'OpenAI'],
    'vercel-transcribe': [4, 'Vercel', 'Vercel'],
  });
  const read = readUnitInputs(
    new URLSearchParams('input=1000&audio-input=0&audio-output=50000'),
    ctx,
  );
  if (!read.request) throw new Error('a valid request');
  const costs = rankUnitCosts(speech, read.request);
  const shown = text(
    renderUnitResults({ costs, request: read.request, fields: ctx.fields, cite }, '2026-12-06')
      .value,
  );

  it('gives each unit its own line, and a total that says it is their sum', () => {
    expect(shown).toContain('Text input tokens 1,000 $0.60 per 1M text tokens [1] $0.0006');
    expect(shown).toContain('Audio output tokens 50,000 $12.00 per 1M audio tokens [1] $0.60');
    expect(shown).toContain('Total per request The sum of the costs above $0.601');
    expect(unitResultsSummary(costs)).toBe(
      'Cheapest for this request: GPT-4o mini TTS, $0.601 a request.',
    );
  });

  it('says transcribe gives no audio output, and applies no rate to it', () => {
    expect(shown).toContain(
      'Not taken: GPT-4o mini Transcribe gives no audio output; its outputs are text',
    );
    expect(shown).toContain(
      'No total: GPT-4o mini Transcribe does not take every unit of this request',
    );
  });

  it('never shows NaN, Infinity or a cost of nothing', () => {
    expect(shown).not.toMatch(/NaN|Infinity|undefined|\$0(?:\.0+)?(?![\d.])/);
  });
});

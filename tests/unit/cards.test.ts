/**
 * Share cards: what they say (from the data, third-party marked, unknowns as unknown), and the PNG
 * they become: 1200×630, at most 60 KB, the same bytes every time, cached by a hash of the input.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { modelCard, pairCard } from '../../src/lib/cards/content.ts';
import { cachedCardFile, cardHash, cardPng, renderPng } from '../../src/lib/cards/render.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardTree } from '../../src/lib/cards/template.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { baseReplacement, entry } from '../support/builders.ts';
import { ON_VERIFIED, shutdown, VERIFIED } from '../support/export-builders.ts';

const leaving = entry('a', {
  name: 'Test mini',
  lifecycle: [shutdown({ replacement: 'terra', source: 'third', confidence: 'medium' })],
});
const card = modelCard({
  model: leaving.data,
  lineName: 'Test',
  position: { index: 0, total: 2 },
  state: lifecycleState(leaving.data.lifecycle, ON_VERIFIED),
  replacements: 'Test Terra',
  host: 'catalog.example.org',
  path: '/models/a/',
});
const unknownRelease = baseReplacement({
  name: 'Test Terra',
  released: { unknown: 'not-in-sources' },
  contextWindow: { value: 1000000, source: 'third', confidence: 'medium' },
});
const pair = pairCard({
  models: [leaving.data, unknownRelease],
  asOf: VERIFIED,
  host: 'catalog.example.org',
  path: '/compare/a-vs-terra/',
});

describe('card content', () => {
  it("shows a version's key facts and its status as of the verified day", () => {
    expect(card.title).toBe('Test mini');
    expect(card.columns[0]?.facts.map((f) => [f.label, f.value])).toEqual([
      ['Released', 'Jan 2, 2025'],
      ['Context window', '100,000 tokens'],
      ['Input', '$1.00 per 1M'],
      ['Output', '$4.00 per 1M'],
    ]);
    expect(card.status).toEqual({
      text: 'Shuts down Dec 11, 2026 · replacement: Test Terra · dates last checked Nov 25, 2026',
      warning: true,
      mark: 'third-party',
    });
    expect(card.footer).toBe('Sources of every fact: catalog.example.org/models/a/');
  });

  it('writes unknowns as unknown and marks third-party values, in picture and alt text', () => {
    const terra = pair.columns[1]?.facts;
    expect(terra?.[0]).toEqual({
      label: 'Released',
      value: 'Not stated in sources',
      mark: undefined,
    });
    expect(terra?.[1]).toMatchObject({ value: '1,000,000 tokens', mark: 'third-party' });
    expect(pair.alt).toContain(
      'Test Terra: released Not stated in sources, context window 1,000,000 tokens (third-party)',
    );
    expect(card.alt).toContain(
      'Shuts down Dec 11, 2026, replacement listed: Test Terra; dates last checked Nov 25, 2026.',
    );
  });

  it('keys the cache on everything the picture shows', () => {
    expect(cardHash(cardTree(card))).toBe(cardHash(cardTree(card)));
    expect(cardHash(cardTree({ ...card, title: 'Test mini 2' }))).not.toBe(
      cardHash(cardTree(card)),
    );
  });
});

describe('card PNG', () => {
  const cache = mkdtempSync(join(tmpdir(), 'cards-'));
  process.env['CARD_CACHE_DIR'] = cache;
  afterAll(() => {
    delete process.env['CARD_CACHE_DIR'];
    rmSync(cache, { recursive: true, force: true });
  });

  it('is a 1200×630 PNG of at most 60 KB, the same bytes on every render', async () => {
    const png = await renderPng(cardTree(pair));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    expect(png.length).toBeLessThanOrEqual(60 * 1024);
    expect((await renderPng(cardTree(pair))).equals(png)).toBe(true);
  });

  it('is rendered once, then read from the cache under its hash', async () => {
    const first = await cardPng(card);
    expect(readdirSync(cache)).toEqual([`${cardHash(cardTree(card))}.png`]);
    // The build copies cached cards from where cachedCardFile says they are.
    expect(readFileSync(cachedCardFile(card)).equals(first)).toBe(true);
    expect((await cardPng(card)).equals(first)).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
  });
});

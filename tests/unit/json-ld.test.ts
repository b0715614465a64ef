/**
 * JSON-LD: a BreadcrumbList from the page's address, and a version as a SoftwareApplication with
 * an Offer per price. Every @type and property is checked against schema.org's vocabulary file.
 */
import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, showsTrail } from '../../src/lib/page/breadcrumbs.ts';
import { breadcrumbJsonLd, faqPageJsonLd, modelJsonLd } from '../../src/lib/page/json-ld.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { TOKENS_PER_PRICE } from '../../src/schemas/index.ts';
import { entry, SOURCES, SPEECH_PRICING } from '../support/builders.ts';
import { ON_VERIFIED, ORIGIN, shutdown } from '../support/export-builders.ts';
import { jsonLdProblems } from '../support/schema-org.ts';

const priced = entry('a', {
  pricing: {
    input: { value: 1, source: 'docs' },
    cachedInput: { unknown: 'not-in-sources' },
    output: { value: 4, source: 'docs' },
    tiers: [
      {
        tier: 'batch',
        rates: [
          { kind: 'input', usdPer1M: 0.5 },
          { kind: 'output', usdPer1M: 2 },
        ],
        source: 'third',
        confidence: 'medium',
      },
      { tier: 'flex', factor: 0.5, source: 'docs' },
    ],
    notes: [],
  },
  lifecycle: [shutdown({ date: '2026-12-11' })],
});
const ld = modelJsonLd({
  id: 'a',
  model: priced.data,
  state: lifecycleState(priced.data.lifecycle, ON_VERIFIED),
  url: `${ORIGIN}/models/a/`,
  description: 'A test model.',
  sources: SOURCES,
});
const offers = (Array.isArray(ld.offers) ? ld.offers : []) as Record<string, unknown>[];

describe('modelJsonLd', () => {
  it('uses only schema.org types and properties, each on a type that may carry it', () => {
    expect(jsonLdProblems(ld)).toEqual([]);
  });

  it('the vocabulary check fails on a made-up or misplaced property', () => {
    expect(jsonLdProblems({ ...ld, tokenPrice: 1 })).toEqual([
      '$.tokenPrice: not a schema.org property',
    ]);
    expect(jsonLdProblems({ '@type': 'Offer', applicationCategory: 'x' })).toEqual([
      '$.applicationCategory: not a property of Offer',
    ]);
    expect(jsonLdProblems({ '@type': 'LanguageModelThing' })).toEqual([
      '$: @type LanguageModelThing is not a schema.org class',
    ]);
  });

  it('has an Offer per known price: standard rates and every tier rate, none for unknowns', () => {
    const price = (o: Record<string, unknown>) =>
      (o['priceSpecification'] as { price: number }).price;
    expect(offers.map((o) => [o['name'], price(o)])).toEqual([
      ['Standard rate: input tokens', 1],
      ['Standard rate: output tokens', 4],
      ['Batch API: input tokens', 0.5],
      ['Batch API: output tokens', 2],
      ['Flex processing: input tokens', 0.5],
      ['Flex processing: output tokens', 2],
    ]);
  });

  it('names the kind of token of each standard rate for a model priced by several', () => {
    const speech = entry('speech', {
      pricing: SPEECH_PRICING,
    });
    const data = modelJsonLd({
      id: 'speech',
      model: speech.data,
      state: lifecycleState([], ON_VERIFIED),
      url: `${ORIGIN}/models/speech/`,
      description: 'A speech model.',
      sources: SOURCES,
    });
    const list = (Array.isArray(data.offers) ? data.offers : []) as Record<string, unknown>[];
    expect(list.map((o) => o['name'])).toEqual([
      'Standard rate: text input tokens',
      'Standard rate: audio output tokens',
    ]);
    expect(jsonLdProblems(data)).toEqual([]);
  });

  it('prices each Offer per 1M tokens in US dollars, with its source and confidence', () => {
    expect(offers[0]).toMatchObject({
      priceSpecification: {
        '@type': 'UnitPriceSpecification',
        price: 1,
        priceCurrency: 'USD',
        referenceQuantity: { value: TOKENS_PER_PRICE, unitText: 'tokens' },
      },
      description: 'Source: OpenAI, Model page.',
    });
    expect(offers[2]?.['description']).toBe('Source: Someone, A reading (third-party).');
    expect(offers[4]?.['description']).toBe(
      'Source: OpenAI, Model page; derived from the standard rate.',
    );
  });

  it('ends the offers on the shutdown day only when this id itself shuts down', () => {
    expect(offers.every((o) => o['availabilityEnds'] === '2026-12-11')).toBe(true);
    const snapshotOnly = modelJsonLd({
      id: 'a',
      model: priced.data,
      state: lifecycleState(
        [shutdown({ ids: [{ id: 'a-2025-01-02', kind: 'snapshot' }] })] as never,
        ON_VERIFIED,
      ),
      url: `${ORIGIN}/models/a/`,
      description: 'A test model.',
      sources: SOURCES,
    });
    expect(JSON.stringify(snapshotOnly)).not.toContain('availabilityEnds');
  });

  it('names the version, its API id, release, snapshot and maker from the data', () => {
    expect(ld).toMatchObject({
      '@type': 'SoftwareApplication',
      name: 'Test mini',
      alternateName: 'a',
      datePublished: '2025-01-02',
      softwareVersion: 'test-mini-2025-01-02',
      creator: { '@type': 'Organization', name: 'OpenAI' },
    });
  });
});

describe('breadcrumbs', () => {
  it('walks from the home page through each enclosing section that is a page', () => {
    expect(breadcrumbTrail('/', 'Home')).toEqual([{ name: 'GPT mini catalog', path: '/' }]);
    expect(breadcrumbTrail('/compare/a-vs-b/', 'A vs B')).toEqual([
      { name: 'GPT mini catalog', path: '/' },
      { name: 'Compare', path: '/compare/' },
      { name: 'A vs B', path: '/compare/a-vs-b/' },
    ]);
    // /models/ is not a page, so it is no crumb.
    expect(breadcrumbTrail('/models/a/', 'Test mini').map((s) => s.path)).toEqual([
      '/',
      '/models/a/',
    ]);
    expect(breadcrumbTrail('/about/', 'ignored').at(-1)).toEqual({
      name: 'About the data',
      path: '/about/',
    });
  });

  it('passes through the pages the address does not show, each once', () => {
    const line = { name: 'Test line', path: '/lines/test/' };
    expect(breadcrumbTrail('/models/a/', 'Test mini', [line])).toEqual([
      { name: 'GPT mini catalog', path: '/' },
      line,
      { name: 'Test mini', path: '/models/a/' },
    ]);
    // The featured line's page is the home page: it is not a second crumb.
    const featured = { name: 'GPT mini', path: '/' };
    expect(breadcrumbTrail('/models/a/', 'Test mini', [featured]).map((s) => s.name)).toEqual([
      'GPT mini catalog',
      'Test mini',
    ]);
    expect(breadcrumbTrail('/calculator/', 'ignored', [featured])).toEqual([
      { name: 'GPT mini catalog', path: '/' },
      { name: 'Cost calculator', path: '/calculator/' },
    ]);
  });

  it('is shown on every page but the sections the header already marks', () => {
    expect(['/', '/compare/', '/about/'].map(showsTrail)).toEqual([false, false, false]);
    expect(['/models/a/', '/compare/a-vs-b/', '/lines/x/'].map(showsTrail)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('becomes a BreadcrumbList of schema.org ListItems', () => {
    const list = breadcrumbJsonLd([
      { name: 'Home', url: `${ORIGIN}/` },
      { name: 'Compare', url: `${ORIGIN}/compare/` },
    ]);
    expect(jsonLdProblems(list)).toEqual([]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'Compare', item: `${ORIGIN}/compare/` },
    ]);
  });

  it('the FAQ page data uses the vocabulary too', () => {
    expect(
      jsonLdProblems(JSON.parse(faqPageJsonLd([{ question: 'Why?', answer: 'Because.' }]))),
    ).toEqual([]);
  });
});

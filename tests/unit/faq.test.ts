/** Generated FAQ answers: written from the data, so they say what the page says, with sources. */
import { describe, expect, it } from 'vitest';
import { FAQ_TOPIC_IDS, type FaqContext, type FaqItem } from '../../src/lib/faq/answer.ts';
import { generateFaq, mergeFaq } from '../../src/lib/faq/generate.ts';
import { faqPageJsonLd } from '../../src/lib/page/json-ld.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import { positionIn, type ModelEntry } from '../../src/lib/lineage/members.ts';
import type { Model } from '../../src/schemas/index.ts';
import { BASE_MODEL, baseLine, baseModel, entry, SOURCES } from '../support/builders.ts';

const older = entry('old-mini', {
  name: 'Old mini',
  released: { value: '2024-07-18', source: 'blog' },
  pricing: {
    ...BASE_MODEL.pricing,
    input: { value: 0.15, source: 'docs' },
    cachedInput: { value: 0.075, source: 'docs' },
  },
  contextWindow: { value: 128000, source: 'docs' },
  reasoning: { value: { efforts: [], default: null }, source: 'docs' },
});

/** The FAQ's context without the state, which each test's model gives; built Dec 6, 2026. */
interface TestContext extends Omit<FaqContext, 'state'> {
  /** The build's day. */
  day: string;
  /** The day the line was checked. */
  checked: string;
}

const context: TestContext = {
  day: '2026-12-06',
  checked: '2026-11-25',
  names: new Map([['new-terra', 'New Terra']]),
  lineRecommendations: [
    {
      value: 'OpenAI points cheap work to New Luna.',
      source: 'docs',
      confidence: 'high',
      asOf: '2026-11-25',
    },
  ],
  sources: SOURCES,
};

/** The FAQ of `model` as the second and newest member of a two-version line. */
function faqOf(model: Model, ctx = context): FaqItem[] {
  const members: ModelEntry[] = [older, { id: 'test-mini', data: model }];
  const line = baseLine({ name: 'Test', members: members.map((m) => m.id) });
  return generateFaq(
    'test-mini',
    model,
    positionIn('test', line, members, 'test-mini'),
    withState(model, ctx),
  );
}

/** The FAQ context of `model`: its lifecycle state on the test's days. */
function withState(model: Model, ctx: TestContext): FaqContext {
  const { day, checked, ...rest } = ctx;
  return { ...rest, state: lifecycleState(model.lifecycle, { day, checked }) };
}

const answer = (items: FaqItem[], topic: string) => {
  const item = items.find((i) => i.anchor === `faq-${topic}`);
  if (!item) throw new Error(`no ${topic}`);
  return item;
};

const shutdown = (extra: Record<string, unknown> = {}) => ({
  type: 'shutdown',
  date: '2026-12-11',
  announced: '2026-06-11',
  ids: [
    { id: 'test-mini', kind: 'alias' },
    { id: 'test-mini-2025-01-02', kind: 'snapshot' },
  ],
  replacement: 'new-terra',
  asOf: '2026-11-25',
  source: 'docs',
  ...extra,
});

describe('every version', () => {
  it('asks every topic once, shutdown first, with stable faq-<topic> anchors', () => {
    expect(faqOf(baseModel()).map((x) => x.anchor)).toEqual(FAQ_TOPIC_IDS.map((t) => `faq-${t}`));
  });

  it('leaves out the comparison with a predecessor for the first version', () => {
    const members = [older];
    const line = baseLine({ members: ['old-mini'] });
    const items = generateFaq(
      'old-mini',
      older.data,
      positionIn('t', line, members, 'old-mini'),
      withState(older.data, context),
    );
    expect(items.map((i) => i.anchor)).not.toContain('faq-vs-predecessor');
  });

  it('cites a source for every answer that states a fact, and only known sources', () => {
    const known = baseModel({
      lifecycle: [shutdown()],
      reasoning: { value: { efforts: [], default: null }, source: 'docs' },
      features: { ...BASE_MODEL.features, fineTuning: { value: false, source: 'docs' } },
    });
    for (const item of faqOf(known)) expect(item.sources.length, item.anchor).toBeGreaterThan(0);
  });

  it('cites nothing for an answer that only says the fact is unknown', () => {
    const item = answer(faqOf(baseModel()), 'reasoning');
    expect(item.answer).toBe(
      'Whether Test mini has reasoning-effort settings is unknown: the sources this catalog has ' +
        'read do not state it.',
    );
    expect(item.sources).toEqual([]);
  });
});

describe('"When does it shut down, and what replaces it?"', () => {
  it('gives the date, the days left from the build day, what stops and the replacement', () => {
    const item = answer(faqOf(baseModel({ lifecycle: [shutdown()] })), 'shutdown');
    expect(item.question).toBe('When does Test mini shut down, and what replaces it?');
    expect(item.answer).toBe(
      'The alias test-mini and dated snapshot test-mini-2025-01-02 shut down on Dec 11, 2026, ' +
        '5 days after Dec 6, 2026, the day this page was built (announced Jun 11, 2026). ' +
        'Dates last checked Nov 25, 2026. ' +
        'OpenAI lists New Terra (new-terra) as the replacement.',
    );
    expect(item.sources).toEqual(['docs']);
    expect(item.confidence).toBe('high');
  });

  it('says when the replacement changed, citing the earlier reading too', () => {
    const earlier = shutdown({
      replacement: 'old-terra',
      asOf: '2026-08-14',
      source: 'third',
      confidence: 'medium',
    });
    const item = answer(faqOf(baseModel({ lifecycle: [earlier, shutdown()] })), 'shutdown');
    expect(item.answer).toContain(
      'That changed: as of Aug 14, 2026 the listed replacement was old-terra.',
    );
    expect(item.sources).toEqual(['docs', 'third']);
    expect(item.confidence).toBe('medium');
  });

  it('gives fine-tuning deadlines and fine-tuned models with their dates', () => {
    const model = baseModel({
      lifecycle: [
        shutdown({ fineTunesToo: true }),
        {
          type: 'fine-tuning-deadline',
          date: '2026-12-08',
          what: 'New jobs stop.',
          source: 'third',
          confidence: 'medium',
        },
      ],
    });
    const text = answer(faqOf(model), 'shutdown').answer;
    expect(text).toContain('Fine-tuned models built on it stop the same day.');
    expect(text).toContain('Dec 8, 2026: New jobs stop.');
  });

  it('says "shut down", not a countdown, once the day has passed', () => {
    const text = answer(
      faqOf(baseModel({ lifecycle: [shutdown()] }), { ...context, day: '2027-01-01' }),
      'shutdown',
    ).answer;
    expect(text).toMatch(
      /^The alias test-mini and dated snapshot test-mini-2025-01-02 shut down on Dec 11, 2026 \(scheduled by OpenAI; dates last checked Nov 25, 2026\)/,
    );
    expect(text).not.toMatch(/days? after/);
  });

  it('says no shutdown is announced, as of the check, and where OpenAI points new work', () => {
    const model = baseModel({
      lifecycle: [
        {
          type: 'api-check',
          asOf: '2026-11-25',
          finding: 'Still served.',
          source: 'third',
          confidence: 'medium',
        },
      ],
    });
    const text = answer(faqOf(model), 'shutdown').answer;
    expect(text).toBe(
      'As of Nov 25, 2026, no shutdown has been announced: Still served. ' +
        'With no shutdown announced, OpenAI names no replacement for it. ' +
        'As of Nov 25, 2026: OpenAI points cheap work to New Luna.',
    );
  });
});

describe('"Is it still available?"', () => {
  it('dates launch-day product news, so it is never read as today’s status', () => {
    const model = baseModel({
      lifecycle: [
        {
          type: 'product',
          product: 'chatgpt',
          date: '2025-01-02',
          what: 'On for Free users at launch.',
          source: 'blog',
        },
      ],
    });
    expect(answer(faqOf(model), 'availability').answer).toContain(
      'ChatGPT (Jan 2, 2025): On for Free users at launch.',
    );
  });

  it('calls the newest version newest in its line, as of the data day, never "latest"', () => {
    const text = answer(faqOf(baseModel()), 'availability').answer;
    expect(text).toContain('As of Nov 25, 2026, it is the newest version in the Test line.');
    expect(text).not.toMatch(/\blatest\b/i);
  });

  it('tells an older version which version followed it', () => {
    const members = [older, entry('test-mini')];
    const line = baseLine({ name: 'Test', members: ['old-mini', 'test-mini'] });
    const items = generateFaq(
      'old-mini',
      older.data,
      positionIn('t', line, members, 'old-mini'),
      withState(older.data, context),
    );
    expect(answer(items, 'availability').answer).toContain(
      'followed in the Test line by Test mini',
    );
  });
});

describe('other answers', () => {
  it('says a price is unknown instead of inventing one', () => {
    const model = baseModel({
      pricing: { ...BASE_MODEL.pricing, input: { unknown: 'not-in-sources' } },
    });
    const text = answer(faqOf(model), 'pricing').answer;
    expect(text).toContain('an unknown input price');
    expect(text).not.toContain('$1.00');
  });

  it('names each price tier by its label, never by its schema key', () => {
    const model = baseModel({
      pricing: {
        ...BASE_MODEL.pricing,
        tiers: [
          {
            tier: 'batch',
            rates: [{ kind: 'input', usdPer1M: 0.5 }],
            source: 'third',
            confidence: 'medium',
          },
          { tier: 'flex', factor: 0.5, source: 'docs' },
        ],
      },
    });
    const text = answer(faqOf(model), 'pricing').answer;
    expect(text).toContain('Batch API: $0.50 input per 1M tokens (third-party data).');
    expect(text).toContain('Flex processing: 50% of the standard rates.');
    expect(text).not.toMatch(/\bbatch:|\bflex:/);
  });

  it("quotes a vendor's own words, attributed and dated, never in the site's voice", () => {
    const model = baseModel({
      pricing: {
        ...BASE_MODEL.pricing,
        notes: [{ value: 'Cheaper at night.', source: 'blog', verbatim: true }],
      },
    });
    expect(answer(faqOf(model), 'pricing').answer).toContain(
      'OpenAI, Jan 2, 2025: “Cheaper at night.”',
    );
  });

  it('describes the change from the predecessor in words both ways', () => {
    const text = answer(faqOf(baseModel()), 'vs-predecessor').answer;
    expect(text).toContain('Input price: $0.15 per 1M tokens → $1.00 per 1M tokens (6.7× higher)');
    expect(text).toContain('Context window: 128,000 tokens → 100,000 tokens (1.3× smaller)');
    expect(text).toContain('Knowledge cutoff: unchanged at Jun 1, 2024.');
  });

  it('names the kind of every price of a model priced by several, text included', () => {
    const audio = {
      input: { value: 10, source: 'docs' },
      cachedInput: { unknown: 'not-in-sources' },
      output: { value: 20, source: 'docs' },
    };
    const model = baseModel({ name: 'Voice mini', pricing: { ...BASE_MODEL.pricing, audio } });
    const text = answer(faqOf(model), 'pricing').answer;
    expect(text).toContain("Voice mini's text tokens cost $1.00 per 1M input text tokens,");
    expect(text).toContain("Voice mini's audio tokens cost $10.00 per 1M input audio tokens,");
    expect(text).not.toContain('Voice mini costs');
  });

  it('sets a rate against its predecessor only in the same kind of token, named', () => {
    const voice = (text: number, audio: number) => ({
      ...BASE_MODEL.pricing,
      input: { value: text, source: 'docs' },
      cachedInput: { unknown: 'not-in-sources' },
      audio: {
        input: { value: audio, source: 'docs' },
        cachedInput: { unknown: 'not-in-sources' },
        output: { unknown: 'not-in-sources' },
      },
    });
    const members: ModelEntry[] = [
      entry('old-voice', { name: 'Old voice', pricing: voice(0.15, 10) }),
      entry('test-mini', { name: 'Voice mini', pricing: voice(0.6, 10) }),
    ];
    const [, latest] = members;
    if (!latest) throw new Error('no member');
    const line = baseLine({ name: 'Voice', members: members.map((m) => m.id) });
    const faq = generateFaq(
      'test-mini',
      latest.data,
      positionIn('voice', line, members, 'test-mini'),
      withState(latest.data, context),
    );
    const text = answer(faq, 'vs-predecessor').answer;
    expect(text).toContain(
      'Text input price: $0.15 per 1M text tokens → $0.60 per 1M text tokens (4× higher)',
    );
    expect(text).toContain('Audio input price: unchanged at $10.00 per 1M audio tokens');
    expect(text).not.toContain('Input price:');
  });

  it('says a date that several sources give once, with how many give it', () => {
    const model = baseModel({
      knowledgeCutoff: {
        value: '2024-05-31',
        source: 'docs',
        conflicts: [
          { value: '2024-05-30', source: 'third' },
          { value: '2024-05-30', source: 'blog' },
          { value: '2024-06-01', source: 'docs' },
        ],
      },
    });
    expect(answer(faqOf(model), 'knowledge-cutoff').answer).toBe(
      "Test mini's knowledge cutoff is May 31, 2024. Two other sources give May 30, 2024; this " +
        'catalog shows the date from the first source cited. Another source gives Jun 1, 2024; ' +
        'this catalog shows the date from the first source cited.',
    );
  });

  it('names input and output kinds in prose', () => {
    const model = baseModel({
      modalities: {
        input: { value: ['text', 'image'], source: 'docs' },
        output: { value: ['text'], source: 'docs' },
      },
    });
    expect(answer(faqOf(model), 'modalities').answer).toMatch(
      /^Test mini takes text and image as input and produces text\./,
    );
  });

  it('notes new reasoning settings when a version adds them', () => {
    const model = baseModel({
      reasoning: { value: { efforts: ['low', 'high'], default: 'low' }, source: 'docs' },
    });
    expect(answer(faqOf(model), 'vs-predecessor').answer).toContain(
      'It adds reasoning-effort settings (low, high).',
    );
  });

  it('merges hand-written questions by their order', () => {
    const extra: FaqItem = {
      anchor: 'faq-extra',
      question: 'Extra?',
      answer: 'Yes.',
      sources: ['docs'],
      confidence: 'high',
      order: 45,
    };
    const anchors = mergeFaq(faqOf(baseModel()), [extra]).map((i) => i.anchor);
    const at = anchors.indexOf('faq-extra');
    expect([anchors[at - 1], anchors[at + 1]]).toEqual(['faq-modalities', 'faq-knowledge-cutoff']);
  });
});

describe('FAQPage JSON-LD', () => {
  const items = faqOf(baseModel());
  it('holds exactly the visible questions and answers', () => {
    const data = JSON.parse(faqPageJsonLd(items));
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(
      items.map((i) => i.question),
    );
    expect(
      data.mainEntity.map((q: { acceptedAnswer: { text: string } }) => q.acceptedAnswer.text),
    ).toEqual(items.map((i) => i.answer));
  });
  it('cannot close its <script> element', () => {
    const json = faqPageJsonLd([
      { question: 'A </script><script>alert(1)</script>?', answer: 'b' },
    ]);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).mainEntity[0].name).toContain('</script>');
  });
});

import { describe, expect, it } from 'vitest';
import { FAQ_TOPIC_IDS, generateFaq, mergeFaq, type FaqItem } from '../../src/lib/faq.ts';
import { formatDate, formatTokens, formatUsd } from '../../src/lib/format.ts';
import { faqPageJsonLd } from '../../src/lib/json-ld.ts';
import { membersOf, positionIn } from '../../src/lib/lineage.ts';
import type { Model } from '../../src/schemas/model.ts';
import { loadContent } from '../support/content.ts';

const content = loadContent();
const line = content.lines.get('gpt-mini');
if (!line) throw new Error('line missing');
const members = membersOf(line, [...content.models.values()]);
const faqFor = (id: string, model?: Model) => {
  const entry = members.find((m) => m.id === id);
  if (!entry) throw new Error(id);
  return generateFaq(id, model ?? entry.data, positionIn('gpt-mini', line, members, id));
};
const byAnchor = (items: FaqItem[], topic: string) => {
  const item = items.find((i) => i.anchor === `faq-${topic}`);
  if (!item) throw new Error(`no ${topic}`);
  return item;
};

describe.each(members.map((m, i) => [m.id, m.data, i] as const))('FAQ for %s', (id, model, i) => {
  const items = faqFor(id);

  it('asks every topic once, with stable faq-<topic> anchors', () => {
    const expected = FAQ_TOPIC_IDS.filter((t) => i > 0 || t !== 'vs-predecessor').map(
      (t) => `faq-${t}`,
    );
    expect(items.map((x) => x.anchor)).toEqual(expected);
  });

  it('answers the price question with the prices on the page', () => {
    const answer = byAnchor(items, 'pricing').answer;
    for (const price of [model.pricing.input, model.pricing.cachedInput, model.pricing.output]) {
      if ('value' in price) expect(answer).toContain(formatUsd(price.value));
    }
    for (const tier of model.pricing.tiers) expect(answer).toContain(tier.name);
  });

  it('answers the context question with the context window and output limit', () => {
    const answer = byAnchor(items, 'context-window').answer;
    if ('value' in model.contextWindow)
      expect(answer).toContain(formatTokens(model.contextWindow.value));
    if ('value' in model.maxOutput) expect(answer).toContain(formatTokens(model.maxOutput.value));
  });

  it('names every conflicting knowledge cutoff', () => {
    const answer = byAnchor(items, 'knowledge-cutoff').answer;
    if ('value' in model.knowledgeCutoff) {
      expect(answer).toContain(formatDate(model.knowledgeCutoff.value));
      for (const c of model.knowledgeCutoff.conflicts ?? [])
        expect(answer).toContain(formatDate(c.value));
    }
  });

  it('cites only sources it uses, and flags third-party data', () => {
    for (const item of items) {
      // An answer cites a source for every fact it states; only an answer that is wholly "unknown" cites none.
      if (item.sources.length === 0) expect(item.answer, item.anchor).toMatch(/unknown/);
      for (const source of item.sources) expect(content.sources.has(source), source).toBe(true);
    }
    const availability = byAnchor(items, 'availability');
    expect(availability.thirdParty).toBe(model.status.api.confidence === 'medium');
  });

  it('says in the availability answer whether this is the latest version', () => {
    const answer = byAnchor(items, 'availability').answer;
    if (i === members.length - 1) expect(answer).toContain('latest version in the GPT mini line');
    else expect(answer).toContain(`followed in the GPT mini line by ${members[i + 1]?.data.name}`);
  });
});

describe('FAQ edge cases', () => {
  const base = content.models.get('gpt-4.1-mini')?.data;
  if (!base) throw new Error('missing');

  it('says a price is unknown instead of inventing one, and cites nothing for it', () => {
    const model: Model = {
      ...base,
      pricing: { ...base.pricing, input: { unknown: 'not-in-sources' } },
    };
    const item = byAnchor(faqFor('gpt-4.1-mini', model), 'pricing');
    expect(item.answer).toContain('an unknown input price');
    expect(item.answer).not.toContain(formatUsd(0.4));
  });

  it('describes the change from the predecessor from both models’ data', () => {
    const answer = byAnchor(faqFor('gpt-4.1-mini'), 'vs-predecessor').answer;
    expect(answer).toContain('Input price: $0.15/1M → $0.40/1M (2.7×)');
    expect(answer).toContain('Context window: 128,000 tokens → 1,047,576 tokens');
  });

  it('says a date that several sources give once, with how many give it', () => {
    const model: Model = {
      ...base,
      knowledgeCutoff: {
        value: '2024-05-31',
        source: '5m-docs',
        confidence: 'high',
        conflicts: [
          { value: '2024-05-30', source: 'llmstats' },
          { value: '2024-05-30', source: 'modelsdev-gpt-4.1-mini' },
          { value: '2024-06-01', source: '41-blog' },
        ],
      },
    };
    const item = byAnchor(faqFor('gpt-4.1-mini', model), 'knowledge-cutoff');
    expect(item.answer).toBe(
      "GPT-4.1 mini's knowledge cutoff is May 31, 2024. Two other sources give May 30, 2024; this catalog shows the date from the first source cited. " +
        'Another source gives Jun 1, 2024; this catalog shows the date from the first source cited.',
    );
    expect(item.sources).toEqual(['5m-docs', 'llmstats', 'modelsdev-gpt-4.1-mini', '41-blog']);
  });

  it('states a scheduled shutdown once, with both dates formatted like the rest of the page', () => {
    const answer = byAnchor(faqFor('gpt-5-mini'), 'availability').answer;
    expect(answer.match(/gpt-5-mini-2025-08-07/g)).toHaveLength(1);
    expect(answer).toContain(
      'Snapshot gpt-5-mini-2025-08-07 is scheduled to shut down on Dec 11, 2026 (announced Jun 11, 2026), with gpt-5.6-terra as the substitute.',
    );
    expect(answer.replaceAll('gpt-5-mini-2025-08-07', '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('uses the status line where no shutdown is scheduled', () => {
    const model = content.models.get('gpt-5.4-mini')?.data;
    if (!model || !('value' in model.status.api)) throw new Error('missing');
    expect(byAnchor(faqFor('gpt-5.4-mini'), 'availability').answer).toContain(
      model.status.api.value,
    );
  });

  it('names input and output kinds in prose', () => {
    expect(byAnchor(faqFor('gpt-5-mini'), 'modalities').answer).toMatch(
      /^GPT-5 mini takes text and image as input and produces text\./,
    );
  });

  it('notes new reasoning settings when a version adds them', () => {
    expect(byAnchor(faqFor('gpt-5-mini'), 'vs-predecessor').answer).toContain(
      'adds reasoning-effort settings',
    );
  });

  it('merges hand-written questions by their order', () => {
    const generated = faqFor('gpt-4o-mini');
    const extra: FaqItem = {
      anchor: 'faq-extra',
      question: 'Extra?',
      answer: 'Yes.',
      sources: ['4om-blog'],
      thirdParty: false,
      order: 35,
    };
    const anchors = mergeFaq(generated, [extra]).map((i) => i.anchor);
    const at = anchors.indexOf('faq-extra');
    expect([anchors[at - 1], anchors[at + 1]]).toEqual(['faq-modalities', 'faq-knowledge-cutoff']);
  });
});

describe('FAQPage JSON-LD', () => {
  const items = faqFor('gpt-4o-mini');
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

/**
 * "I use <model> on <provider>": a question per provider that offers the model, answered from the
 * provider's own row and never from OpenAI's date alone; no question for a third-party listing or
 * a provider that does not offer it.
 */
import { describe, expect, it } from 'vitest';
import type { FaqContext, FaqItem } from '../../src/lib/faq/answer.ts';
import { providerFaq } from '../../src/lib/faq/providers.ts';
import { lifecycleState } from '../../src/lib/lifecycle/state.ts';
import type { Model } from '../../src/schemas/index.ts';
import { baseModel, SOURCES } from '../support/builders.ts';
import {
  CLOUD_ROW,
  LISTING_ROW,
  NOT_OFFERED_ROW,
  providerViews,
  ROUTER_ROW,
} from '../support/provider-builders.ts';

const SHUTDOWN = {
  type: 'shutdown',
  date: '2026-12-11',
  announced: '2026-06-11',
  ids: [{ id: 'test-mini', kind: 'alias' }],
  asOf: '2026-11-25',
  source: 'docs',
};

/** The provider questions for a model OpenAI shuts down on `openai` (or never), built on `day`. */
function questions(
  rows: readonly unknown[],
  { openai, day = '2026-12-06' }: { openai?: string | undefined; day?: string },
): FaqItem[] {
  const model: Model = baseModel(
    openai ? { lifecycle: [...baseModel().lifecycle, { ...SHUTDOWN, date: openai }] } : {},
  );
  const ctx: FaqContext = {
    state: lifecycleState(model.lifecycle, { day, checked: '2026-11-25' }),
    names: new Map(),
    lineRecommendations: [],
    sources: SOURCES,
  };
  return providerFaq(model, providerViews(rows, openai, day), ctx);
}

describe('provider questions', () => {
  const items = questions([NOT_OFFERED_ROW, LISTING_ROW, CLOUD_ROW, ROUTER_ROW], {
    openai: '2026-12-11',
  });

  it('asks one question per provider that offers it with a date of its own, after shutdown', () => {
    expect(items.map((i) => i.anchor)).toEqual(['faq-on-cloud']);
    expect(items.map((i) => i.question)).toEqual([
      "I use Test mini on Cloud One: when does it retire, and is that OpenAI's date?",
    ]);
    for (const item of items) {
      expect(item.order).toBeGreaterThan(10);
      expect(item.order).toBeLessThan(20);
    }
  });

  it("gives the provider's own date as of its edition, and how far it is from OpenAI's", () => {
    const [cloud] = items;
    expect(cloud?.answer).toBe(
      "Cloud One's schedule, as of Sep 2, 2026, retires Test mini (a there) on Feb 9, 2027 " +
        "(third-party data). That is not OpenAI's date: it is 60 days after OpenAI's shutdown " +
        'of Dec 11, 2026. Earlier editions of the schedule gave Feb 6, 2027 (as of Jul 7, ' +
        '2026). Cloud One names no replacement (third-party data).',
    );
    expect(cloud?.confidence).toBe('medium');
    expect(cloud?.sources).toEqual(expect.arrayContaining(['third', 'docs']));
  });

  it("says a retirement the sources do not give is not stated, beside OpenAI's", () => {
    // A router that refuses new deployments from a day, and gives no retirement date.
    const since = { value: '2026-03-31', asOf: '2026-09-02', source: 'docs' };
    const row = {
      ...ROUTER_ROW,
      lifecycle: { ...ROUTER_ROW.lifecycle, noNewDeploymentsSince: since },
    };
    const [router] = questions([row], { openai: '2026-12-11' });
    expect(router?.answer).toBe(
      'The sources this catalog has read state no retirement date for Test mini (vendor/a ' +
        "there) at Router Two (checked Nov 25, 2026). OpenAI's API shuts it down on Dec 11, " +
        '2026; whether Router Two follows that day is not stated in sources. No new ' +
        'deployments since Mar 31, 2026.',
    );
  });

  it('asks nothing of a provider that states no date of its own', () => {
    expect(questions([ROUTER_ROW], { openai: '2026-12-11' })).toEqual([]);
  });

  it('words the past once either date has passed', () => {
    const since = { value: '2026-03-31', asOf: '2026-09-02', source: 'docs' };
    const dated = { ...ROUTER_ROW, lifecycle: { ...ROUTER_ROW.lifecycle, notBefore: since } };
    const [cloud, router] = questions([CLOUD_ROW, dated], {
      openai: '2026-12-11',
      day: '2027-03-01',
    });
    expect(cloud?.answer).toContain('retired Test mini (a there) on Feb 9, 2027');
    expect(router?.answer).toContain("OpenAI's API shut it down on Dec 11, 2026");
  });

  it('says when OpenAI has announced no date and the provider has one', () => {
    const [cloud] = questions([CLOUD_ROW], { openai: undefined });
    expect(cloud?.answer).toContain('OpenAI had announced no shutdown for it as of Nov 25, 2026.');
    expect(cloud?.answer).not.toContain('days after');
  });

  it('says a date several editions gave once, with the day of each edition', () => {
    const history = [
      { value: '2027-02-06', asOf: '2026-04-23', source: 'docs' },
      { value: '2027-02-06', asOf: '2026-07-07', source: 'docs' },
    ];
    const row = {
      ...CLOUD_ROW,
      lifecycle: {
        ...CLOUD_ROW.lifecycle,
        retirement: { ...CLOUD_ROW.lifecycle.retirement, history },
      },
    };
    const [cloud] = questions([row], { openai: '2026-12-11' });
    expect(cloud?.answer).toContain(
      'Earlier editions of the schedule gave Feb 6, 2027 (as of Apr 23, 2026 and Jul 7, 2026).',
    );
  });

  it('asks nothing where no provider offers it', () => {
    expect(questions([NOT_OFFERED_ROW, LISTING_ROW], { openai: '2026-12-11' })).toEqual([]);
  });
});

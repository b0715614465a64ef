/**
 * What a generated FAQ answer is and how one is written: the topics and their anchors, the
 * context an answer reads beyond the model, and the Answer that collects sentences with the facts
 * behind them. Each answer is plain text (it also feeds the FAQPage JSON-LD) plus the sources it
 * relies on. Pure.
 */
import type { ConfidenceLevel, Knowable } from '../../schemas/fact.ts';
import type { Recommendation } from '../../schemas/lifecycle.ts';
import { leastSure, markOf } from '../sources/confidence.ts';
import { spokenText, type QuotedSource } from '../sources/quotation.ts';
import { formatDate } from '../format.ts';
import type { LifecycleState } from '../lifecycle/state.ts';

/**
 * Generated topics; the anchor of each is `faq-<topic>`. Hand-written entries may not reuse them.
 */
export const FAQ_TOPIC_IDS = [
  'shutdown',
  'pricing',
  'context-window',
  'modalities',
  'knowledge-cutoff',
  'availability',
  'model-id',
  'reasoning',
  'fine-tuning',
  'vs-predecessor',
] as const;

type FaqTopic = (typeof FAQ_TOPIC_IDS)[number];

/** Anchor slugs of the question per provider: `on-azure`. Hand-written entries may not use it. */
export const PROVIDER_FAQ_PREFIX = 'on-';

export interface FaqItem {
  /** Anchor id on the page: `faq-pricing`. */
  anchor: string;
  question: string;
  /** The answer as plain sentences. */
  answer: string;
  /** Source ids the answer relies on, in order of use. */
  sources: string[];
  /** The least sure of the facts the answer uses: a third-party or unconfirmed answer is marked. */
  confidence: ConfidenceLevel;
  /** Sort position; hand-written entries choose theirs. */
  order: number;
}

/** The anchor for a question slug. */
export const faqAnchor = (slug: string) => `faq-${slug}`;

/** A hand-written entry's slug: its file name (`gpt-4o-mini/audio-variants` → `audio-variants`). */
export const faqSlug = (entryId: string) => entryId.split('/').pop() ?? entryId;

/** Anything with a source: a fact, a lifecycle event, a price tier. */
interface Sourced {
  source: string;
  confidence: ConfidenceLevel;
  corroboratedBy?: string[] | undefined;
}

/** What the FAQ needs beyond the model: its state, the replacements, the line's pointers. */
export interface FaqContext {
  /**
   * The version's lifecycle state on the build's day (computed once by the catalog): every "now"
   * in an answer is as of `state.day`.
   */
  state: LifecycleState;
  /** Display names of the models OpenAI names as replacements (and of catalog versions). */
  names: ReadonlyMap<string, string>;
  /** Where OpenAI points new work across the line. */
  lineRecommendations: readonly Recommendation[];
  /** The sources by id: a vendor's own words are quoted and attributed to their publisher. */
  sources: ReadonlyMap<string, QuotedSource>;
}

/** Collects sentences and the facts behind them while an answer is written. */
export class Answer {
  readonly sentences: string[] = [];
  readonly sources: string[] = [];
  confidence: ConfidenceLevel = 'high';

  /** Adds a sentence backed by `facts` (unknowns and undefined are skipped as evidence). */
  say(sentence: string, ...facts: (Knowable<unknown> | Sourced | undefined)[]): this {
    this.sentences.push(sentence);
    for (const item of facts) {
      if (!item || !('source' in item)) continue;
      for (const id of [item.source, ...(item.corroboratedBy ?? [])]) {
        if (!this.sources.includes(id)) this.sources.push(id);
      }
      this.confidence = leastSure([this.confidence, item.confidence]);
    }
    return this;
  }

  item(topic: FaqTopic, question: string): FaqItem {
    return this.at(topic, question, (FAQ_TOPIC_IDS.indexOf(topic) + 1) * 10);
  }

  /** The item under anchor `faq-<slug>` at sort position `order` (a question per provider). */
  at(slug: string, question: string, order: number): FaqItem {
    return {
      anchor: faqAnchor(slug),
      question,
      answer: this.sentences.join(' '),
      sources: this.sources,
      confidence: this.confidence,
      order,
    };
  }
}

const NOT_IN_SOURCES = 'the sources this catalog has read do not state it';
export const thirdParty = (item: Sourced) => {
  const mark = markOf(item.confidence);
  return mark ? ` (${mark} data)` : '';
};
export const asOfText = (day: string) => `As of ${formatDate(day)}`;
/** Where OpenAI points new work across the line, as of the day it did. */
export const pointerSentence = (pointer: Recommendation, ctx: FaqContext) =>
  `${asOfText(pointer.asOf)}: ${spokenText(pointer.value, pointer, ctx.sources)}`;
export const unknownText = (item: Knowable<unknown>) =>
  'unknown' in item && item.unknown === 'not-disclosed'
    ? 'OpenAI has not disclosed it'
    : NOT_IN_SOURCES;

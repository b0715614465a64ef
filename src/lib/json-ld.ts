/** schema.org JSON-LD builders. Pure. */
import type { FaqItem } from './faq.ts';

/** Serialises for a <script> block: `<` is escaped so no text can close the element. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A FAQPage whose questions and answers are exactly the visible ones. */
export function faqPageJsonLd(items: readonly Pick<FaqItem, 'question' | 'answer'>[]): string {
  return toScriptJson({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  });
}

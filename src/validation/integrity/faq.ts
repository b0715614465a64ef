/**
 * Hand-written FAQ entries sit in their model's folder and do not take a generated question's
 * anchor.
 */
import { FAQ_TOPIC_IDS, faqSlug, PROVIDER_FAQ_PREFIX } from '../../lib/faq/answer.ts';
import type { Add, ParsedTree } from './types.ts';

export function checkFaqPlacement(tree: ParsedTree, add: Add): void {
  for (const entry of tree.faq) {
    const folder = entry.id.split('/').slice(0, -1).join('/');
    if (folder !== entry.data.model) {
      add(
        entry,
        ['model'],
        `The entry is for "${entry.data.model}" but sits in content/faq/${folder || ''}: ` +
          `move it to content/faq/${entry.data.model}/ or fix model`,
      );
    }
    const slug = faqSlug(entry.id);
    if ((FAQ_TOPIC_IDS as readonly string[]).includes(slug)) {
      add(
        entry,
        [],
        `File name "${slug}" would give the same anchor as a generated question; rename the file`,
      );
    } else if (slug.startsWith(PROVIDER_FAQ_PREFIX)) {
      add(
        entry,
        [],
        `File name "${slug}" starts with "${PROVIDER_FAQ_PREFIX}", which the generated ` +
          'question per provider uses (faq-on-azure); rename the file',
      );
    }
  }
}

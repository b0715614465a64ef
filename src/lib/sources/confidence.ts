/**
 * What a value's confidence means to a reader, in one place: OpenAI's own text is shown plainly,
 * anything else carries a mark: "third-party" (medium) or "unconfirmed" (low, one third party
 * alone). Pure.
 */
import type { ConfidenceLevel } from '../../schemas/fact.ts';

export type { ConfidenceLevel };

/** The mark a value carries, if any. */
export type ConfidenceMark = 'third-party' | 'unconfirmed';

const ORDER: readonly ConfidenceLevel[] = ['high', 'medium', 'low'];

/** The mark of a confidence level: none for OpenAI's own text. */
export function markOf(confidence: ConfidenceLevel): ConfidenceMark | undefined {
  return confidence === 'medium' ? 'third-party' : confidence === 'low' ? 'unconfirmed' : undefined;
}

/** True for anything that is not OpenAI's own text. */
export function isThirdParty(confidence: ConfidenceLevel): boolean {
  return confidence !== 'high';
}

/** The least sure of several levels: a value that rests on an unconfirmed source is unconfirmed. */
export function leastSure(levels: Iterable<ConfidenceLevel | undefined>): ConfidenceLevel {
  let least: ConfidenceLevel = 'high';
  for (const level of levels) {
    if (level && ORDER.indexOf(level) > ORDER.indexOf(least)) least = level;
  }
  return least;
}

/** The confidence of a value from a source's kind, when the value carries none of its own. */
export function confidenceOfKind(kind: 'first-party' | 'third-party' | undefined): ConfidenceLevel {
  return kind === 'third-party' ? 'medium' : 'high';
}

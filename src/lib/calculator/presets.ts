/**
 * Ready-made workloads for the cost calculator. These are this site's assumptions about typical
 * requests, not facts from any source: the pages label them so, and write each one out in full.
 * The calculator's defaults are the chat turn at a thousand requests a day.
 */

export interface Preset {
  id: string;
  name: string;
  /** What the request is, in one line. */
  description: string;
  inputTokens: number;
  /** Share of the input read from the prompt cache, 0–100. */
  cachedPercent: number;
  outputTokens: number;
  /** Counted only on models that reason. */
  reasoningTokens: number;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'classification',
    name: 'Classification',
    description: 'Label a short text with one of a few categories.',
    inputTokens: 300,
    cachedPercent: 0,
    outputTokens: 5,
    reasoningTokens: 0,
  },
  {
    id: 'chat',
    name: 'Chat turn',
    description: 'One reply in a conversation whose instructions and history repeat each turn.',
    inputTokens: 2000,
    cachedPercent: 50,
    outputTokens: 300,
    reasoningTokens: 200,
  },
  {
    id: 'rag',
    name: 'Retrieval-augmented answer',
    description: 'Answer a question from a handful of retrieved passages.',
    inputTokens: 6000,
    cachedPercent: 10,
    outputTokens: 400,
    reasoningTokens: 500,
  },
  {
    id: 'long-summary',
    name: 'Long-document summary',
    description: 'Summarise one long report in a single request.',
    inputTokens: 100000,
    cachedPercent: 0,
    outputTokens: 1000,
    reasoningTokens: 1000,
  },
];

/** The preset the calculator opens with. */
export const DEFAULT_PRESET = PRESETS[1] as Preset;

/** Requests a day the calculator opens with; an assumption, like the presets. */
export const DEFAULT_REQUESTS_PER_DAY = 1000;

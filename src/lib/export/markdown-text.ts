/** Markdown building blocks of the exports: escaping, source links, tables. Pure. */
import type { ConfidenceLevel } from '../../schemas/fact.ts';
import type { Source } from '../../schemas/source.ts';
import { markOf } from '../sources/confidence.ts';

/** Text safe inside a Markdown table cell or link text. */
export function escape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([[\]*_`<>])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ');
}

/** `[title](url)`, with "(third-party)" after a value that is not OpenAI's own text. */
export function sourceLink(
  sources: ReadonlyMap<string, Source>,
  id: string,
  confidence: ConfidenceLevel = 'high',
): string {
  const source = sources.get(id);
  if (!source) throw new Error(`Source "${id}" is not in content/sources.yaml`);
  const mark = markOf(confidence) ?? (source.kind === 'third-party' ? 'third-party' : undefined);
  const marker = mark ? ` (${mark})` : '';
  return `[${escape(`${source.publisher}: ${source.title}`)}](${source.url})${marker}`;
}

/** A Markdown table of `head` and `rows` (cells already escaped). */
export const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

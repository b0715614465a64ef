/**
 * Checks on values as they were typed, whatever field holds them, so a field added to a schema
 * tomorrow is covered too: no number that prints wrong (-0, .nan, .inf) and no date that is not a
 * day, quoted or not (an unquoted `2026-02-30` would otherwise roll over to March 2).
 */
import { calendarProblem, impossibleDateMessage, typedText } from '../schemas/primitives.ts';
import type { FieldPath } from '../lib/sources/refs.ts';
import { walkValues } from './walk.ts';

/** A string that is a date and nothing else: such a string must name a real month or day. */
const DATE_SHAPED = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** The day an unquoted YAML timestamp names as typed (`2026-2-30T10:00` → 2026-02-30). */
const TYPED_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

/** Why a typed value cannot be true, or undefined. */
function valueProblem(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return 'Negative zero prints as "-0" ("-$0.00" for a price): write 0';
    if (!Number.isFinite(value))
      return `${value} is not a number the site can print: write the figure itself`;
    return undefined;
  }
  if (typeof value === 'string' && DATE_SHAPED.test(value)) {
    const problem = calendarProblem(value);
    return problem && impossibleDateMessage(value, problem);
  }
  if (value instanceof Date) {
    const text = typedText(value);
    const match = text === undefined ? null : TYPED_DAY.exec(text);
    if (!text || !match) return undefined;
    const [, year, month = '', day = ''] = match;
    const problem = calendarProblem(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
    return problem && impossibleDateMessage(text, problem);
  }
  return undefined;
}

/** Each value in `data` that cannot be true, with its field path. */
export function rawValueProblems(data: unknown): { path: FieldPath; message: string }[] {
  const found: { path: FieldPath; message: string }[] = [];
  walkValues(data, (value, path) => {
    const problem = valueProblem(value);
    if (problem !== undefined) found.push({ path: [...path], message: problem });
  });
  return found;
}

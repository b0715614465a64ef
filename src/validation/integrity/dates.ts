/**
 * Dates in an order that can happen: a version is released before its shutdown is announced,
 * read and reached; knowledge stops before release; a value's history is older than the value;
 * and nothing (a reading, a release, a cited source) is dated after its line's verified day.
 */
import { isKnown, type Knowable } from '../../schemas/fact.ts';
import type { Model } from '../../schemas/model.ts';
import type { Source } from '../../schemas/source.ts';
import { sourceRefs } from '../../lib/sources/refs.ts';
import { isRecord, walkValues } from '../walk.ts';
import type { Add, Parsed, ParsedTree, Path } from './types.ts';

/**
 * True when date `a` is certainly after date `b`. Dates hold the precision the source gives
 * (`2025`, `2025-08`, `2025-08-07`): they are compared at the coarser of the two, so `2025-08` is
 * not after `2025-08-07` (it may be the same day).
 */
function isAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}

/**
 * Fields holding the day something was read or announced: nothing can be read after the day the
 * line's data was verified. (Dates of events, such as a shutdown's `date` or a fact's `since`, may
 * lie ahead.)
 */
const READ_ON = new Set(['asOf', 'announced']);

/** Each date in `data` whose field is in READ_ON, with its path. */
function readingDates(data: unknown): { date: string; path: Path }[] {
  const found: { date: string; path: Path }[] = [];
  walkValues(data, (value, path) => {
    const key = path[path.length - 1];
    if (typeof key === 'string' && READ_ON.has(key) && typeof value === 'string')
      found.push({ date: value, path: [...path] });
  });
  return found;
}

/**
 * A value's history holds earlier readings: none may be dated after the reading that replaced it.
 */
function checkHistoryOrder(entry: Parsed<unknown>, add: Add): void {
  walkValues(entry.data, (value, path) => {
    if (!isRecord(value)) return;
    const asOf = value['asOf'];
    const history = value['history'];
    if (typeof asOf !== 'string' || !Array.isArray(history)) return;
    history.forEach((earlier, i) => {
      const earlierAsOf = isRecord(earlier) ? earlier['asOf'] : undefined;
      if (typeof earlierAsOf === 'string' && isAfter(earlierAsOf, asOf)) {
        add(
          entry,
          [...path, 'history', i, 'asOf'],
          `An earlier value is dated ${earlierAsOf}, after the current one (${asOf}): ` +
            'history holds what the source said before',
        );
      }
    });
  });
}

/** A model's or replacement's knowledge cannot reach past its release. */
function checkCutoff(
  entry: Parsed<{ released: Knowable<string>; knowledgeCutoff: Knowable<string> }>,
  add: Add,
): void {
  const { released, knowledgeCutoff } = entry.data;
  if (!isKnown(released) || !isKnown(knowledgeCutoff)) return;
  if (isAfter(knowledgeCutoff.value, released.value)) {
    add(
      entry,
      ['knowledgeCutoff', 'value'],
      `The knowledge cutoff (${knowledgeCutoff.value}) is after the release ` +
        `(${released.value}): a model cannot be trained on what came after it`,
    );
  }
}

/**
 * The order of one version's life: release, announcement, readings, shutdown. `released` is
 * undefined when the release itself is already reported, so it is not blamed again.
 */
function checkLifecycle(model: Parsed<Model>, released: string | undefined, add: Add): void {
  const ownIds = new Set([model.id, ...model.data.snapshots.map((s) => s.id)]);
  model.data.lifecycle.forEach((event, index) => {
    const at = (field: string): Path => ['lifecycle', index, field];
    /** Reports `date` before the release; true when it did. */
    const beforeRelease = (date: string, what: string, field: string) => {
      if (released === undefined || !isAfter(released, date)) return false;
      add(model, at(field), `${what} (${date}) is before the release (${released})`);
      return true;
    };
    switch (event.type) {
      case 'shutdown': {
        // Each wrong date is reported once: a date already found wrong is not compared again.
        const dateWrong = beforeRelease(event.date, 'The shutdown', 'date');
        const { announced } = event;
        if (announced !== undefined) {
          if (!dateWrong && isAfter(announced, event.date)) {
            add(
              model,
              at('announced'),
              `Announced ${announced}, after the shutdown itself (${event.date})`,
            );
          } else if (
            !beforeRelease(announced, 'The announcement', 'announced') &&
            isAfter(announced, event.asOf)
          ) {
            add(
              model,
              at('asOf'),
              `Read on ${event.asOf}, before the shutdown was announced (${announced})`,
            );
          }
        }
        if (event.replacement !== undefined && ownIds.has(event.replacement)) {
          add(
            model,
            at('replacement'),
            `"${event.replacement}" is this model: a model cannot replace itself`,
          );
        }
        break;
      }
      case 'api-check':
        beforeRelease(event.asOf, 'A check that the API serves it', 'asOf');
        break;
      case 'fine-tuning-deadline':
        beforeRelease(event.date, 'The fine-tuning deadline', 'date');
        break;
      case 'product':
        // ChatGPT and Codex may carry a model before the API does: no order to check.
        break;
    }
  });
}

/**
 * Nothing is read after the day the data was verified: every `asOf` and `announced` of an entry,
 * a version's release and every source it cites are on or before its line's verified day.
 */
function checkVerifiedDay(
  entry: Parsed<unknown>,
  verified: { day: string; line: string },
  sources: ReadonlyMap<string, Parsed<Source>>,
  sourceBlamed: Set<string>,
  add: Add,
): void {
  const advice =
    `after the verified day of line "${verified.line}" (${verified.day}): move verified in ` +
    `content/lines/${verified.line}.yaml forward once the data is checked, or fix the date`;
  for (const { date, path } of readingDates(entry.data)) {
    if (isAfter(date, verified.day)) add(entry, path, `Dated ${date}, ${advice}`);
  }
  for (const { id } of sourceRefs(entry.data)) {
    const source = sources.get(id);
    const date = source?.data.date;
    if (!source || !date || sourceBlamed.has(id) || !isAfter(date, verified.day)) continue;
    sourceBlamed.add(id);
    add(source, ['date'], `Dated ${date} and cited by ${entry.file}, ${advice}`);
  }
}

/** Every date rule over the parsed tree; `lineOf` says which line each model is a member of. */
export function checkDates(tree: ParsedTree, lineOf: ReadonlyMap<string, string>, add: Add): void {
  const lines = new Map(tree.lines.map((line) => [line.id, line]));
  const verifiedOf = (modelId: string) => {
    const lineId = lineOf.get(modelId);
    const line = lineId === undefined ? undefined : lines.get(lineId);
    return line && { day: line.data.verified, line: line.id };
  };
  const sources = new Map(tree.sources.map((s) => [s.id, s]));
  const sourceBlamed = new Set<string>();
  const checkVerified = (entry: Parsed<unknown>, modelId: string) => {
    const verified = verifiedOf(modelId);
    if (verified) checkVerifiedDay(entry, verified, sources, sourceBlamed, add);
  };
  for (const line of tree.lines) {
    checkVerifiedDay(line, { day: line.data.verified, line: line.id }, sources, sourceBlamed, add);
    checkHistoryOrder(line, add);
  }
  for (const model of tree.models) {
    const released = model.data.released.value;
    const verified = verifiedOf(model.id);
    const releasedLate = verified !== undefined && isAfter(released, verified.day);
    if (releasedLate) {
      add(
        model,
        ['released', 'value'],
        `Released ${released}, after the verified day of line "${verified.line}" ` +
          `(${verified.day}): the line cannot call it newest before it exists`,
      );
    }
    checkLifecycle(model, releasedLate ? undefined : released, add);
    checkCutoff(model, add);
    checkHistoryOrder(model, add);
    checkVerified(model, model.id);
  }
  // A replacement is read for the versions it replaces: as of their lines' verified days.
  for (const replacement of tree.replacements) {
    checkCutoff(replacement, add);
    checkHistoryOrder(replacement, add);
    const replaced = tree.models.find((m) =>
      m.data.lifecycle.some((e) => e.type === 'shutdown' && e.replacement === replacement.id),
    );
    if (replaced) checkVerified(replacement, replaced.id);
  }
  for (const entry of [...tree.faq, ...tree.comparisons]) checkVerified(entry, entry.data.model);
  // A provider's readings of a model: as of the verified day of its line (of the line of a version
  // it replaces, for a replacement).
  for (const entry of tree.availability) {
    checkHistoryOrder(entry, add);
    const version = tree.models.find(
      (m) =>
        m.id === entry.id ||
        m.data.lifecycle.some((e) => e.type === 'shutdown' && e.replacement === entry.id),
    );
    if (version) checkVerified(entry, version.id);
  }
}

/**
 * Rules that span fields and entries: every id a field names exists, one id names one model,
 * every score is in its benchmark's range, lines and models agree, every claim's evidence
 * resolves, and the dates of a version's life come in an order that can happen. Pure: takes the
 * entries as read (`raw`) and those that passed their schema (`parsed`). Each kind of rule is a
 * module of src/validation/integrity/; this one runs them in order.
 *
 * Rules that only look up ids read the raw entries, so an entry that fails its schema still has
 * its references checked on the first run, and an entry that exists but fails its schema (a
 * source with a bad URL) is never reported again as unknown wherever it is named.
 */
import type { CollectionName, ContentTree, Problem } from './types.ts';
import { checkAvailability } from './availability.ts';
import { checkDates } from './integrity/dates.ts';
import { checkFaqPlacement } from './integrity/faq.ts';
import { checkIdClaims, checkShutdownIds } from './integrity/ids.ts';
import { checkMembership, checkReleaseOrder } from './integrity/members.ts';
import { checkReferences } from './integrity/references.ts';
import type { Add, ParsedTree, Path } from './integrity/types.ts';
import { checkComparisonScores, checkModelValues } from './integrity/values.ts';

const join = (prefix: string, path: Path) =>
  [prefix, ...path].filter((part) => part !== '').join('.');

/** Every cross-field and cross-entry problem. */
export function checkIntegrity(
  tree: ParsedTree,
  raw: ContentTree,
  unreadable: ReadonlySet<CollectionName> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (entry, path, message) =>
    problems.push({ file: entry.file, path: join(entry.prefix ?? '', path), message });

  checkReferences(raw, unreadable, add);
  checkIdClaims(raw, add);
  checkShutdownIds(raw, add);
  checkAvailability(raw, add);
  const lineOf = checkMembership(raw, add);
  checkModelValues(tree, add);
  checkReleaseOrder(tree, add);
  checkDates(tree, lineOf, add);
  checkComparisonScores(tree, add);
  checkFaqPlacement(tree, add);
  return problems;
}

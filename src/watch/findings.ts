/**
 * Each disagreement between the catalog and a source, in the report's words: the content file
 * and field to edit, what the catalog says (as the site writes it) and what the source shows now.
 * Pure.
 */
import { formatDate, formatTokens, formatUsd } from '../lib/format.ts';
import type { Check } from './cited-values.ts';
import type { LifecycleFinding } from './models-list.ts';

/** One disagreement between the catalog and a source. */
export interface Finding {
  kind:
    | 'value-not-found'
    | 'shutdown-moved'
    | 'shutdown-appeared'
    | 'shutdown-disappeared'
    | 'id-missing'
    | 'id-new';
  /** The catalog entry it belongs to (`models/gpt-5-mini`), or `new` for ids the catalog lacks. */
  group: string;
  /** The content file to edit, from the project root. */
  file: string;
  /** The field in it to edit (dotted); empty when the finding is about the file as a whole. */
  field: string;
  /** What to do there, where the field alone does not say: `add a shutdown reading`. */
  action: string | null;
  /** The catalog's value, as the site shows it. */
  catalog: string;
  /** What the source shows now, or that it was not found. */
  now: string;
  source: { id: string | null; title: string; url: string };
}

/** A value as the site writes it. */
export function displayValue(check: Check): string {
  switch (check.kind) {
    case 'price':
      return formatUsd(check.value);
    case 'count':
      return formatTokens(check.value);
    case 'number':
      return String(check.value);
    case 'date':
      return check.value.length === 10
        ? `${formatDate(check.value)} (${check.value})`
        : formatDate(check.value);
    case 'id':
      return `\`${check.value}\``;
    case 'quote':
      return `“${check.value}”`;
  }
}

const SEEN_LABELS: Record<Check['kind'], string> = {
  price: 'Prices on the page',
  count: 'Token counts on the page',
  number: 'Numbers on the page',
  date: 'Dates on the page',
  id: 'Similar ids on the page',
  quote: 'Quoted text',
};

export function notFound(check: Check, seen: readonly string[]): string {
  const list = seen.length > 0 ? ` ${SEEN_LABELS[check.kind]}: ${seen.join(', ')}.` : '';
  return `Not found on the page.${list}`;
}

export const groupOf = (entry: { collection: string; id: string }) =>
  `${entry.collection}/${entry.id}`;

const shutdownText = (date: string) => `${formatDate(date)} (${date})`;

/** One lifecycle finding in the report's words. */
export function lifecycleFinding(finding: LifecycleFinding, api: { url: string }): Finding {
  const source = { id: null, title: 'OpenAI API, GET /v1/models', url: api.url };
  switch (finding.kind) {
    case 'date-moved':
    case 'date-disappeared':
    case 'date-appeared': {
      const { catalog } = finding;
      const base = {
        group: groupOf(catalog.entry),
        file: catalog.entry.file,
        source,
        action: null,
      };
      const id = `\`${catalog.id}\``;
      if (finding.kind === 'date-moved')
        return {
          ...base,
          kind: 'shutdown-moved',
          field: catalog.shutdown?.field ?? 'lifecycle',
          catalog: `${id} shuts down ${shutdownText(finding.was)}`,
          now: `\`shutdown_date\` ${shutdownText(finding.now)}`,
        };
      if (finding.kind === 'date-disappeared')
        return {
          ...base,
          kind: 'shutdown-disappeared',
          field: catalog.shutdown?.field ?? 'lifecycle',
          catalog: `${id} shuts down ${shutdownText(finding.was)}`,
          now: 'Listed with no `shutdown_date`',
        };
      return {
        ...base,
        kind: 'shutdown-appeared',
        field: catalog.entry.collection === 'models' ? 'lifecycle' : '',
        action:
          catalog.entry.collection === 'models'
            ? 'add a shutdown reading'
            : 'record the shutdown: replacement models have no lifecycle field yet',
        catalog: `${id}: no shutdown`,
        now: `\`shutdown_date\` ${shutdownText(finding.now)}`,
      };
    }
    case 'missing':
      return {
        kind: 'id-missing',
        group: groupOf(finding.catalog.entry),
        file: finding.catalog.entry.file,
        field: finding.catalog.field,
        action: finding.catalog.field ? null : 'the file name is the id',
        catalog: `\`${finding.catalog.id}\` is served${
          finding.catalog.shutdown ? ` until ${shutdownText(finding.catalog.shutdown.date)}` : ''
        }`,
        now: 'Not in the list: shut down or renamed',
        source,
      };
    case 'new-id': {
      const { relative } = finding;
      return {
        kind: 'id-new',
        group: 'new',
        file: relative ? relative.entry.file : `content/models/${finding.id}.yaml`,
        field: relative ? 'snapshots' : '',
        action: relative
          ? 'add it if it is a snapshot of this version'
          : 'a new file for a new version, or list the id in content/uncatalogued-ids.yaml',
        catalog: 'Not in the catalog',
        now:
          `\`${finding.id}\` is listed` +
          (finding.now ? `, \`shutdown_date\` ${shutdownText(finding.now)}` : ''),
        source,
      };
    }
  }
}

/**
 * Rules for where a model runs besides OpenAI's API (content/availability, content/providers.yaml,
 * content/uncitable-sources.yaml) that span entries: each availability file is named after a model
 * the catalog describes, a replacement a provider names is a model the catalog knows, and evidence
 * with no public address is never also a citable source. Pure; reads the entries as typed, so a
 * file that fails its schema still has these checked on the first run.
 *
 * Unknown providers and uncitable evidence named as a source are reported with every other
 * reference, in integrity.ts's checkReferences.
 */
import type { FieldPath } from '../lib/sources/refs.ts';
import { closest } from './did-you-mean.ts';
import type { ContentTree, RawEntry } from './types.ts';
import { isRecord } from './walk.ts';

type Add = (entry: { file: string; prefix?: string }, path: FieldPath, message: string) => void;

const ids = (entries: readonly RawEntry[]) => new Set(entries.map((e) => e.id));

/** An availability file describes a model of content/models or content/replacements. */
function checkModel(entry: RawEntry, models: ReadonlySet<string>, add: Add): void {
  if (models.has(entry.id)) return;
  const guess = closest(entry.id, models);
  add(
    entry,
    [],
    `Unknown model "${entry.id}": name the file after a model of content/models or ` +
      `content/replacements${guess ? `; did you mean "${guess}"?` : ''}`,
  );
}

/**
 * A provider's replacement, now and in its history, is a model the catalog knows, and not the
 * model itself. (A `replacement` field holding a map is a timely fact: the generic reference check
 * in integrity.ts reads only plain ids.)
 */
function checkReplacements(entry: RawEntry, known: ReadonlySet<string>, add: Add): void {
  const rows = isRecord(entry.data) ? entry.data['providers'] : undefined;
  if (!Array.isArray(rows)) return;
  rows.forEach((row, r) => {
    const lifecycle = isRecord(row) ? row['lifecycle'] : undefined;
    const replacement = isRecord(lifecycle) ? lifecycle['replacement'] : undefined;
    if (!isRecord(replacement)) return;
    const base: FieldPath = ['providers', r, 'lifecycle', 'replacement'];
    const check = (id: unknown, path: FieldPath) => {
      if (typeof id !== 'string') return;
      if (id === entry.id) {
        add(entry, path, `"${id}" is this model: a provider cannot name it as its own replacement`);
      } else if (!known.has(id)) {
        const guess = closest(id, known);
        add(
          entry,
          path,
          `Unknown replacement "${id}": add content/replacements/${id}.yaml, or list it in ` +
            `content/named-models.yaml${guess ? `; did you mean "${guess}"?` : ''}`,
        );
      }
    };
    check(replacement['value'], [...base, 'value']);
    const history = replacement['history'];
    if (Array.isArray(history))
      history.forEach((earlier, h) =>
        check(isRecord(earlier) ? earlier['value'] : undefined, [...base, 'history', h, 'value']),
      );
  });
}

/** Every cross-entry problem of the provider collections. */
export function checkAvailability(raw: ContentTree, add: Add): void {
  const models = new Set([...ids(raw.models), ...ids(raw.replacements)]);
  const known = new Set([...models, ...ids(raw.namedModels)]);
  for (const entry of raw.availability) {
    checkModel(entry, models, add);
    checkReplacements(entry, known, add);
  }
  // One key, one kind of source: evidence is either citable (sources.yaml) or not.
  const citable = ids(raw.sources);
  for (const entry of raw.uncitableSources) {
    if (citable.has(entry.id))
      add(
        { file: entry.file, prefix: entry.id },
        [],
        `"${entry.id}" is also in content/sources.yaml: a source is citable or not, not both`,
      );
  }
}

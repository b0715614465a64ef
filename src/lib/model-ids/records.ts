/**
 * Every id the catalog can answer for, each with where its answer is and what it is in one
 * sentence: the models of every line (their page), their dated snapshots, the models OpenAI names
 * as replacements, the models a source only names, and the ids that are not models. Statuses are
 * the catalog's, on the build's day, worded by the lifecycle module. Pure.
 */
import type { LifecycleState } from '../lifecycle/state.ts';
import { replacementIds } from '../lifecycle/state.ts';
import { formatDate, formatList } from '../format.ts';
import { pairPath } from '../paths.ts';
import { modelPagePath } from '../paths.ts';
import { replacementIdsText, statusText } from '../lifecycle/wording.ts';
import type { Source } from '../../schemas/source.ts';
import { spokenText } from '../sources/quotation.ts';
import type { IdRecord } from './lookup.ts';

export interface IdRecordsInput {
  lines: readonly {
    data: { name: string };
    members: readonly {
      id: string;
      data: { name: string; snapshots: readonly { id: string }[] };
    }[];
  }[];
  /** Each version's state on the build's day. */
  status: ReadonlyMap<string, LifecycleState>;
  replacements: ReadonlyMap<string, { data: { name: string } }>;
  namedModels: ReadonlyMap<string, { source: string }>;
  notModels: ReadonlyMap<
    string,
    { said: { value: string; source: string; verbatim?: true | undefined } }
  >;
  sources: ReadonlyMap<string, Pick<Source, 'publisher' | 'title' | 'url' | 'date'>>;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** `Shuts down Dec 11, 2026 → gpt-6.1-terra`. */
function statusLine(state: LifecycleState | undefined): string {
  if (!state) return '';
  const to = replacementIdsText(state);
  return `${statusText(state)}${to && state.phase !== 'available' ? ` → ${to}` : ''}`;
}

/** Every id the catalog knows, models first (line by line), then the ids around them. */
export function idRecords(input: IdRecordsInput): IdRecord[] {
  const records: IdRecord[] = [];
  const namers = new Map<string, { id: string; name: string }[]>();
  const replaced = new Map<string, { id: string; name: string }[]>();
  const note = (map: typeof namers, key: string, who: { id: string; name: string }) =>
    map.set(key, [...(map.get(key) ?? []), who]);
  for (const line of input.lines) {
    for (const { id, data } of line.members) {
      const state = input.status.get(id);
      const href = modelPagePath(id);
      records.push({
        id,
        kind: 'model',
        href,
        text: sentence(`${data.name}, of the ${line.data.name} line. ${statusLine(state)}`),
      });
      for (const snapshot of data.snapshots) {
        const retired = state?.snapshotShutdowns.find((e) => e.ids.includes(snapshot.id));
        const stops = state?.shutdown?.ids.some((i) => i.id === snapshot.id);
        const status = retired
          ? ` ${retired.date < (state?.day ?? '') ? 'Shut down' : 'Shuts down'} ` +
            `${formatDate(retired.date)}.`
          : stops
            ? ` ${sentence(statusLine(state))}`
            : '';
        records.push({
          id: snapshot.id,
          kind: 'snapshot',
          href,
          text: `A dated snapshot of ${data.name} (${id}).${status}`,
        });
      }
      for (const named of state ? replacementIds(state) : []) {
        if (input.replacements.has(named)) note(replaced, named, { id, name: data.name });
        else if (input.namedModels.has(named)) note(namers, named, { id, name: data.name });
      }
      for (const retired of state?.snapshotShutdowns ?? []) {
        if (retired.replacement && input.namedModels.has(retired.replacement))
          note(namers, retired.replacement, { id, name: data.name });
      }
    }
  }
  for (const [id, { data }] of input.replacements) {
    const versions = replaced.get(id) ?? [];
    const first = versions[0];
    records.push({
      id,
      kind: 'replacement',
      href: first && pairPath(first.id, id),
      text:
        versions.length > 0
          ? `${data.name}, listed by OpenAI as the replacement for ` +
            `${versions.map((v) => v.name).join(' and ')}.`
          : `${data.name}, a model OpenAI has listed as a replacement.`,
    });
  }
  for (const [id, named] of input.namedModels) {
    const by = namers.get(id) ?? [];
    const source = input.sources.get(named.source);
    const where = source ? ` in ${source.publisher}: ${source.title}` : '';
    const forWhom = by.length > 0 ? ` for ${formatList(by.map((m) => m.name))}` : '';
    records.push({
      id,
      kind: 'named',
      href: by[0] && modelPagePath(by[0].id),
      text:
        `Named as a replacement${forWhom}${where}; ` +
        'this catalog has no page for it and states nothing more about it.',
    });
  }
  for (const [id, { said }] of input.notModels) {
    const source = input.sources.get(said.source);
    if (!source) throw new Error(`Source "${said.source}" is not in content/sources.yaml`);
    // A vendor's words keep the one quotation form, followed by where they were said.
    const text = said.verbatim
      ? `${spokenText(said.value, said, input.sources)} (${source.title})`
      : `${source.publisher}, ${source.title}: ${said.value}`;
    records.push({ id, kind: 'not-model', href: source.url, text: `Not a model. ${text}` });
  }
  return records;
}

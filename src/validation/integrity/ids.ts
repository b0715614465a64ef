/**
 * One id names one model: no id is claimed twice across versions, snapshots, replacements,
 * comparison models and the ids a source names; and a shutdown names only its model's own alias
 * and snapshots, each as the kind it is. Read from the entries as typed.
 */
import type { ContentTree, RawEntry } from '../types.ts';
import { isRecord } from '../walk.ts';
import { prefixOf, type Add, type Path } from './types.ts';

/**
 * Every API model id the catalog knows (a version's alias, its dated snapshots, a replacement, a
 * comparison model) names one model: an address, a shutdown notice and a comparison column all
 * resolve it, so two claims on one id publish one model's facts under another's name.
 */
export function checkIdClaims(raw: ContentTree, add: Add): void {
  const claims = new Map<string, string>();
  const claim = (id: unknown, what: string, entry: RawEntry, path: Path) => {
    if (typeof id !== 'string') return;
    const first = claims.get(id);
    if (first === undefined) claims.set(id, what);
    else
      add(
        { file: entry.file, prefix: prefixOf(entry) },
        path,
        `"${id}" is already ${first}: one id names one model`,
      );
  };
  for (const model of raw.models) claim(model.id, `the model ${model.file}`, model, []);
  for (const model of raw.models) {
    const snapshots = isRecord(model.data) ? model.data['snapshots'] : undefined;
    if (!Array.isArray(snapshots)) continue;
    snapshots.forEach((snapshot, index) => {
      const id = isRecord(snapshot) ? snapshot['id'] : undefined;
      if (id === model.id) {
        add(
          model,
          ['snapshots', index, 'id'],
          `"${model.id}" is this model's alias (its file name), not a dated snapshot`,
        );
      } else
        claim(id, `a snapshot of ${model.id} (${model.file})`, model, ['snapshots', index, 'id']);
    });
  }
  for (const replacement of raw.replacements)
    claim(replacement.id, `the model ${replacement.file}`, replacement, []);
  for (const other of raw.comparisonModels)
    claim(other.id, `a comparison model in ${other.file}`, other, []);
  for (const named of raw.namedModels)
    claim(named.id, `a model a source names, in ${named.file}`, named, []);
  for (const notModel of raw.notModels)
    claim(notModel.id, `an id that is not a model, in ${notModel.file}`, notModel, []);
}

/**
 * A shutdown names the model's own alias or its own snapshots, each of the right kind (read from
 * the file as typed, so ids left over from a copied file are named on the first run).
 */
export function checkShutdownIds(raw: ContentTree, add: Add): void {
  const list = (value: unknown, key: string): unknown[] => {
    const items = isRecord(value) ? value[key] : undefined;
    return Array.isArray(items) ? items : [];
  };
  for (const model of raw.models) {
    const ownIds = new Set([
      model.id,
      ...list(model.data, 'snapshots').map((s) => isRecord(s) && s['id']),
    ]);
    const snapshotIds = new Set(list(model.data, 'snapshots').map((s) => isRecord(s) && s['id']));
    list(model.data, 'lifecycle').forEach((event, index) => {
      if (isRecord(event) && event['type'] === 'snapshot-shutdown') {
        // A retired snapshot is one of the model's own, listed under snapshots.
        list(event, 'ids').forEach((id, i) => {
          if (typeof id === 'string' && !snapshotIds.has(id))
            add(
              model,
              ['lifecycle', index, 'ids', i],
              `"${id}" is not one of this model's snapshots: list it under snapshots`,
            );
        });
        return;
      }
      if (!isRecord(event) || event['type'] !== 'shutdown') return;
      list(event, 'ids').forEach((entry, i) => {
        if (!isRecord(entry) || typeof entry['id'] !== 'string') return;
        const { id, kind } = entry;
        if (!ownIds.has(id)) {
          add(
            model,
            ['lifecycle', index, 'ids', i, 'id'],
            `"${id}" is neither this model's id nor one of its snapshots`,
          );
        } else if (
          (kind === 'alias' || kind === 'snapshot') &&
          (kind === 'alias') !== (id === model.id)
        ) {
          add(
            model,
            ['lifecycle', index, 'ids', i, 'kind'],
            `"${id}" is ${id === model.id ? 'the alias' : 'a dated snapshot'}, ` +
              `not ${kind === 'alias' ? 'the alias' : 'a snapshot'}`,
          );
        }
      });
    });
  }
}

/** Compare data built from the real content, as the site builds it. */
import { toCompareModel, type CompareData } from '../../src/lib/compare.ts';
import { membersOf } from '../../src/lib/lineage.ts';
import { loadContent } from './content.ts';

export function compareData(): CompareData {
  const content = loadContent();
  const line = content.lines.get('gpt-mini');
  if (!line) throw new Error('line missing');
  const models = membersOf(line, [...content.models.values()]).map((m) =>
    toCompareModel(m.id, m.data, null),
  );
  return {
    models,
    rows: [],
    benchmarks: Object.fromEntries(
      [...content.benchmarks].map(([id, b]) => [
        id,
        { name: b.name, unit: b.unit, higherIsBetter: b.higherIsBetter },
      ]),
    ),
    sources: Object.fromEntries(
      [...content.sources].map(([id, s]) => [id, { title: s.title, url: s.url }]),
    ),
  };
}

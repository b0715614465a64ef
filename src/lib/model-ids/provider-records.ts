/**
 * The ids other providers give a model (`openai/gpt-5-mini` at OpenRouter and Vercel's gateway,
 * `azure/gpt-5-mini` in LiteLLM's Azure entries), each answered with the model, the providers
 * that use it and their own status there, linking to the model's "Where to run it". An id that is
 * also OpenAI's (Azure's `gpt-5-mini`) is answered by the model's own record. Ids are compared as
 * the lookup reads them (case, spaces). Evidence with no public address gives no id. Pure.
 */
import { formatList } from '../format.ts';
import { modelProvidersPath } from '../paths.ts';
import type { ProviderRowView } from '../providers/rows.ts';
import { standingSentence } from '../providers/wording.ts';
import { normalizeId, type IdRecord } from './lookup.ts';

/** One provider's use of an id, as the answer words it. */
interface Use {
  model: string;
  name: string;
  provider: string;
  status: string;
}

/**
 * Where the answer links: a model's providers on its page; for a model with no page of its own (a
 * replacement), wherever its own record links.
 */
function hrefOf(model: string, known: ReadonlyMap<string, IdRecord>): string | undefined {
  const own = known.get(model);
  return own?.kind === 'model' ? modelProvidersPath(model) : own?.href;
}

function useText(uses: readonly Use[]): string {
  const first = uses[0] as Use;
  const where = formatList(uses.map((u) => u.provider));
  const statuses = uses.map((u) => `${u.provider}: ${u.status}`).join(' ');
  return `${first.name}'s id at ${where}. ${statuses}`;
}

/**
 * Records for every provider id no other record answers (`known`: the records already made, by
 * id), in the order the models and their rows come.
 */
export function providerIdRecords(
  rowsByModel: ReadonlyMap<string, readonly ProviderRowView[]>,
  names: ReadonlyMap<string, string>,
  known: ReadonlyMap<string, IdRecord>,
): IdRecord[] {
  const uses = new Map<string, Use[]>();
  for (const [model, rows] of rowsByModel) {
    for (const { row, provider, standing } of rows) {
      if (row.offer !== 'offered' || 'unknown' in row.ids) continue;
      for (const { id: raw } of row.ids) {
        const id = normalizeId(raw);
        if (known.has(id)) continue;
        const use = {
          model,
          name: names.get(model) ?? model,
          provider: provider.data.name,
          status: standingSentence(standing),
        };
        const list = uses.get(id) ?? [];
        // One model per id: a second model claiming it would make the answer a guess.
        if (list.length > 0 && list[0]?.model !== model)
          throw new Error(`Provider id "${raw}" names both ${list[0]?.model} and ${model}`);
        if (!list.some((u) => u.provider === use.provider)) uses.set(id, [...list, use]);
      }
    }
  }
  return [...uses].map(([id, list]) => ({
    id,
    kind: 'provider' as const,
    href: hrefOf((list[0] as Use).model, known),
    text: useText(list),
  }));
}

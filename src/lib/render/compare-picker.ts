/**
 * The compare page's picker: one collapsible group per line, and one for the models OpenAI lists
 * as replacements. A group's checkboxes are in the page only where it is open at first (the
 * default comparison's); the others are drawn, with the same function, when a reader opens them,
 * so the page stays small however many versions the catalog holds.
 */
import type { CompareGroup } from '../compare/types.ts';
import { markup, type Html } from './html.ts';

/** A group as the page lists it before its members are loaded. */
interface GroupSummary {
  id: string;
  name: string;
  kind: CompareGroup['kind'];
  count: number;
}

/** `GPT mini · 4 versions`; replacement models are never called versions. */
export function groupTitle(group: Pick<GroupSummary, 'name' | 'kind' | 'count'>): string {
  const noun = group.kind === 'line' ? 'version' : 'model';
  return `${group.name} · ${group.count} ${noun}${group.count === 1 ? '' : 's'}`;
}

/** `· 2 chosen`, or nothing. */
export const chosenText = (count: number) => (count > 0 ? `· ${count} chosen` : '');

/** A group's checkboxes, ticked where chosen. */
export function groupChoices(group: CompareGroup, chosen: ReadonlySet<string>): Html {
  const items = group.members.map((m) => {
    const checked = chosen.has(m.id) && markup` checked`;
    const box = markup`<input type="checkbox" name="models" value="${m.id}"${checked}>`;
    return markup`<li><label>${box} ${m.name}</label></li>`;
  });
  return markup`<ul class="choices">${items}</ul>`;
}

function group(
  summary: GroupSummary,
  loaded: CompareGroup | undefined,
  chosen: ReadonlySet<string>,
): Html {
  const count = loaded ? loaded.members.filter((m) => chosen.has(m.id)).length : 0;
  const chosenCount = markup`<span class="group-chosen">${chosenText(count)}</span>`;
  const legendText = summary.kind === 'line' ? `${summary.name} versions` : summary.name;
  const legend = markup`<legend class="visually-hidden">${legendText}</legend>`;
  const choices = loaded
    ? groupChoices(loaded, chosen)
    : markup`<p class="muted">Loading the list…</p>`;
  const body = markup`<fieldset>${legend}<div class="group-choices">${choices}</div></fieldset>`;
  const open = markup`<details class="group" data-group="${summary.id}"${loaded && markup` open`}>`;
  return markup`${open}<summary>${groupTitle(summary)} ${chosenCount}</summary>${body}</details>`;
}

/** Every group; `loaded` groups are open with their checkboxes, the rest load when opened. */
export function pickerGroups(
  groups: readonly GroupSummary[],
  loaded: ReadonlyMap<string, CompareGroup>,
  chosen: ReadonlySet<string>,
): Html {
  return markup`${groups.map((summary) => group(summary, loaded.get(summary.id), chosen))}`;
}

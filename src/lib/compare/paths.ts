/** Where each part of the comparison is published. One place, so links and files agree. */
import { REPLACEMENTS_GROUP } from './types.ts';

/** A pre-rendered comparison, older first: `/compare/gpt-4o-mini-vs-gpt-5-mini/`. */
export const pairPath = (a: string, b: string) => `/compare/${a}-vs-${b}/`;

/** One model's comparison file. */
export const dataPath = (id: string) => `/compare/data/${id}.json`;

/** A picker group's member list, fetched when the group is opened. */
export const groupPath = (group: string) =>
  group === REPLACEMENTS_GROUP ? '/compare/replacements.json' : `/compare/lines/${group}.json`;

/** A line's page of ready-made comparisons, which works without JavaScript. */
export const linePagePath = (line: string) => `/compare/lines/${line}/`;

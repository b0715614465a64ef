/**
 * /api/v1/schema.json, generated from the zod schemas of the published files (src/schemas/api.ts)
 * with zod 4's z.toJSONSchema: never written by hand, so it cannot drift from what is published.
 *
 * Two things make the content schemas representable (both explained where they are defined):
 * `knowable()` pipes its branch-choosing transform into the union it produces, and z.toJSONSchema
 * renders a pipe by its output side; `DateString` states its shape as a regex as well as in its
 * calendar refinement, so the schema carries a `pattern`. `unrepresentable: 'throw'` keeps it so:
 * a construct that cannot be described fails the build instead of becoming `{}` (accept anything).
 * Output mode: defaults are applied in published data, so fields with defaults are required.
 */
import { z } from 'astro/zod';
import { API_FILES, type ApiFileKind } from '../../schemas/api.ts';
import { PATHS, absolute } from '../paths.ts';

/** The URL a published file's `$schema` names: its kind's definition in schema.json. */
export function schemaRef(origin: string, kind: ApiFileKind): string {
  return `${absolute(origin, PATHS.schema)}#/$defs/${kind}`;
}

/** The JSON Schema document (draft 2020-12) of every file under /api/v1/. */
export function apiJsonSchema(origin: string): Record<string, unknown> {
  const anyFile = z.union(Object.values(API_FILES));
  const generated = z.toJSONSchema(anyFile, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: absolute(origin, PATHS.schema),
    title: 'GPT mini catalog API v1',
    description:
      'Every file under /api/v1/. Each file names its own definition in its "$schema" field: ' +
      Object.keys(API_FILES)
        .map((kind) => `#/$defs/${kind}`)
        .join(', ') +
      '. Cross-field rules of the content (a cached price not above the input price, limits ' +
      'within the context window) are checked before publishing and are not expressed here.',
    ...rest,
  };
}

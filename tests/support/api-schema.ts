/** Validates published files against the generated JSON Schema with ajv (draft 2020-12). */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A validator per file kind, for the schema document `schema` (the contents of schema.json). */
export function apiValidators(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  const id = String(schema['$id']);
  return {
    /** The validator of the definition a file's `$schema` names. */
    forRef(ref: string): ValidateFunction {
      const validate = ajv.getSchema(ref.startsWith(id) ? ref : `${id}${ref}`);
      if (!validate) throw new Error(`No definition at ${ref}`);
      return validate;
    },
    errors: (validate: ValidateFunction) =>
      (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`),
  };
}

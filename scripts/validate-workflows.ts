/**
 * Checks every GitHub Actions workflow in .github/workflows against the published workflow schema,
 * with action-validator (its engine, @action-validator/core, which the CLI runs one file at a
 * time), and prints each problem with its file and place. Exits 1 on any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow, type ValidationError } from '@action-validator/core';

const DIR = '.github/workflows';

/** An error, and under a "one of" error the reasons each alternative was refused. */
function describe(error: ValidationError, indent = ''): string[] {
  const where = 'path' in error ? error.path : `line ${error.location?.line ?? '?'}`;
  const line = `${indent}${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`;
  const nested = 'states' in error ? (error.states ?? []).flatMap((s) => s.errors) : [];
  return [line, ...nested.flatMap((e) => describe(e, `${indent}  `))];
}

const files = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file));
if (files.length === 0) {
  console.error(`${DIR}: no workflow files`);
  process.exit(1);
}
let invalid = 0;
for (const file of files) {
  const path = join(DIR, file);
  const { errors } = validateWorkflow(readFileSync(path, 'utf8'));
  if (errors.length === 0) continue;
  invalid++;
  for (const error of errors) console.error(describe(error, `${path}: `).join('\n'));
}
console.log(`${files.length - invalid} of ${files.length} workflow files valid`);
process.exit(invalid === 0 ? 0 : 1);

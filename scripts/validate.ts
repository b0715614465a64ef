/**
 * `npm run validate [content-dir]`: checks everything under content/ (or the folder given) and
 * prints each problem as file: field: message. Exits 1 when there is any.
 */
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/validation/types.ts';
import { validateContentDir } from '../src/validation/validate.ts';

const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content/', import.meta.url));
const problems = validateContentDir(contentDir);
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log('Content is valid.');

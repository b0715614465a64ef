/**
 * Fails `astro build` (and `astro sync`) when the content is invalid, naming file and field.
 * Astro already rejects schema errors, but only logs a dangling reference and exits 0; this
 * runs the same validator as `npm run validate` so the build stops on every rule.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../validation/types.ts';
import { validateContentDir } from '../validation/validate.ts';

export default function validateContent(): AstroIntegration {
  return {
    name: 'gpt-mini:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const contentDir = fileURLToPath(new URL('./content/', config.root));
        const problems = validateContentDir(contentDir);
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n  ');
        if (command === 'dev') {
          logger.error(`Content has ${problems.length} problem(s):\n  ${report}`);
          return;
        }
        throw new Error(`Content has ${problems.length} problem(s):\n  ${report}`);
      },
    },
  };
}

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The build checks: tests that compare the site npm test has just built (dist/) with another
 * build made for the purpose (a build elsewhere and a year ahead, a build of a grown catalog).
 * They run after the Build step, each making only the one build it adds.
 */
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts'],
    // One file at a time: each makes a whole build, and two at once on two cores time out.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});

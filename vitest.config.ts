/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    // Some tests build a copy of the site to prove bad content stops the build.
    testTimeout: 60_000,
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import validateContent from './src/integrations/validate-content.ts';

export default defineConfig({
  // Origin for canonical URLs; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [validateContent(), mdx()],
  // vitest (serve mode) reads the content store from here after `astro sync`.
  cacheDir: './.astro',
  build: {
    // Component styles used inside MDX entries would otherwise be inlined and blocked by the CSP.
    inlineStylesheets: 'never',
  },
  markdown: { syntaxHighlight: false },
  vite: {
    // One stylesheet for the whole site: 2.9 KB gzip in all, less than the five split files a
    // model page would otherwise fetch, and cached from the first page a reader opens.
    build: { cssCodeSplit: false },
  },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
    },
  },
});

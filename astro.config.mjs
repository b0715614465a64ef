// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import chunkUrl from './src/integrations/chunk-url.ts';
import validateContent from './src/integrations/validate-content.ts';

export default defineConfig({
  // Origin for canonical URLs; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [validateContent(), chunkUrl(), mdx()],
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
    // Never inline a bundled script: the CSP (src/lib/content-security-policy.ts) allows no inline code.
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
  },
});

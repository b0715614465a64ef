/**
 * `import url from './module.ts?chunk-url'` bundles the module (and its imports) as a chunk of its
 * own and gives back its URL, for code that should load only on demand through `import(url)`.
 *
 * Why not a plain `import('./module.ts')`: Vite wraps every dynamic import it can resolve in its
 * module-preload helper (about 0.7 KB gzip, inserted even when there is nothing to preload; see
 * vitejs/vite#13952). On a model page that helper was most of the JavaScript loaded before any
 * chart is visible. An import by URL is left alone. The chunk is emitted with the bundler's own
 * API (`emitFile` + `import.meta.ROLLUP_FILE_URL_…`), so it is hashed and cached like any other.
 */
import type { AstroIntegration } from 'astro';
import { dirname, resolve } from 'node:path';
// Vite comes with Astro; only its types are used here.
import type { Plugin } from 'vite';

const QUERY = '?chunk-url';
const PREFIX = '\0chunk-url:';

function chunkUrlPlugin(): Plugin {
  let serve = false;
  return {
    name: 'gpt-mini:chunk-url',
    // Before Vite's resolver, which would otherwise treat the query as an asset import.
    enforce: 'pre',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id, importer) {
      if (!id.endsWith(QUERY) || !importer) return undefined;
      return PREFIX + resolve(dirname(importer), id.slice(0, -QUERY.length));
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const file = id.slice(PREFIX.length);
      // The dev server compiles any project file on request.
      if (serve) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default function chunkUrl(): AstroIntegration {
  return {
    name: 'gpt-mini:chunk-url',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkUrlPlugin()] } });
      },
    },
  };
}

import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const SCHEMA = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));
const INTROSPECTION = 'virtual:introspection';

/**
 * The admin reads the API's shape from the committed schema/schema.graphql (never from the server's
 * introspection, which production turns off): `import schema from 'virtual:introspection'` is the
 * introspection result of that file, made at build time.
 */
function committedSchema(): Plugin {
  return {
    name: 'tracker:introspection',
    resolveId: (id) => (id === INTROSPECTION ? `\0${INTROSPECTION}` : undefined),
    async load(id) {
      if (id !== `\0${INTROSPECTION}`) return undefined;
      this.addWatchFile(SCHEMA);
      const schema = buildSchema(await readFile(SCHEMA, 'utf8'));
      const { __schema } = introspectionFromSchema(schema, { descriptions: false, specifiedByUrl: false, directiveIsRepeatable: false });
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(__schema))});`;
    },
  };
}

/** Most gzipped JavaScript the first page (the login page) may need; the rest loads on demand. */
const FIRST_PAGE_BUDGET_KB = 500;

/** Prints the JavaScript the first page loads (the entry and its static imports) and fails the build over budget. */
function firstPageBudget(): Plugin {
  return {
    name: 'tracker:first-page-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (!entry || entry.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
      };
      visit(entry.fileName);
      let gzip = 0;
      for (const fileName of seen) {
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') gzip += gzipSync(chunk.code).length;
      }
      const kb = gzip / 1024;
      const line = `first page JavaScript: ${kb.toFixed(1)} kB gzipped in ${seen.size} file(s) (budget ${FIRST_PAGE_BUDGET_KB} kB)`;
      if (kb > FIRST_PAGE_BUDGET_KB) this.error(line);
      console.log(`\n${line}`);
    },
  };
}

const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), committedSchema(), firstPageBudget()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/calendar': { target: api, changeOrigin: false },
    },
  },
});

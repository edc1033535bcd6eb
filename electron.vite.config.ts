import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { withDevPolicy } from './main/shell/content-security';

/** While developing, the page's policy makes room for the dev server (never in a build). */
const devContentSecurityPolicy: Plugin = { name: 'gloss-dev-csp', apply: 'serve', transformIndexHtml: withDevPolicy };

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'main/index.ts'),
          // Its own entry: importers run in a worker thread with a memory limit (main/services/import/isolated-import.ts).
          'import-worker': resolve(import.meta.dirname, 'main/services/import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but 'electron': bundle zod and
      // core into it, and emit CommonJS, the only format sandboxed preloads load.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), devContentSecurityPolicy],
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The dashboard's build (docs/dashboard.md): web/ into dist/web/, served by `barometre serve`
 * at / and /app/… (index.html) and /assets/… (the hashed scripts and styles). JSX goes to
 * Preact's automatic runtime. `npm run dev:web` serves it with hot reload and sends the API
 * calls to a `barometre serve` on port 8080.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/signout': 'http://127.0.0.1:8080' } },
});

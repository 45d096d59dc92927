import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API runs on its own port in development; the browser sees one origin.
const API = process.env.STEPDOWN_API_URL ?? 'http://localhost:3000';

/**
 * Emits `sw.js` from pwa/service-worker.js with the release's file list, so the
 * service worker precaches exactly what this build produced (no extra dependency).
 */
const servicePrecache = (): Plugin => ({
  name: 'stepdown-service-worker',
  apply: 'build',
  generateBundle(_options, bundle) {
    const files = Object.keys(bundle)
      .filter((name) => !name.endsWith('.map') && name !== '.vite/manifest.json')
      .sort();
    const release = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
    const precache = [...files, 'manifest.webmanifest', 'icon.svg'].map((name) => `./${name}`);
    const source = readFileSync(new URL('./pwa/service-worker.js', import.meta.url), 'utf8')
      .replace("'__RELEASE__'", JSON.stringify(release))
      .replace('__PRECACHE__', JSON.stringify(precache));
    this.emitFile({ type: 'asset', fileName: 'sw.js', source });
  },
});

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), servicePrecache()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // bench/bundle-size.mjs reads the manifest to find what the Today route loads first.
    manifest: true,
    target: 'es2022',
  },
  server: { proxy: { '/api': { target: API, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: API, changeOrigin: false } } },
});

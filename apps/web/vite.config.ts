import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on its own port in development; the browser sees one origin.
const API = process.env.STEPDOWN_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
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

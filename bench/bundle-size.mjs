// The web app's first load on the Today route: the entry chunk, the Today chunk and
// every chunk they import statically, gzipped, against a 150 kB budget. Printed, never
// asserted (like the rest of `npm run bench`). Reads apps/web/dist/.vite/manifest.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWebIfStale } from '../apps/web/build-if-stale.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps', 'web', 'dist');
const BUDGET_BYTES = 150 * 1000;
const ROUTE_CHUNK = 'src/screens/today.tsx';

buildWebIfStale();
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: the web build did not write a manifest`);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey || !manifest[ROUTE_CHUNK]) throw new Error('the manifest has no entry or no Today chunk');

/** A chunk and everything it imports statically (what the browser must fetch before it runs). */
const closure = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
};
const keys = [...closure(ROUTE_CHUNK, closure(entryKey))];
const files = keys.map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));

console.log('\nWeb bundle: JavaScript the Today route loads first (gzip)\n');
let total = 0;
for (const file of files) {
  const raw = readFileSync(join(dist, file));
  const gzipped = gzipSync(raw, { level: 9 }).length;
  total += gzipped;
  console.log(
    `  ${file.padEnd(48)} ${(raw.length / 1000).toFixed(1).padStart(7)} kB  → ${(gzipped / 1000).toFixed(1).padStart(6)} kB gzip`,
  );
}
const ratio = total / BUDGET_BYTES;
console.log(
  `  ${'total'.padEnd(48)} ${''.padStart(7)}      ${(total / 1000).toFixed(1).padStart(6)} kB gzip of a ${BUDGET_BYTES / 1000} kB budget: ${(ratio * 100).toFixed(0)}% (ratio ${ratio.toFixed(2)})${ratio > 1 ? '  OVER BUDGET' : ''}`,
);

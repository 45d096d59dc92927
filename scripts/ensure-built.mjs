// Makes a fresh clone runnable: installs dependencies (from the lock file) if missing, then
// builds with `tsc --build` (incremental, so a second run is nearly free).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`stepdown: '${command} ${args.join(' ')}' failed`);
    process.exit(result.status ?? 1);
  }
};

// npm writes this file at the end of every install; without it the clone is fresh.
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.error('stepdown: installing dependencies (first run)…');
  // `npm install`, not `npm ci`: npm 11 writes a lock without other platforms' optional
  // binaries (Biome, Rollup) and then `npm ci` refuses it as out of sync.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
}
run(process.execPath, [join(root, 'scripts', 'build-articles.mjs')]);
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--build']);
// The web app bundles the built core, so it builds after tsc; skipped when apps/web/dist is up to date.
const { buildWebIfStale } = await import('../apps/web/build-if-stale.mjs');
try {
  if (buildWebIfStale()) console.error('stepdown: built the web app (apps/web/dist)');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

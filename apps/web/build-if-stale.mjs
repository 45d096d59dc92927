// Builds the web app (`vite build`) only when apps/web/dist is missing or older than
// its inputs: the app's sources and config, and the built core it bundles.
// Used by scripts/ensure-built.mjs and the e2e harness; `node apps/web/build-if-stale.mjs` runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, '..', '..');
const output = join(web, 'dist', '.vite', 'manifest.json');

/** Newest modification time under `path` (a file or a folder), 0 when it does not exist. */
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
};

export const webInputs = () => [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(web, 'public'),
  join(web, 'pwa'),
  join(web, 'package.json'),
  join(root, 'packages', 'core', 'dist'),
];

export const webIsStale = () => {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return webInputs().some((input) => newest(input) > built);
};

/** Returns true when it built, false when dist was already up to date; throws if the build fails. */
export const buildWebIfStale = ({ force = false } = {}) => {
  if (!force && !webIsStale()) return false;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // NODE_ENV=production whatever the caller has (Vitest sets "test"): otherwise Vite bundles React's development build.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: web,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`stepdown: 'vite build' of apps/web failed (exit ${result.status})`);
  return true;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = buildWebIfStale({ force: process.argv.includes('--force') });
  console.log(built ? 'apps/web: built' : 'apps/web: up to date');
}

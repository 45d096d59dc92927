import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDatabase, createRepositories, migrate, systemRepositoryDeps } from '@stepdown/db';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { demoLoginsText, seedDemo } from './demo/seed-demo.js';

// The only module that reads the environment, the command line, the port and signals.
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig({ ...process.env, ...(process.argv.includes('--no-demo') ? { STEPDOWN_DEMO: 'false' } : {}) });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const database = createDatabase({ url: config.databaseUrl });
await migrate(database.db);
const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const hasWeb = existsSync(`${webRoot}index.html`);
const clock = () => new Date();
const app = await buildApp(config, {
  clock,
  database,
  repositories: createRepositories(database.db, systemRepositoryDeps()),
  ...(hasWeb ? { webRoot } : {}),
});
const close = async (signal: string) => {
  app.log.info(`${signal}: finishing requests and closing`);
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGTERM', () => void close('SIGTERM'));
process.once('SIGINT', () => void close('SIGINT'));
const demo = config.demo ? await seedDemo(app, database.db, clock) : undefined;
await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const url = `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
console.log(`Stepdown on ${url} — API docs at ${url}/api/docs${hasWeb ? '' : ' (web app not built: API only)'}`);
if (demo) console.log(demoLoginsText(demo));

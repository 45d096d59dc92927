import { createDatabase, createRepositories, migrate, systemRepositoryDeps } from '@stepdown/db';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

// The only module that reads the environment and owns the port and signals.
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const database = createDatabase({ url: config.databaseUrl });
await migrate(database.db);
const app = await buildApp(config, {
  clock: () => new Date(),
  database,
  repositories: createRepositories(database.db, systemRepositoryDeps()),
});
const close = async (signal: string) => {
  app.log.info(`${signal}: finishing requests and closing`);
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGTERM', () => void close('SIGTERM'));
process.once('SIGINT', () => void close('SIGINT'));
await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
console.log(`Stepdown on http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port} — API docs at /api/docs`);

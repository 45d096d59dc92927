// A bare Fastify route, the yardstick for the server benchmark: same framework, no database, no auth.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ status: 'ok' }));
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening on http://localhost:${app.server.address().port}`);

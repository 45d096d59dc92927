// Server benchmark (issue 5): today's doses and a dose-log write on SQLite, side by side with a bare
// Fastify route in the same run, at 64 connections. Targets: each ≥ 50% of the bare route's requests
// per second, p99 ≤ 20 ms. Printed, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = fileURLToPath(new URL('.', import.meta.url));
const CONNECTIONS = 64;
const DURATION_S = Number(process.env.BENCH_SERVER_SECONDS ?? 8);

const startChild = (script, env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${out}`)));
  });

const run = (title, options) =>
  new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options }, (error, result) =>
      error
        ? reject(error)
        : resolve({ title, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }),
    );
  });

const dir = mkdtempSync(join(tmpdir(), 'stepdown-bench-'));
const bare = await startChild(join(here, 'bare-server.mjs'));
const server = await startChild(join(here, '..', 'apps', 'api', 'dist', 'server.js'), {
  PORT: '0',
  DATABASE_URL: join(dir, 'bench.db'),
  STEPDOWN_DEMO: 'true',
});
try {
  // The demo patient: six weeks into an approved taper.
  const login = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'patient@demo.stepdown.test', password: 'demo one step today' }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf = /sd_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  const { patientId } = await (await fetch(`${server.base}/api/auth/me`, { headers })).json();

  console.log(`Server benchmark: ${CONNECTIONS} connections, ${DURATION_S} s each, SQLite (node ${process.version})\n`);
  const results = [];
  results.push(await run('bare Fastify route', { url: `${bare.base}/bare` }));
  results.push(
    await run("today's doses (GET …/today)", {
      url: `${server.base}/api/patients/${patientId}${process.env.BENCH_READ ?? '/today'}`,
      headers,
    }),
  );
  let n = 0;
  results.push(
    await run('dose-log write (POST …/dose-logs)', {
      url: server.base,
      requests: [
        {
          method: 'POST',
          path: `/api/patients/${patientId}/dose-logs`,
          headers,
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              clientId: `bench-${process.pid}-${++n}`,
              date: new Date().toISOString().slice(0, 10),
              drug: 'clonazepam',
              dose: '0.5mg',
              status: 'taken',
            }),
          }),
        },
      ],
    }),
  );
  const [baseline] = results;
  for (const r of results) {
    const ratio = r.rps / baseline.rps;
    const verdict =
      r === baseline ? '' : `  ${ratio >= 0.5 ? 'meets' : 'MISSES'} ≥ 50% · p99 ${r.p99 <= 20 ? 'meets' : 'MISSES'} ≤ 20 ms`;
    console.log(
      `${r.title.padEnd(38)} ${Math.round(r.rps).toLocaleString('en').padStart(8)} req/s  p99 ${String(r.p99).padStart(4)} ms  ${(ratio * 100).toFixed(0).padStart(4)}% of bare${r.errors ? `  (${r.errors} errors)` : ''}${verdict}`,
    );
  }
} finally {
  bare.child.kill();
  server.child.kill();
  rmSync(dir, { recursive: true, force: true });
}

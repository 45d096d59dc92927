import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@stepdown/db';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';

const server = fileURLToPath(new URL('../dist/server.js', import.meta.url));

/** Starts the built server on a free port and resolves with its address once it listens. */
const start = (databaseUrl: string): Promise<{ child: ChildProcess; base: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [server], {
      env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', STEPDOWN_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve({ child, base: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });

const cookieHeader = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
const csrfOf = (cookies: string) => /sd_csrf=([^;]+)/.exec(cookies)?.[1] ?? '';

/** The database URLs to crash on: a SQLite file always, a fresh PostgreSQL database when the lane is on. */
const lanes: [string, () => Promise<{ url: string; dispose: () => Promise<void> }>][] = [
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'stepdown-crash-'));
      return { url: join(dir, 'crash.db'), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
];
const pg = process.env.STEPDOWN_TEST_PG;
if (pg) {
  lanes.push([
    'postgres',
    async () => {
      const name = `crash_${randomBytes(5).toString('hex')}`;
      const admin = createDatabase({ url: pg });
      await sql`create database ${sql.id(name)}`.execute(admin.db);
      const url = new URL(pg);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        dispose: async () => {
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
          await admin.close();
        },
      };
    },
  ]);
}

describe.each(lanes)('a server killed mid-burst keeps every acknowledged dose (%s)', (_engine, makeDatabase) => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
  });

  it('SIGKILL during dose-log writes loses nothing that was acknowledged', async () => {
    const database = await makeDatabase();
    try {
      const first = await start(database.url);
      children.push(first.child);
      const signup = await fetch(`${first.base}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'crash@example.org',
          password: 'a long enough passphrase',
          displayName: 'Crash',
          role: 'patient',
        }),
      });
      expect(signup.status).toBe(201);
      let cookies = cookieHeader(signup);
      const headers = () => ({ 'content-type': 'application/json', cookie: cookies, 'x-csrf-token': csrfOf(cookies) });
      const record = await fetch(`${first.base}/api/patients`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({ timeZone: 'Europe/London', region: 'UK' }),
      });
      const patientId = (await record.json()).patient.id as string;

      // Sixteen writers send doses until the server dies; a write counts only once its 201 arrived.
      const acknowledged: string[] = [];
      let sent = 0;
      let killed = false;
      const writer = async () => {
        while (!killed) {
          const clientId = `crash-${++sent}-${randomBytes(3).toString('hex')}`;
          try {
            const res = await fetch(`${first.base}/api/patients/${patientId}/dose-logs`, {
              method: 'POST',
              headers: headers(),
              body: JSON.stringify({ clientId, date: '2026-11-22', drug: 'clonazepam', dose: '0.5mg', status: 'taken' }),
            });
            if (res.status === 201) acknowledged.push(clientId);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = Array.from({ length: 16 }, writer);
      while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
      first.child.kill('SIGKILL');
      killed = true;
      await Promise.all(writers);
      expect(sent).toBeGreaterThan(acknowledged.length); // some writes were in flight when it died

      const second = await start(database.url);
      children.push(second.child);
      const login = await fetch(`${second.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'crash@example.org', password: 'a long enough passphrase' }),
      });
      expect(login.status).toBe(200);
      cookies = cookieHeader(login);
      const logs = await fetch(`${second.base}/api/patients/${patientId}/dose-logs?from=2026-11-22&to=2026-11-22`, {
        headers: headers(),
      });
      const stored = new Set(((await logs.json()).doseLogs as { clientId: string }[]).map((l) => l.clientId));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      second.child.kill('SIGTERM');
    } finally {
      await database.dispose();
    }
  }, 60_000);
});

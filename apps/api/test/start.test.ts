import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs `npm start` as a person would and waits until it prints what it prints on start. */
const npmStart = (env: Record<string, string>, args: readonly string[] = []) =>
  new Promise<{ child: ChildProcess; output: () => string; base: string }>((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent', ...(args.length ? ['--', ...args] : [])], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so the server under npm stops with it
    });
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Stepdown on http:\/\/localhost:(\d+)/.exec(out);
      // Logins come right after the address line when there is a demo.
      if (match && (args.includes('--no-demo') || /--no-demo/.test(out.slice(match.index))))
        resolve({ child, output: () => out, base: `http://127.0.0.1:${match[1]}` });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`)));
  });

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepdown-start-'));
  const children: ChildProcess[] = [];
  const stop = (child: ChildProcess) => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) stop(child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app on an empty database with a demo clinic whose logins it prints', async () => {
    const started = await npmStart({ PORT: '0', DATABASE_URL: join(dir, 'demo.db') });
    children.push(started.child);
    expect(started.output()).toMatch(/clinician\s+clinician@demo\.stepdown\.test\s+password: demo steady river/);
    expect((await (await fetch(`${started.base}/api/health`)).json()).database).toBe('sqlite');
    const login = await fetch(`${started.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'patient@demo.stepdown.test', password: 'demo one step today' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = await (await fetch(`${started.base}/api/auth/me`, { headers: { cookie } })).json();
    const logs = await fetch(`${started.base}/api/patients/${me.patientId}/dose-logs?from=2020-01-01&to=2099-12-31`, {
      headers: { cookie },
    });
    expect((await logs.json()).doseLogs.length).toBeGreaterThan(10);
    stop(started.child);
  }, 120_000);

  it('--no-demo starts on an empty database without demo accounts', async () => {
    const started = await npmStart({ PORT: '0', DATABASE_URL: join(dir, 'empty.db') }, ['--no-demo']);
    children.push(started.child);
    expect(started.output()).not.toMatch(/demo\.stepdown\.test/);
    const login = await fetch(`${started.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'patient@demo.stepdown.test', password: 'demo one step today' }),
    });
    expect(login.status).toBe(401);
    stop(started.child);
  }, 120_000);
});

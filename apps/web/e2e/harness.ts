// The e2e harness: the built web app, the real API server on a temporary SQLite
// file, and a tiny static server in front of both (same origin, as in production).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_DIST = join(ROOT, 'apps', 'web', 'dist');
export const API_SERVER = join(ROOT, 'apps', 'api', 'dist', 'server.js');
/** Debian's Chromium; STEPDOWN_CHROMIUM points elsewhere (and lets the missing-browser path be checked). */
export const CHROMIUM = process.env.STEPDOWN_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, '.test-results', 'e2e');

/** The flags the brief fixes: headless, no sandbox (containers), no background network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The same Content-Security-Policy the API sends (helmet, see apps/api/src/app.ts),
 * so a screen that would break under it when the API serves the files fails here first.
 */
const CSP =
  "default-src 'self'; base-uri 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; script-src-attr 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });

const waitForHealth = async (url: string, child: ChildProcess, output: () => string): Promise<void> => {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The API server did not answer ${url} within 30 s:\n${output()}`);
};

export interface Api {
  readonly port: number;
  readonly stop: () => Promise<void>;
}

/** Starts apps/api/dist/server.js on a free port with a fresh SQLite file, and waits for /api/health. */
export const startApi = async (): Promise<Api> => {
  if (!existsSync(API_SERVER)) throw new Error(`${API_SERVER} is missing: run \`npm run build\` (tsc --build) first.`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'stepdown-e2e-'));
  let log = '';
  const child = spawn(process.execPath, [API_SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: join(dir, 'e2e.db'),
      LOG_LEVEL: 'warn',
      // The demo clinic (apps/api/src/demo/seed-demo.ts): a patient with an approved plan for the Today flow.
      STEPDOWN_DEMO: 'true',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  await waitForHealth(`http://127.0.0.1:${port}/api/health`, child, () => log);
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export interface Site {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/**
 * Serves apps/web/dist and forwards /api/* to the API server. The API does
 * not serve the web files yet; when it does, this server goes away.
 */
export const startSite = async (apiPort: number): Promise<Site> => {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const upstream = request(
        { host: '127.0.0.1', port: apiPort, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502).end();
      });
      req.pipe(upstream);
      return;
    }
    const wanted = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    let file = resolve(WEB_DIST, wanted || 'index.html');
    // Never outside dist; unknown paths get the app (it routes by hash).
    if (!file.startsWith(WEB_DIST) || !existsSync(file) || extname(file) === '') file = join(WEB_DIST, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    });
    res.end(readFileSync(file));
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((r) => server.close(() => r())),
  };
};

export const launchChromium = async (): Promise<Browser> => {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
};

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

const AXE_SOURCE = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns the serious and critical violations.
 * Injected with evaluate (DevTools), not a <script> tag, so the page's CSP stays strict.
 */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluate(AXE_SOURCE());
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
};

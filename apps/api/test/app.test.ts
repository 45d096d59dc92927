import { validate } from '@readme/openapi-parser';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' }), { clock: () => new Date('2026-11-22T10:00:00Z') });
});
afterAll(async () => app.close());

const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as never });

describe('loadConfig', () => {
  it('reports every problem together', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://db' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });

  it('defaults to port 3000 on the embedded database', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, databaseUrl: './data/stepdown.db', demo: true });
  });

  it('never creates the demo accounts (public passwords) in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', STEPDOWN_DEMO: 'true' }).demo).toBe(true);
  });
});

describe('public clinical routes', () => {
  it('health', async () => {
    const res = await app.inject('/api/health');
    expect(res.json()).toEqual({ status: 'ok', time: '2026-11-22T10:00:00.000Z' });
  });

  it('converts clonazepam 1 mg to diazepam with the range', async () => {
    const res = await post('/api/convert', { from: 'clonazepam', to: 'diazepam', dose: '1mg' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ estimateMg: 20, rangeMg: [10, 20], band: 'high' });
  });

  it('checks a dose above the labelled maximum', async () => {
    const res = await post('/api/dose-check', { drug: 'clonazepam', indication: 'panic', doses: ['2mg@08:00', '3mg@22:00'] });
    expect(res.json().findings[0]).toMatchObject({ code: 'ABOVE_LABEL_MAX', severity: 'error' });
  });

  it('previews a plan in mg', async () => {
    const res = await post('/api/plans/preview', {
      drug: 'clonazepam',
      doses: ['0.5mg@08:00', '1mg@22:00'],
      start: '2026-12-01',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().steps[0]).toMatchObject({ start: '2026-12-01', dailyTotals: [{ drug: 'clonazepam', amountMg: 1.5 }] });
  });

  it('triages a seizure in the UK as an emergency', async () => {
    const res = await post('/api/triage', { symptoms: ['seizure'], region: 'UK' });
    expect(res.json()).toMatchObject({ urgency: 'emergency', emergencyNumber: '999' });
  });

  it('scores a questionnaire and serves it as FHIR', async () => {
    const res = await post('/api/questionnaires/phq9/score', {
      answers: { q1: 1, q2: 1, q3: 1, q4: 1, q5: 1, q6: 0, q7: 0, q8: 0, q9: 1 },
    });
    expect(res.json()).toMatchObject({ total: 6, band: { id: 'mild' }, triggers: [{ instrumentId: 'asq' }] });
    expect((await app.inject('/api/questionnaires/gad7')).json()).toMatchObject({ resourceType: 'Questionnaire' });
  });

  it('serves the library', async () => {
    expect((await app.inject('/api/articles')).json().length).toBeGreaterThan(10);
    expect((await app.inject('/api/articles/withdrawal')).json().body).toMatch(/#/);
  });
});

describe('errors are problem details, never a 500 or a stack trace', () => {
  it('clinical input errors: 422 with the code, the field and what was expected', async () => {
    const res = await post('/api/dose-check', { drug: 'clonazepam', indication: 'panic', doses: ['0.5@08:00'] });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'DOSE_UNIT_MISSING', status: 422, errors: [{ field: 'doses', expected: /mg/ }] });
    expect((await post('/api/convert', { from: 'klonopn', to: 'diazepam', dose: '1mg' })).json()).toMatchObject({
      code: 'DRUG_UNKNOWN',
      errors: [{ field: 'from' }],
    });
  });

  it('shape errors: 400 naming the field', async () => {
    const res = await post('/api/dose-check', { drug: 'clonazepam', indication: 'sleepy', doses: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['indication', 'doses']));
  });

  it('unknown routes, malformed JSON and oversized bodies', async () => {
    expect((await app.inject('/api/nothing')).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const bad = await app.inject({
      method: 'POST',
      url: '/api/triage',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(bad.json()).toMatchObject({ status: 400, code: 'MALFORMED_BODY' });
    const big = await post('/api/triage', { symptoms: [], padding: 'x'.repeat(300_000) });
    expect(big.json()).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
  });

  it('random payloads to every write route never produce a 5xx (property)', async () => {
    const routes = [
      '/api/convert',
      '/api/dose-check',
      '/api/plans/preview',
      '/api/triage',
      '/api/questionnaires/phq9/score',
      '/api/questionnaires/asq/score',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.anything({ maxDepth: 3 }), async (url, payload) => {
        const res = await post(url, payload ?? null);
        expect(res.statusCode).toBeLessThan(500);
        expect(res.body).not.toMatch(/at .*\.js:\d+/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('security headers and CORS', () => {
  it('sends protective headers and no CORS permission', async () => {
    const res = await app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/triage',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
  });
});

describe('OpenAPI', () => {
  it('is generated from the route schemas and valid OpenAPI 3.1', async () => {
    const spec = (await app.inject('/api/docs/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/convert', '/api/dose-check', '/api/triage']));
    const result = await validate(structuredClone(spec));
    expect(result.valid, JSON.stringify(result.errors ?? [])).toBe(true);
    expect((await app.inject('/api/docs')).body).toMatch(/Stepdown API/);
  });
});

describe('start-up with a database', () => {
  it('opens and migrates SQLite and reports the engine', async () => {
    const { createDatabase, migrate } = await import('@stepdown/db');
    const database = createDatabase({ url: ':memory:' });
    await migrate(database.db);
    const withDb = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { clock: () => new Date(), database });
    try {
      expect((await withDb.inject('/api/health')).json().database).toBe('sqlite');
    } finally {
      await withDb.close();
      await database.close();
    }
  });
});

describe('a real listening server', () => {
  it('answers over HTTP', async () => {
    const server = await buildApp(loadConfig({ LOG_LEVEL: 'silent', PORT: '0' }), { clock: () => new Date() });
    const address = await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const res = await fetch(`${address}/api/health`);
      expect(res.status).toBe(200);
      expect((await res.json()).status).toBe('ok');
    } finally {
      await server.close();
    }
  });
});

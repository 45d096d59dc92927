import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { ENGINES, openTestDatabase, type TestDatabase } from './databases.js';
import { type SignedIn, signUp } from './sessions.js';

type Actor = SignedIn;

describe.each(ENGINES)('authorization matrix and audit (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  const actors: Record<string, Actor> = {};
  let patientA = '';

  const call = (actor: Actor | undefined, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      ...(actor ? { cookies: actor.cookies, headers: { 'x-csrf-token': actor.csrf } } : {}),
    });

  const signup = async (name: string, role: 'patient' | 'clinician' | 'supporter'): Promise<Actor> => {
    clock = new Date(clock.getTime() + 61_000); // stay under the sign-up rate limit
    return signUp(app, `${name}@example.org`, role);
  };

  beforeAll(async () => {
    db = await openTestDatabase(engine, () => clock);
    app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), {
      clock: () => clock,
      database: db.database,
      repositories: db.repositories,
    });
    for (const [name, role] of [
      ['patient', 'patient'],
      ['otherPatient', 'patient'],
      ['clinician', 'clinician'],
      ['unlinkedClinician', 'clinician'],
      ['supporterNoDoses', 'supporter'],
      ['supporterDoses', 'supporter'],
    ] as const) {
      actors[name] = await signup(name, role);
    }
    const created = await call(actors.patient, 'POST', '/api/patients', { timeZone: 'America/New_York', region: 'US' });
    expect(created.statusCode).toBe(201);
    patientA = created.json().patient.id;
    await call(actors.otherPatient, 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK' });
    const invite = async (body: object, who: Actor) => {
      const res = await call(actors.patient, 'POST', `/api/patients/${patientA}/invites`, body);
      expect(res.statusCode).toBe(201);
      expect((await call(who, 'POST', '/api/invites/accept', { code: res.json().code })).statusCode).toBe(200);
    };
    await invite({ kind: 'clinician' }, actors.clinician as Actor);
    await invite(
      { kind: 'supporter', permissions: { plan: true, doses: false, checkIns: false, alerts: true } },
      actors.supporterNoDoses as Actor,
    );
    await invite(
      { kind: 'supporter', permissions: { plan: true, doses: true, checkIns: true, alerts: true } },
      actors.supporterDoses as Actor,
    );
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  const WHO = [
    'patient',
    'clinician',
    'supporterNoDoses',
    'supporterDoses',
    'unlinkedClinician',
    'otherPatient',
    'anonymous',
  ] as const;
  type Who = (typeof WHO)[number];
  let n = 0;
  const ROUTES: readonly {
    name: string;
    request: () => ['GET' | 'POST' | 'DELETE', string, object?];
    expected: Record<Who, number>;
  }[] = [
    {
      name: 'GET record',
      request: () => ['GET', `/api/patients/${patientA}`],
      expected: {
        patient: 200,
        clinician: 200,
        supporterNoDoses: 200,
        supporterDoses: 200,
        unlinkedClinician: 404,
        otherPatient: 404,
        anonymous: 401,
      },
    },
    {
      name: 'POST dose log',
      request: () => [
        'POST',
        `/api/patients/${patientA}/dose-logs`,
        {
          clientId: `client-${++n}-xyz`,
          date: '2026-11-22',
          plannedTime: '08:00',
          drug: 'clonazepam',
          dose: '0.5mg',
          status: 'taken',
        },
      ],
      expected: {
        patient: 201,
        clinician: 403,
        supporterNoDoses: 403,
        supporterDoses: 403,
        unlinkedClinician: 404,
        otherPatient: 404,
        anonymous: 401,
      },
    },
    {
      name: 'GET dose logs',
      request: () => ['GET', `/api/patients/${patientA}/dose-logs?from=2026-11-01&to=2026-11-30`],
      expected: {
        patient: 200,
        clinician: 200,
        supporterNoDoses: 403,
        supporterDoses: 200,
        unlinkedClinician: 404,
        otherPatient: 404,
        anonymous: 401,
      },
    },
    {
      name: 'GET links',
      request: () => ['GET', `/api/patients/${patientA}/links`],
      expected: {
        patient: 200,
        clinician: 403,
        supporterNoDoses: 403,
        supporterDoses: 403,
        unlinkedClinician: 404,
        otherPatient: 404,
        anonymous: 401,
      },
    },
    {
      name: 'POST invite',
      request: () => ['POST', `/api/patients/${patientA}/invites`, { kind: 'clinician' }],
      expected: {
        patient: 201,
        clinician: 403,
        supporterNoDoses: 403,
        supporterDoses: 403,
        unlinkedClinician: 404,
        otherPatient: 404,
        anonymous: 401,
      },
    },
    {
      name: 'GET audit',
      request: () => ['GET', `/api/patients/${patientA}/audit`],
      expected: {
        patient: 200,
        clinician: 403,
        supporterNoDoses: 403,
        supporterDoses: 403,
        unlinkedClinician: 404,
        otherPatient: 404,
        anonymous: 401,
      },
    },
  ];

  for (const route of ROUTES) {
    it(`${route.name}: every role gets the expected allow or deny`, async () => {
      const got: Record<string, number> = {};
      for (const who of WHO) {
        const [method, url, payload] = route.request();
        got[who] = (await call(who === 'anonymous' ? undefined : actors[who], method, url, payload)).statusCode;
      }
      expect(got).toEqual(route.expected);
    });
  }

  it('a retried dose log is recorded once', async () => {
    const body = { clientId: 'retry-once-123', date: '2026-11-22', drug: 'clonazepam', dose: '1mg', status: 'taken' };
    const first = await call(actors.patient, 'POST', `/api/patients/${patientA}/dose-logs`, body);
    const again = await call(actors.patient, 'POST', `/api/patients/${patientA}/dose-logs`, body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().doseLog.id).toBe(first.json().doseLog.id);
    expect(first.json().doseLog.amountMg).toBe(1);
  });

  it('the patient sees who accessed their record, including denied attempts', async () => {
    const entries = (await call(actors.patient, 'GET', `/api/patients/${patientA}/audit`)).json().entries as {
      actorUserId: string;
      outcome: string;
    }[];
    expect(entries.some((e) => e.actorUserId === actors.clinician?.userId && e.outcome === 'allowed')).toBe(true);
    expect(entries.some((e) => e.actorUserId === actors.supporterNoDoses?.userId && e.outcome === 'denied')).toBe(true);
  });

  it('revoking a supporter ends their access at once', async () => {
    const links = (await call(actors.patient, 'GET', `/api/patients/${patientA}/links`)).json().links as {
      id: string;
      linkedUserId: string;
    }[];
    const link = links.find((l) => l.linkedUserId === actors.supporterDoses?.userId);
    expect((await call(actors.patient, 'DELETE', `/api/patients/${patientA}/links/${link?.id}`)).statusCode).toBe(204);
    expect(
      (await call(actors.supporterDoses, 'GET', `/api/patients/${patientA}/dose-logs?from=2026-11-01&to=2026-11-30`)).statusCode,
    ).toBe(404);
  });

  it('bad record input is a problem naming the field', async () => {
    const res = await call(actors.patient, 'POST', `/api/patients/${patientA}/dose-logs`, {
      clientId: 'bad-dose-0001',
      date: '2026-13-01',
      drug: 'clonazepam',
      dose: '1mg',
      status: 'taken',
    });
    expect(res.json()).toMatchObject({ status: 422, code: 'DATE_INVALID', errors: [{ field: 'date' }] });
  });
});

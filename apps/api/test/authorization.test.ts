import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from './databases.js';
import { checkInRows } from './matrix/check-ins.js';
import { clinicMemberRows } from './matrix/clinic-members.js';
import { clinicRows } from './matrix/clinics.js';
import { dataRightsRows } from './matrix/data-rights.js';
import { type Actor, type MatrixContext, type MatrixRow, type Method, WHO, type Who } from './matrix/matrix.js';
import { planRows } from './matrix/plans.js';
import { recordRows } from './matrix/records.js';
import { as, type SignedIn } from './sessions.js';
import { linkToPatient, openTestApp, signUpAll } from './test-app.js';

/** Every row of the matrix, one file per area. */
const ROWS: readonly MatrixRow[] = [
  ...recordRows,
  ...clinicRows,
  ...planRows,
  ...checkInRows,
  ...clinicMemberRows,
  ...dataRightsRows,
];

/**
 * Routes with no patient or clinic behind them, each with the reason. Every
 * other route in the OpenAPI document must have a matrix row.
 */
const NOT_IN_MATRIX: Readonly<Record<string, string>> = {
  'GET /api/health': 'liveness, no data',
  'POST /api/auth/signup': 'creates the caller’s own account',
  'POST /api/auth/login': 'signs the caller in',
  'POST /api/auth/logout': 'ends the caller’s own session',
  'GET /api/auth/me': 'the caller’s own account',
  'POST /api/auth/password-reset': 'answers the same for every address',
  'POST /api/auth/password-reset/confirm': 'authorised by the single-use token',
  'POST /api/patients': 'creates the caller’s own record (patients only; tested in auth tests)',
  'POST /api/invites/accept': 'authorised by the one-time code',
  'GET /api/care-links': 'the caller’s own care links (tested in sharing tests)',
  'POST /api/clinics/{clinicId}/intake': 'public by design: anyone may ask a clinic for help',
  'GET /api/calendar/{token}': 'authorised by the secret feed token (calendar apps send no session); each read audited',
};
/** Stateless tools with no patient data (drugs, conversions, plan previews, questionnaires, triage, library): public by design. */
const PUBLIC_TAGS = ['clinical', 'questionnaires', 'help', 'library'];

describe.each(ENGINES)('authorization matrix and audit (%s)', (engine) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T10:00:00Z');
  let actors = {} as Record<Actor, SignedIn>;
  let ctx: MatrixContext;

  const call: MatrixContext['call'] = (who: Who, method: Method, url: string, payload?: object) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), ...as(who === 'anonymous' ? undefined : actors[who]) });

  beforeAll(async () => {
    ({ db, app } = await openTestApp(engine, () => clock));
    const roles = {
      patient: 'patient',
      otherPatient: 'patient',
      clinician: 'clinician',
      clinicMember: 'clinician',
      unlinkedClinician: 'clinician',
      supporterNoDoses: 'supporter',
      supporterDoses: 'supporter',
    } as const;
    actors = await signUpAll(app, roles, () => {
      clock = new Date(clock.getTime() + 61_000); // stay under the sign-up rate limit
    });
    const created = await call('patient', 'POST', '/api/patients', { timeZone: 'America/New_York', region: 'US' });
    expect(created.statusCode).toBe(201);
    const patientA = created.json().patient.id as string;
    await call('otherPatient', 'POST', '/api/patients', { timeZone: 'Europe/London', region: 'UK' });
    const clinic = await call('clinicMember', 'POST', '/api/clinics', { name: 'Riverside Clinic' });
    const clinicId = clinic.json().clinic.id as string;
    const invite = (body: object, who: Actor) => linkToPatient(app, actors.patient, patientA, body, actors[who]);
    await invite({ kind: 'clinician' }, 'clinician');
    await invite({ kind: 'clinic', clinicId }, 'clinicMember');
    await invite(
      { kind: 'supporter', permissions: { plan: true, doses: false, checkIns: false, alerts: true } },
      'supporterNoDoses',
    );
    await invite({ kind: 'supporter', permissions: { plan: true, doses: true, checkIns: true, alerts: true } }, 'supporterDoses');
    ctx = { app, repositories: db.repositories, patientA, clinicId, actors, call };
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  for (const row of ROWS) {
    it(`${row.route}${row.name ? ` (${row.name})` : ''}: every role gets the expected allow or deny`, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of WHO) {
        const [method, url, payload] = await row.request(ctx, who);
        got[who] = (await call(who, method, url, payload)).statusCode;
      }
      expect(got).toEqual(row.expected);
    });
  }

  it('no route is exempt: every route in the API has a matrix row or a stated reason', async () => {
    const spec = app.swagger() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(
          ([m, op]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m) && !op.tags?.some((t) => PUBLIC_TAGS.includes(t)),
        )
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set(ROWS.map((r) => r.route));
    const missing = routes.filter((r) => !covered.has(r) && !(r in NOT_IN_MATRIX));
    expect(missing).toEqual([]);
    // And no row names a route that does not exist.
    expect([...covered].filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('a retried dose log is recorded once', async () => {
    const body = { clientId: 'retry-once-123', date: '2026-11-22', drug: 'clonazepam', dose: '1mg', status: 'taken' };
    const first = await call('patient', 'POST', `/api/patients/${ctx.patientA}/dose-logs`, body);
    const again = await call('patient', 'POST', `/api/patients/${ctx.patientA}/dose-logs`, body);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().doseLog.id).toBe(first.json().doseLog.id);
    expect(first.json().doseLog.amountMg).toBe(1);
  });

  it('the patient sees who accessed their record, including denied attempts', async () => {
    const entries = (await call('patient', 'GET', `/api/patients/${ctx.patientA}/audit`)).json().entries as {
      actorUserId: string;
      outcome: string;
    }[];
    expect(entries.some((e) => e.actorUserId === actors.clinician.userId && e.outcome === 'allowed')).toBe(true);
    expect(entries.some((e) => e.actorUserId === actors.supporterNoDoses.userId && e.outcome === 'denied')).toBe(true);
  });

  it('a clinic link lets the clinic’s members in, and an unknown clinic is refused', async () => {
    expect((await call('clinicMember', 'GET', `/api/patients/${ctx.patientA}`)).json().access.relation).toBe('clinic-member');
    const bad = await call('patient', 'POST', `/api/patients/${ctx.patientA}/invites`, { kind: 'clinic', clinicId: 'nope' });
    expect(bad.json()).toMatchObject({ status: 422, code: 'CLINIC_NOT_FOUND', errors: [{ field: 'clinicId' }] });
  });

  it('revoking a supporter ends their access at once', async () => {
    const links = (await call('patient', 'GET', `/api/patients/${ctx.patientA}/links`)).json().links as {
      id: string;
      linkedUserId: string;
    }[];
    const link = links.find((l) => l.linkedUserId === actors.supporterDoses.userId);
    expect((await call('patient', 'DELETE', `/api/patients/${ctx.patientA}/links/${link?.id}`)).statusCode).toBe(204);
    expect(
      (await call('supporterDoses', 'GET', `/api/patients/${ctx.patientA}/dose-logs?from=2026-11-01&to=2026-11-30`)).statusCode,
    ).toBe(404);
  });

  it('bad record input is a problem naming the field', async () => {
    const res = await call('patient', 'POST', `/api/patients/${ctx.patientA}/dose-logs`, {
      clientId: 'bad-dose-0001',
      date: '2026-13-01',
      drug: 'clonazepam',
      dose: '1mg',
      status: 'taken',
    });
    expect(res.json()).toMatchObject({ status: 422, code: 'DATE_INVALID', errors: [{ field: 'date' }] });
  });
});

import type { Database } from '@stepdown/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type Kysely, sql } from 'kysely';

export interface DemoAccount {
  readonly role: 'clinician' | 'patient' | 'supporter';
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
}

/**
 * The demo clinic's people. The passwords are published (they are printed on
 * every start), which is why the demo is off by default in production.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'clinician',
    email: 'clinician@demo.stepdown.test',
    password: 'demo steady river',
    displayName: 'Dr Rivera (demo)',
  },
  { role: 'patient', email: 'patient@demo.stepdown.test', password: 'demo one step today', displayName: 'Alex (demo)' },
  { role: 'supporter', email: 'supporter@demo.stepdown.test', password: 'demo nearby friend', displayName: 'Sam (demo)' },
];
export const DEMO_CLINIC = 'Riverside Clinic (demo)';

export interface DemoSeed {
  /** False when the demo already existed and was only found again. */
  readonly created: boolean;
  readonly accounts: readonly DemoAccount[];
}

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);

/**
 * On an empty database, creates the demo clinic through the API itself (so
 * the demo is made exactly as people make their own): a clinician who runs
 * the clinic, a patient six weeks into an approved clonazepam taper with a
 * medication, a dose log and daily check-ins, and a supporter who sees the plan, the doses
 * and alerts. On a database that already has the demo, returns its logins;
 * on any other non-empty database, does nothing.
 */
export const seedDemo = async (app: FastifyInstance, db: Kysely<Database>, clock: () => Date): Promise<DemoSeed | undefined> => {
  const users = await sql<{ n: number | string }>`select count(*) as n from users`.execute(db);
  if (Number(users.rows[0]?.n ?? 0) > 0) {
    const existing = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', DEMO_ACCOUNTS[0]?.email ?? '')
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return existing ? { created: false, accounts: DEMO_ACCOUNTS } : undefined;
  }

  const call: Call = async <T>(who: Session | undefined, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res: LightMyRequestResponse = await app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: who ? { cookie: who.cookie, 'x-csrf-token': who.csrf } : {},
    });
    if (res.statusCode >= 300) throw new Error(`demo: ${method} ${url} failed (${res.statusCode}): ${res.body}`);
    return res.json() as T;
  };
  const signUp = async (account: DemoAccount): Promise<Session> => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: account.email, password: account.password, displayName: account.displayName, role: account.role },
    });
    if (res.statusCode !== 201) throw new Error(`demo: sign-up failed (${res.statusCode}): ${res.body}`);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0] ?? '');
    const csrf = cookies.find((c) => c.startsWith('sd_csrf='))?.slice('sd_csrf='.length) ?? '';
    return { cookie: cookies.join('; '), csrf };
  };

  const [clinicianAccount, patientAccount, supporterAccount] = DEMO_ACCOUNTS as [DemoAccount, DemoAccount, DemoAccount];
  const clinician = await signUp(clinicianAccount);
  const patient = await signUp(patientAccount);
  const supporter = await signUp(supporterAccount);

  const { clinic } = await call<{ clinic: { id: string } }>(clinician, 'POST', '/api/clinics', { name: DEMO_CLINIC });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const { patient: record } = await call<{ patient: { id: string } }>(patient, 'POST', '/api/patients', {
    timeZone,
    region: 'US',
  });
  const invite = async (body: object, who: Session) => {
    const { code } = await call<{ code: string }>(patient, 'POST', `/api/patients/${record.id}/invites`, body);
    await call(who, 'POST', '/api/invites/accept', { code });
  };
  await invite({ kind: 'clinician' }, clinician);
  await invite({ kind: 'clinic', clinicId: clinic.id }, clinician);
  await invite({ kind: 'supporter', permissions: { plan: true, doses: true, checkIns: false, alerts: true } }, supporter);

  const today = clock();
  const patientUrl = `/api/patients/${record.id}`;
  await call(patient, 'POST', `${patientUrl}/medications`, {
    drug: 'clonazepam',
    regimen: '0.5mg@08:00, 1mg@22:00',
    indication: 'panic',
    startedOn: isoDate(addDays(today, -3 * 365)),
  });
  const { plan, version } = await call<{ plan: { id: string }; version: { id: string } }>(
    clinician,
    'POST',
    `${patientUrl}/plans`,
    {
      drug: 'clonazepam',
      doses: ['0.5mg@08:00', '1mg@22:00'],
      start: isoDate(addDays(today, -42)),
      strategy: 'joint-2025',
      reason: 'Agreed at the review: a slow taper, 10% every two weeks.',
    },
  );
  await call(clinician, 'POST', `${patientUrl}/plans/${plan.id}/versions/${version.id}/approve`, {});

  // The last ten days, logged from the plan itself: nearly all taken, one late, one missed, as real logs look.
  for (let back = 10; back >= 1; back--) {
    const date = isoDate(addDays(today, -back));
    const day = await call<{ doses: { time: string; drug: string; amountMg: number }[] }>(
      patient,
      'GET',
      `${patientUrl}/today?date=${date}`,
    );
    for (const [index, dose] of day.doses.entries()) {
      const status = back === 4 && index === 0 ? 'missed' : back === 7 && index === 1 ? 'late' : 'taken';
      await call(patient, 'POST', `${patientUrl}/dose-logs`, {
        clientId: `demo-${date}-${dose.time}`,
        date,
        plannedTime: dose.time,
        drug: dose.drug,
        dose: `${dose.amountMg}mg`,
        status,
      });
    }
  }
  // A week of daily check-ins, settling after the last cut.
  for (const [back, withdrawal] of [
    [7, 4],
    [6, 5],
    [5, 4],
    [4, 4],
    [3, 3],
    [2, 3],
    [1, 2],
  ] as const) {
    await call(patient, 'POST', `${patientUrl}/check-ins`, {
      clientId: `demo-check-in-${back}`,
      completedAt: addDays(today, -back).toISOString(),
      answers: {
        withdrawal,
        anxiety: withdrawal + 1,
        sleepHours: 6,
        sleepQuality: 6,
        tremor: 0,
        dosesAsPlanned: back === 4 ? 0 : 1,
        extraDoses: 0,
        otherSedatives: 0,
      },
    });
  }
  return { created: true, accounts: DEMO_ACCOUNTS };
};

type Call = <T = unknown>(who: Session | undefined, method: 'GET' | 'POST', url: string, payload?: object) => Promise<T>;

/** What the server prints so people can sign in to the demo. */
export const demoLoginsText = (demo: DemoSeed): string =>
  [
    demo.created ? `Demo clinic created: ${DEMO_CLINIC}. Sign in as:` : `Demo clinic (${DEMO_CLINIC}) logins:`,
    ...demo.accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(30)} password: ${a.password}`),
    'These passwords are public: do not use the demo for real data. Start with --no-demo (or STEPDOWN_DEMO=false) to skip it.',
  ].join('\n');

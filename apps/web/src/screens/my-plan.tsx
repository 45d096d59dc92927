import { daysBetween, type IsoDate, type TaperPlan } from '@stepdown/core';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { whoAmI } from '../api/client.js';
import { type PatientRecord, records } from '../api/records.js';
import { Screen } from '../components/screen.js';
import { useI18n } from '../i18n/i18n.js';
import { formatDay, formatMgNumber } from '../my-plan/format.js';
import { LevelChart } from '../my-plan/level-chart.js';
import { MonthCalendar } from '../my-plan/month-calendar.js';
import { choosePlan, dosesOnDay, nextStepAfter, positionOn, stepTotalUg, taperPlanOf } from '../my-plan/plan-json.js';
import { dosesText, StepsTable } from '../my-plan/steps-table.js';
import { localToday } from '../onboarding/draft.js';
import type { Route } from '../router.js';
import { useSession } from '../session.js';
import '../styles/my-plan.css';

type Load =
  | { readonly state: 'loading' }
  | { readonly state: 'error' }
  | { readonly state: 'no-record' }
  | { readonly state: 'no-plan' }
  | { readonly state: 'draft'; readonly title: string }
  | { readonly state: 'unreadable' }
  | {
      readonly state: 'ready';
      readonly plan: TaperPlan;
      readonly title: string;
      readonly version: number;
      readonly newerDraft: boolean;
      readonly patient: PatientRecord | undefined;
      readonly today: IsoDate;
    };

const loadPlan = async (): Promise<Load> => {
  const { patientId } = await whoAmI();
  if (!patientId) return { state: 'no-record' };
  const [plans, patient] = await Promise.all([records.plans(patientId), records.patient(patientId).catch(() => undefined)]);
  const choice = choosePlan(plans);
  if (choice.kind === 'none') return { state: 'no-plan' };
  if (choice.kind === 'draft') return { state: 'draft', title: choice.plan.title };
  const versions = await records.versions(patientId, choice.plan.id);
  const version = versions.find((v) => v.id === choice.versionId);
  const plan = version ? taperPlanOf(version) : undefined;
  if (!version || !plan) return { state: 'unreadable' };
  return {
    state: 'ready',
    plan,
    title: choice.plan.title,
    version: version.version,
    newerDraft: choice.newerDraft,
    patient,
    // The plan's days are the patient's days: today in their own time zone.
    today: localToday(patient?.timeZone),
  };
};

const WhereIAm = ({ plan, today }: { plan: TaperPlan; today: IsoDate }) => {
  const { t, locale } = useI18n();
  const position = positionOn(plan, today);
  const next = nextStepAfter(plan, today);
  const day = (iso: string) => formatDay(locale, iso);
  let now: ReactNode = null;
  if (position?.when === 'before') now = <p>{t('myPlan.where.before', { date: day(position.first.start) })}</p>;
  else if (position?.when === 'after') now = <p>{t('myPlan.where.after', { date: day(position.last.end) })}</p>;
  else if (position?.when === 'during') {
    const doses = dosesOnDay(position.step, position.dayOfStep);
    const total = doses.reduce((sum, dose) => sum + dose.amountUg, 0);
    now = (
      <>
        <p className="my-plan-step">{t('myPlan.where.step', { number: position.step.index + 1, total: plan.steps.length })}</p>
        <p className="my-plan-today">{t('myPlan.where.today', { date: formatDay(locale, today, { weekday: 'long' }) })}</p>
        <p className="my-plan-dose">{t('myPlan.where.total', { amount: formatMgNumber(locale, total) })}</p>
        <p>
          {doses.length === 0 ? t('myPlan.where.noDoses') : t('myPlan.where.todayDoses', { doses: dosesText(t, locale, doses) })}
        </p>
        <p className="hint">{t('myPlan.where.kind', { kind: t(`plan.kind.${position.step.kind}`) })}</p>
      </>
    );
  }
  let change: string;
  if (!next) change = t('myPlan.next.none');
  else {
    const inDays = daysBetween(today, next.start);
    const when = inDays === 1 ? t('myPlan.next.days.one') : t('myPlan.next.days.other', { days: inDays });
    const text =
      next.kind === 'stop' || stepTotalUg(next) === 0
        ? t('myPlan.next.stop', { date: day(next.start) })
        : t('myPlan.next.step', {
            date: day(next.start),
            number: next.index + 1,
            amount: formatMgNumber(locale, stepTotalUg(next)),
            doses: dosesText(t, locale, next.doses),
          });
    change = `${text} ${when}`;
  }
  return (
    <>
      <section className="card" aria-labelledby="where-heading">
        <h2 id="where-heading">{t('myPlan.where.heading')}</h2>
        {now}
      </section>
      <section className="card" aria-labelledby="next-change-heading">
        <h2 id="next-change-heading">{t('myPlan.next.heading')}</h2>
        <p>{change}</p>
        <p>
          {t('myPlan.pause')} <a href="#/pause">{t('myPlan.pauseLink')}</a>
        </p>
      </section>
    </>
  );
};

const PlanView = ({ load }: { load: Extract<Load, { state: 'ready' }> }) => {
  const { t } = useI18n();
  const { plan, today } = load;
  const position = positionOn(plan, today);
  return (
    <>
      <p className="my-plan-name">{t('myPlan.planName', { title: load.title, version: load.version })}</p>
      {load.newerDraft ? <p className="card">{t('myPlan.newerDraft')}</p> : null}
      <WhereIAm plan={plan} today={today} />
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('myPlan.table.heading')}</h2>
        <StepsTable plan={plan} currentIndex={position?.when === 'during' ? position.step.index : undefined} />
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('myPlan.calendar.heading')}</h2>
        <p className="hint">{t('myPlan.calendar.hint')}</p>
        <MonthCalendar plan={plan} today={today} />
      </section>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('myPlan.chart.heading')}</h2>
        <LevelChart plan={plan} weightKg={load.patient?.weightKg} />
      </section>
    </>
  );
};

/** The patient's approved plan: where they are, what changes next, every step, a calendar and a modeled level. */
const MyPlan = (_props: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const fetchPlan = useCallback(() => {
    if (user?.role !== 'patient') return undefined;
    let live = true;
    setLoad({ state: 'loading' });
    loadPlan().then(
      (next) => live && setLoad(next),
      () => live && setLoad({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [user]);
  useEffect(() => fetchPlan(), [fetchPlan]);

  let body: ReactNode;
  if (user === null)
    body = (
      <p>
        {t('myPlan.signedOut')} <a href="#/signin">{t('myPlan.signIn')}</a>
      </p>
    );
  else if (user && user.role !== 'patient') body = <p>{t('myPlan.notPatient')}</p>;
  else if (user === undefined || load.state === 'loading') body = <p aria-live="polite">{t('myPlan.loading')}</p>;
  else if (load.state === 'error')
    body = (
      <div role="alert">
        <p>{t('myPlan.loadError')}</p>
        <button type="button" onClick={() => fetchPlan()}>
          {t('myPlan.retry')}
        </button>
      </div>
    );
  else if (load.state === 'no-record')
    body = (
      <section className="card" aria-labelledby="my-plan-state">
        <h2 id="my-plan-state">{t('myPlan.noRecord')}</h2>
        <p>
          <a className="call-link" href="#/onboarding">
            {t('myPlan.setUp')}
          </a>
        </p>
      </section>
    );
  else if (load.state === 'no-plan')
    body = (
      <section className="card" aria-labelledby="my-plan-state">
        <h2 id="my-plan-state">{t('myPlan.noPlan')}</h2>
        <p>{t('myPlan.noPlanBody')}</p>
      </section>
    );
  else if (load.state === 'draft')
    body = (
      <section className="card" aria-labelledby="my-plan-state">
        <h2 id="my-plan-state">{t('myPlan.draft')}</h2>
        <p>{t('myPlan.draftBody', { title: load.title })}</p>
      </section>
    );
  else if (load.state === 'unreadable') body = <p>{t('myPlan.unreadable')}</p>;
  else body = <PlanView load={load} />;

  return <Screen title={t('myPlan.title')}>{body}</Screen>;
};

export default MyPlan;

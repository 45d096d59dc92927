import { daysBetween, type IsoDate, type TaperPlan } from '@stepdown/core';
import { type ReactNode, useCallback } from 'react';
import { type PatientRecord, records } from '../api/records.js';
import { LoadFailed } from '../components/load-failed.js';
import { useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { formatDay, formatMgNumber } from '../my-plan/format.js';
import { LevelChart } from '../my-plan/level-chart.js';
import { MonthCalendar } from '../my-plan/month-calendar.js';
import { choosePlan, dosesOnDay, nextStepAfter, positionOn, stepTotalUg } from '../my-plan/plan-position.js';
import { dosesText, StepsTable } from '../my-plan/steps-table.js';
import { localToday } from '../onboarding/draft.js';
import { OwnRecordScreen } from '../patient/own-record-screen.js';
import { gateMessages } from '../patient/record-gate.js';
import { taperPlanOf } from '../plans/plan-reader.js';
import type { Route } from '../router.js';
import '../styles/my-plan.css';

type Plan =
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

const loadPlan = async (patientId: string): Promise<Plan> => {
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

/** A calm card for a state without a plan to show. */
const StateCard = ({ heading, children }: { heading: string; children: ReactNode }) => (
  <section className="card" aria-labelledby="my-plan-state">
    <h2 id="my-plan-state">{heading}</h2>
    {children}
  </section>
);

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

const PlanView = ({ load }: { load: Extract<Plan, { state: 'ready' }> }) => {
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
        <StepsTable plan={plan} today={today} currentIndex={position?.when === 'during' ? position.step.index : undefined} />
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

/** The plan part, once the record is known: no plan, a draft, or the plan in force. */
const PatientPlan = ({ patientId }: { patientId: string }) => {
  const { t } = useI18n();
  const fetchPlan = useCallback(() => loadPlan(patientId), [patientId]);
  const [load, reload] = useLoad(fetchPlan);
  if (load.state === 'loading') return <p aria-live="polite">{t('myPlan.loading')}</p>;
  if (load.state === 'error')
    return <LoadFailed message={t('myPlan.loadError')} retryLabel={t('myPlan.retry')} onRetry={reload} />;
  const plan = load.data;
  switch (plan.state) {
    case 'no-plan':
      return (
        <StateCard heading={t('myPlan.noPlan')}>
          <p>{t('myPlan.noPlanBody')}</p>
        </StateCard>
      );
    case 'draft':
      return (
        <StateCard heading={t('myPlan.draft')}>
          <p>{t('myPlan.draftBody', { title: plan.title })}</p>
        </StateCard>
      );
    case 'unreadable':
      return <p>{t('myPlan.unreadable')}</p>;
    case 'ready':
      return <PlanView load={plan} />;
  }
};

/** The patient's approved plan: where they are, what changes next, every step, a calendar and a modeled level. */
const MyPlan = (_props: { route: Route }) => {
  const { t } = useI18n();
  const noRecord = (
    <StateCard heading={t('myPlan.noRecord')}>
      <p>
        <a className="call-link" href="#/onboarding">
          {t('myPlan.setUp')}
        </a>
      </p>
    </StateCard>
  );
  return (
    <OwnRecordScreen title={t('myPlan.title')} messages={gateMessages(t, 'myPlan')} noRecord={noRecord}>
      {({ patientId }) => <PatientPlan patientId={patientId} />}
    </OwnRecordScreen>
  );
};

export default MyPlan;

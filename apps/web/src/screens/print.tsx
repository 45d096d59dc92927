import { LoadFailed } from '../components/load-failed.js';
import '../styles/print.css';
import type { TaperPlan } from '@stepdown/core';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { whoAmI } from '../api/client.js';
import { clinician, type VersionSummary } from '../api/clinician.js';
import { formatDate, formatDateTime, localToday } from '../clinician/format.js';
import { PharmacySheet } from '../clinician/pharmacy-sheet.js';
import { ScheduleSheet } from '../clinician/schedule-sheet.js';
import { planInForce, toTaperPlan } from '../clinician/taper-plan.js';
import { usePatientRecord } from '../clinician/use-patient-record.js';
import { Screen } from '../components/screen.js';
import { type Loaded, useLoad } from '../components/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import { href, type Route } from '../router.js';
import { useSession } from '../session.js';

type Paper = 'a4' | 'letter';
const PAPER_CSS: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'letter' };
const FILL_DAYS = [28, 30, 14, 7] as const;
const STYLE_ID = 'print-page-size';

const defaultPaper = (): Paper => (/-(US|CA|MX|PH)$/i.test(globalThis.navigator?.language ?? '') ? 'letter' : 'a4');

/** The paper size lives in an injected `@page` rule: CSS cannot read a select's value. */
const usePageSize = (paper: Paper) => {
  useEffect(() => {
    const style = document.getElementById(STYLE_ID) ?? document.head.appendChild(document.createElement('style'));
    style.id = STYLE_ID;
    style.textContent = `@page { size: ${PAPER_CSS[paper]}; margin: 14mm; }`;
    return () => style.remove();
  }, [paper]);
};

interface Sheet {
  readonly version: VersionSummary;
  readonly plan: TaperPlan | undefined;
}

/** The version in force, in full, as core's plan (or none approved yet). */
const loadSheet = async (patientId: string): Promise<Sheet | null> => {
  const inForce = planInForce(await clinician.plans(patientId));
  if (!inForce) return null;
  const versions = await clinician.versions(patientId, inForce.plan.id);
  const full = versions.find((v) => v.id === inForce.version.id);
  return { version: inForce.version, plan: full ? toTaperPlan(full.plan) : undefined };
};

const SheetBody = ({
  patientId,
  sheet,
  name,
  paper,
  setPaper,
  backLink,
}: {
  patientId: string;
  sheet: 'schedule' | 'pharmacy';
  name: string | undefined;
  paper: Paper;
  setPaper: (paper: Paper) => void;
  backLink: ReactNode;
}) => {
  const { t, locale } = useI18n();
  const [fillDays, setFillDays] = useState<number>(28);
  const fetcher = useCallback(() => loadSheet(patientId), [patientId]);
  const [load, reload] = useLoad(fetcher);
  const other = sheet === 'schedule' ? 'pharmacy' : 'schedule';

  let body: ReactNode;
  if (load.state !== 'ready') body = <LoadState load={load} onRetry={reload} />;
  else if (load.data === null) body = <p>{t('print.noPlan')}</p>;
  else if (!load.data.plan) body = <p role="alert">{t('print.unreadable')}</p>;
  else {
    const { plan, version } = load.data;
    body = (
      <>
        <p className="print-header-line">
          {[
            ...(name ? [t('print.for', { name })] : []),
            t('print.preparedOn', { date: formatDate(locale, localToday()) }),
            t('print.version', {
              version: version.version,
              when: version.approvedAt ? formatDateTime(locale, version.approvedAt) : '—',
            }),
          ].join(' · ')}
        </p>
        {sheet === 'schedule' ? <ScheduleSheet plan={plan} /> : <PharmacySheet plan={plan} fillDays={fillDays} />}
        <p className="print-footnote">{t('print.approvedNote')}</p>
      </>
    );
  }

  return (
    <>
      <div className="print-controls no-print">
        <button type="button" className="primary" onClick={() => globalThis.print()}>
          {t('print.print')}
        </button>
        <div className="field">
          <label htmlFor="paper-size">{t('print.paper')}</label>
          <select id="paper-size" value={paper} onChange={(event) => setPaper(event.target.value as Paper)}>
            <option value="a4">{t('print.paper.a4')}</option>
            <option value="letter">{t('print.paper.letter')}</option>
          </select>
        </div>
        {sheet === 'pharmacy' ? (
          <div className="field">
            <label htmlFor="fill-days">{t('print.fillDays')}</label>
            <select id="fill-days" value={fillDays} onChange={(event) => setFillDays(Number(event.target.value))}>
              {FILL_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t('print.fillDays.option', { days })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <p>
          <a href={href({ name: 'print', id: patientId, sheet: other })}>{t(`print.switch.${other}`)}</a>
          {' · '}
          {backLink}
        </p>
      </div>
      {body}
    </>
  );
};

const LoadState = ({ load, onRetry }: { load: Loaded<unknown>; onRetry: () => void }) => {
  const { t } = useI18n();
  if (load.state === 'error')
    return (
      <div className="no-print">
        <LoadFailed message={t('print.loadError')} retryLabel={t('print.retry')} onRetry={onRetry} />
      </div>
    );
  return <p aria-live="polite">{t('print.loading')}</p>;
};

/** For a patient, their own record, whatever id the address holds; otherwise the id in the address. */
const usePatientId = (route: Route, role: string | undefined): Loaded<string | null> => {
  const [state, setState] = useState<Loaded<string | null>>({ state: 'loading' });
  const routeId = route.name === 'print' ? route.id : '';
  useEffect(() => {
    if (role === undefined) return undefined;
    if (role !== 'patient') {
      setState({ state: 'ready', data: routeId });
      return undefined;
    }
    let live = true;
    whoAmI().then(
      ({ patientId }) => live && setState({ state: 'ready', data: patientId }),
      () => live && setState({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [role, routeId]);
  return state;
};

/** Printable sheets of the approved plan: the patient's schedule and the pharmacy sheet. */
const Print = ({ route }: { route: Route }) => {
  const { t } = useI18n();
  const { user } = useSession();
  const sheet = route.name === 'print' ? route.sheet : 'schedule';
  const [paper, setPaper] = useState<Paper>(defaultPaper);
  usePageSize(paper);
  const patientId = usePatientId(route, user === null ? undefined : user?.role);
  const isClinician = user?.role === 'clinician';
  const lookup = usePatientRecord(isClinician && patientId.state === 'ready' ? (patientId.data ?? undefined) : undefined);
  const title = t(sheet === 'schedule' ? 'print.schedule.title' : 'print.pharmacy.title');

  let body: ReactNode;
  if (user === null)
    body = (
      <p>
        <a href="#/signin">{t('print.signIn')}</a>
      </p>
    );
  else if (user === undefined || patientId.state !== 'ready' || (isClinician && !lookup.settled))
    body = <LoadState load={patientId.state === 'error' ? patientId : { state: 'loading' }} onRetry={() => location.reload()} />;
  else if (patientId.data === null) body = <p>{t('print.noRecord')}</p>;
  else
    body = (
      <SheetBody
        key={`${patientId.data}-${sheet}`}
        patientId={patientId.data}
        sheet={sheet}
        name={isClinician ? lookup.name : user.role === 'patient' ? user.displayName : undefined}
        paper={paper}
        setPaper={setPaper}
        backLink={
          isClinician ? (
            <a href={href({ name: 'patient', id: patientId.data })}>{t('print.backToPatient')}</a>
          ) : user.role === 'supporter' ? (
            <a href={href({ name: 'supporting' })}>{t('print.backToSupporting')}</a>
          ) : (
            <a href={href({ name: 'today' })}>{t('print.backToToday')}</a>
          )
        }
      />
    );
  return (
    <Screen title={title}>
      <div className="print-sheet">{body}</div>
    </Screen>
  );
};

export default Print;
